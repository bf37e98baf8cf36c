import OZGSpreadsheet
import OZGXML
import Testing

/// `skipSimpleContent()`, the fast path of the ODS reader through `<text:p>87</text:p>`: wherever
/// it applies it must leave the scanner exactly where `skipElement()` does, and wherever the
/// content is anything else it must consume nothing, so the general path sees every error.
@Suite("XMLScanner: fast skip of simple cell content")
struct XMLScannerSkipTests {
    static let ns = "urn:t"

    /// Skips every `<c>` (fast path first when `fast`), tracing everything else.
    static func skipTrace(_ xml: String, fast: Bool, chunkSize: Int = Int.max) throws -> (trace: [String], fastSkips: Int) {
        var names = XMLNameTable()
        let c = names.register("c", in: ns)
        let scanner = XMLScanner(
            source: XMLBufferSource(Array(xml.utf8), chunkSize: chunkSize), names: names,
            bufferSize: chunkSize < 100 ? 64 : 1 << 16)
        var out: [String] = []
        var fastSkips = 0
        while true {
            let ev = try scanner.next()
            switch ev {
            case .startElement(let el):
                out.append("<\(scanner.localName) d\(scanner.depth)>")
                if el == c {
                    if fast && scanner.skipSimpleContent() {
                        fastSkips += 1
                    } else {
                        try scanner.skipElement()
                    }
                    out.append("skipped d\(scanner.depth) at \(scanner.offset)")
                }
            case .endElement: out.append("</> d\(scanner.depth)")
            case .text: out.append("'\(scanner.text)'")
            case .endOfDocument: return (out, fastSkips)
            }
        }
    }

    static func document(_ cells: [String]) -> String {
        "<t:r xmlns:t=\"\(ns)\" xmlns:x=\"urn:x\">" + cells.joined() + "</t:r>"
    }

    static let cells = [
        "<t:c><x:p>87</x:p></t:c>", "<t:c><x:p>0.5</x:p></t:c>", "<t:c a=\"1\"><x:p>TRUE</x:p></t:c>",
        "<t:c><x:p>a &amp; b</x:p></t:c>", "<t:c><x:p>Größe</x:p></t:c>", "<t:c><x:p/></t:c>",
        "<t:c><x:p>1</x:p><x:q/></t:c>", "<t:c><x:p>2</x:p ></t:c>", "<t:c><x:p>3</x:p></t:c >",
        "<t:c><x:p>x]]y</x:p></t:c>", "<t:c><x:p b=\"2\">4</x:p></t:c>", "<t:c></t:c>", "<t:c>text</t:c>",
        "<t:c><x:p>line\nbreak</x:p></t:c>", "<t:c/>", "<o>between</o>", "<t:c><x:p>99</x:p></t:c>",
    ]

    @Test("the fast path ends where skipElement ends, at every chunk size")
    func sameAsSkipElement() throws {
        let xml = Self.document(Self.cells)
        let slow = try Self.skipTrace(xml, fast: false)
        for chunk in [1, 2, 3, 7, 64, Int.max] {
            let fast = try Self.skipTrace(xml, fast: true, chunkSize: chunk)
            #expect(fast.trace == slow.trace, "chunk \(chunk)")
            if chunk == Int.max {
                // The first <x:p> resolves the name; then the plain cells go the fast way
                // (0.5, TRUE, 99); every other cell is not plain and goes the general way.
                #expect(fast.fastSkips == 3)
            }
        }
    }

    @Test("bad content is left to the general path and its errors")
    func errorsStay() throws {
        let bad = [
            "<t:c><x:p>1</x:p></t:d>",  // mismatched end of the cell
            "<t:c><x:p>1</x:q></t:c>",  // mismatched end of the child
            "<t:c><y:p>1</y:p></t:c>",  // undeclared prefix
            "<t:c><x:p>1\u{1}</x:p></t:c>",  // control character
            "<t:c><x:p>a]]>b</x:p></t:c>",  // ]]> in text (whatever the general path says about it)
        ]
        for (n, b) in bad.enumerated() {
            // The same cell once before, so that the child's name is resolved.
            let xml = Self.document(["<t:c><x:p>0</x:p></t:c>", b])
            var slowError: String?
            var fastError: String?
            do { _ = try Self.skipTrace(xml, fast: false) } catch { slowError = "\(error)" }
            do { _ = try Self.skipTrace(xml, fast: true) } catch { fastError = "\(error)" }
            if n < 4 { #expect(slowError != nil, "\(b)") }
            #expect(fastError == slowError, "\(b)")
        }
    }

    @Test("the depth limit holds on the fast path")
    func depthLimit() throws {
        var limits = ReadLimits.default
        limits.maxXMLDepth = 2
        var names = XMLNameTable()
        let c = names.register("c", in: Self.ns)
        let xml = Self.document(["<t:c><x:p>1</x:p></t:c>"])
        let scanner = XMLScanner(bytes: Array(xml.utf8), names: names, limits: limits)
        var thrown = false
        do {
            while true {
                let ev = try scanner.next()
                if case .endOfDocument = ev { break }
                if case .startElement(let el) = ev, el == c {
                    #expect(!scanner.skipSimpleContent())
                    try scanner.skipElement()
                }
            }
        } catch is XMLError {
            thrown = true
        }
        #expect(thrown)
    }
}
