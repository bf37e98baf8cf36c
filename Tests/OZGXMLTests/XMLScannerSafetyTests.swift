import OZGSpreadsheet
import OZGXML
import Testing

@Suite("XMLScanner: hostile and malformed input")
struct XMLScannerSafetyTests {
    @Test func doctypeIsRefused() {
        let e = scanError("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")
        #expect(e?.reason.contains("DOCTYPE") == true)
    }

    @Test func billionLaughsIsRefused() {
        var doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        doc += " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for i in 2...9 {
            doc += " <!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">\n"
        }
        doc += "]>\n<lolz>&lol9;</lolz>"
        guard case .malformed(let offset, let reason)? = scanError(doc) else {
            Issue.record("billion laughs was not refused")
            return
        }
        #expect(reason.contains("DOCTYPE"))
        #expect(offset == 22)
    }

    @Test func invalidUTF8IsRefused() {
        let cases: [[UInt8]] = [
            Array("<a>".utf8) + [0xFF] + Array("</a>".utf8),
            Array("<a>".utf8) + [0xC0, 0x80] + Array("</a>".utf8),  // overlong
            Array("<a>".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8),  // surrogate
            Array("<a>".utf8) + [0xE2, 0x82] + Array("</a>".utf8),  // truncated
            Array("<a b=\"".utf8) + [0xF8, 0x88, 0x80, 0x80, 0x80] + Array("\"/>".utf8),
            Array("<a".utf8) + [0xC3] + Array("/>".utf8),
            Array("<a><![CDATA[".utf8) + [0x80] + Array("]]></a>".utf8),
        ]
        for c in cases {
            for chunk in [1, 3, Int.max] {
                let e = scanError(c, chunkSize: chunk)
                #expect(e?.reason.contains("UTF-8") == true, "\(c) chunk \(chunk): \(String(describing: e))")
            }
        }
    }

    @Test func validUTF8OfEveryLengthPasses() throws {
        let s = "ä€😀ß漢字"
        #expect(try trace("<a b=\"\(s)\">\(s)</a>", chunkSize: 1) == ["<{}a {}b=\(s)>", "'\(s)'", "</>"])
    }

    @Test func controlCharactersAreRefused() {
        #expect(scanError(Array("<a>".utf8) + [0x01] + Array("</a>".utf8))?.reason.contains("control") == true)
        #expect(scanError(Array("<a b='".utf8) + [0x00] + Array("'/>".utf8)) != nil)
    }

    @Test func depthLimit() {
        var limits = ReadLimits()
        limits.maxXMLDepth = 10
        let ok = String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)
        let deep = String(repeating: "<a>", count: 11) + String(repeating: "</a>", count: 11)
        #expect(scanError(ok, limits: limits) == nil)
        guard case .limitExceeded(_, let limit, let value, let maximum)? = scanError(deep, limits: limits) else {
            Issue.record("depth limit not enforced")
            return
        }
        #expect(limit == "XML nesting depth")
        #expect(value == 11 && maximum == 10)
    }

    @Test func valueSizeLimits() {
        var limits = ReadLimits()
        limits.maxStringBytes = 100
        let longText = "<a>" + String(repeating: "x", count: 101) + "</a>"
        let longAttr = "<a b=\"" + String(repeating: "x", count: 101) + "\"/>"
        #expect(scanError("<a>" + String(repeating: "x", count: 100) + "</a>", limits: limits) == nil)
        if case .limitExceeded(_, let l, _, _)? = scanError(longText, limits: limits) {
            #expect(l == "text length")
        } else {
            Issue.record("text limit not enforced")
        }
        if case .limitExceeded(_, let l, _, _)? = scanError(longAttr, limits: limits) {
            #expect(l == "attribute value length")
        } else {
            Issue.record("attribute limit not enforced")
        }
        // A huge tag is refused without reading it all into memory.
        let hugeTag = "<a " + String(repeating: "b", count: 200_000)
        #expect(scanError(Array(hugeTag.utf8), limits: limits, chunkSize: 4096) != nil)
    }

    @Test func mismatchedAndUnclosedTags() {
        #expect(scanError("<a><b></a></b>")?.reason.contains("mismatched end tag: expected </b>, found </a>") == true)
        #expect(scanError("<a><b>")?.reason.contains("not closed") == true)
        #expect(scanError("</a>") != nil)
        #expect(scanError("<a></a><b/>")?.reason.contains("second root") == true)
        #expect(scanError("<a/>text")?.reason.contains("outside the root") == true)
        #expect(scanError("")?.reason.contains("no root") == true)
        #expect(scanError("<a x='1' x='2'/>")?.reason.contains("repeated") == true)
        #expect(scanError("<a x=1/>") != nil)
        #expect(scanError("<a x='1'y='2'/>") != nil)
        #expect(scanError("<a x='<'/>") != nil)
        #expect(scanError("<a><!-- unterminated </a>") != nil)
        #expect(scanError("<a><![CDATA[ x </a>") != nil)
        #expect(scanError("<1a/>") != nil)
        #expect(scanError("<a:b:c xmlns:a='u'/>") != nil)
    }

    @Test func foreignEncodingsAreRefused() {
        #expect(scanError("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")?.reason.contains("ISO-8859-1") == true)
        #expect(scanError([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00]) != nil)
        #expect(scanError("<?xml version='1.0' encoding='utf-8'?><a/>") == nil)
    }

    @Test func errorOffsetsPointAtTheProblem() {
        let e = scanError("<root><a>ok</a><b>&bogus;</b></root>")
        #expect(e?.offset == 18)
    }
}

@Suite("XMLScanner: chunk boundaries")
struct XMLScannerChunkTests {
    static let document: String = {
        var s = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<!-- ä comment -->"
        s += #"<x:worksheet xmlns:x="urn:main" xmlns:r="urn:rel" xmlns="urn:default">"#
        s += "\r\n  <x:sheetData>"
        s += #"<x:row r="1" spans="1:3"><x:c r="A1" t="s"><x:v>0</x:v></x:c>"#
        s += #"<x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve"> Grüße &amp; 😀 </x:t></x:is></x:c>"#
        s += "<x:c r='C1'><x:f>SUM(A1:B1)&gt;0</x:f><x:v>1.5E-3</x:v></x:c></x:row>"
        s += "<x:row r=\"2\"><x:c><x:v><![CDATA[12]]>3<!--x-->4<?p?>5&#x20AC;\r\n</x:v></x:c></x:row>"
        s += #"</x:sheetData><hyperlinks><hyperlink ref="A1" r:id="rId1" location="Sheet2!A1"/></hyperlinks>"#
        s += "<empty   /></x:worksheet>\n<!-- end -->\n"
        return s
    }()

    @Test func sameEventsForEveryChunkSize() throws {
        let whole = try trace(Self.document)
        #expect(whole.count > 20)
        #expect(whole.contains("' Grüße & 😀 '"))
        #expect(whole.contains("'12345€\n'"))
        #expect(whole.contains("<{urn:default}hyperlink {}ref=A1 {urn:rel}id=rId1 {}location=Sheet2!A1/>"))
        for size in 1...17 {
            #expect(try trace(Self.document, chunkSize: size) == whole, "chunk size \(size)")
        }
    }

    @Test func chunkSourceFromClosure() throws {
        var chunks = Array(Self.document.utf8).chunked(5)
        let source = XMLChunkSource { chunks.isEmpty ? nil : chunks.removeFirst() }
        let s = XMLScanner(source: source, names: XMLNameTable(), bufferSize: 64)
        var count = 0
        while try s.next() != .endOfDocument { count += 1 }
        #expect(count == (try trace(Self.document)).count)
    }

    @Test func errorsAreFoundAtEveryChunkSize() {
        let bad = "<a><b>text &unknown; more</b></a>"
        for size in 1...9 {
            #expect(scanError(Array(bad.utf8), chunkSize: size)?.offset == 11, "chunk size \(size)")
        }
    }
}

extension Array {
    func chunked(_ n: Int) -> [[Element]] {
        stride(from: 0, to: count, by: n).map { Array(self[$0..<Swift.min($0 + n, count)]) }
    }
}
