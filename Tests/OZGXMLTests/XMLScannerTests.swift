import OZGSpreadsheet
import OZGXML
import Testing

@Suite("XMLScanner: content")
struct XMLScannerContentTests {
    @Test func predefinedEntitiesInTextAndAttributes() throws {
        let events = try trace(#"<a x="&lt;&amp;&quot;&apos;&gt;">&lt;&gt;&amp;&apos;&quot;</a>"#)
        #expect(events == [#"<{}a {}x=<&"'>>"#, #"'<>&'"'"#, "</>"])
    }

    @Test func numericCharacterReferences() throws {
        let events = try trace("<a>&#65;&#x42;&#x20AC;&#x1F600;&#10;&#x09;</a>")
        #expect(events == ["<{}a>", "'AB€😀\n\t'", "</>"])
    }

    @Test func badReferencesAreRefused() {
        #expect(scanError("<a>&nbsp;</a>")?.reason.contains("undefined entity") == true)
        #expect(scanError("<a>&#0;</a>") != nil)
        #expect(scanError("<a>&#xD800;</a>") != nil)
        #expect(scanError("<a>&#x110000;</a>") != nil)
        #expect(scanError("<a>&#;</a>") != nil)
        #expect(scanError("<a>&amp</a>") != nil)
        #expect(scanError(#"<a b="&foo;"/>"#) != nil)
    }

    @Test func cdataIsText() throws {
        let events = try trace("<a>x<![CDATA[<b>&amp;]]]]>y</a>")
        #expect(events == ["<{}a>", "'x<b>&amp;]]y'", "</>"])
    }

    @Test func commentsAndProcessingInstructionsAreSkipped() throws {
        let events = try trace("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- head --><a>1<!-- c -->2<?pi x?>3</a><!-- tail -->")
        #expect(events == ["<{}a>", "'123'", "</>"])
    }

    @Test func lineEndsAreNormalised() throws {
        let events = try trace("<a b=\"x\r\ny\tz\">1\r\n2\r3</a>")
        #expect(events == ["<{}a {}b=x y z>", "'1\n2\n3'", "</>"])
    }

    @Test func emptyElementsGiveStartAndEnd() throws {
        let events = try trace("<a><b/><c x='1' /></a>")
        #expect(events == ["<{}a>", "<{}b/>", "</>", "<{}c {}x=1/>", "</>", "</>"])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let events = try trace([0xEF, 0xBB, 0xBF] + Array("<a/>".utf8))
        #expect(events == ["<{}a/>", "</>"])
    }

    @Test func numbersFromText() throws {
        var names = XMLNameTable()
        let v = names.register("v", in: "")
        let xml = "<r><v>42</v><v> -1.5e3 </v><v>0.1</v><v>12345678901234567890</v><v>1e400</v><v>abc</v><v>3.</v></r>"
        let s = XMLScanner(bytes: Array(xml.utf8), names: names)
        var values: [Double?] = []
        while true {
            let e = try s.next()
            if e == .endOfDocument { break }
            if e == .startElement(v) {
                _ = try s.next()
                values.append(s.textDouble)
            }
        }
        #expect(values == [42, -1500, 0.1, 12345678901234567890, nil, nil, 3])
    }

    @Test func registeredNamesAndAttributeLookup() throws {
        var names = XMLNameTable()
        let main = "urn:main", strict = "urn:strict"
        let c = names.register("c", in: [main, strict])
        let r = names.register("r", in: XMLNamespace.none)
        let t = names.register("t", in: XMLNamespace.none)
        let xml = #"<x:w xmlns:x="urn:main"><x:c r="A1" t="s"/><c xmlns="urn:strict" r="B2"/><c r="C3"/></x:w>"#
        let s = XMLScanner(bytes: Array(xml.utf8), names: names)
        var seen: [String] = []
        while true {
            let e = try s.next()
            if e == .endOfDocument { break }
            if case .startElement(let n) = e {
                if n == c {
                    seen.append((s.attribute(r) ?? "-") + (s.attributeIndex(of: t).map { s.attribute(at: $0, equals: "s") ? "s" : "?" } ?? ""))
                } else {
                    seen.append("other:" + s.localName)
                }
            }
        }
        // The last <c> is in no namespace: not the registered c.
        #expect(seen == ["other:w", "A1s", "B2", "other:c"])
    }

    @Test func skipElementAndElementText() throws {
        var names = XMLNameTable()
        let skip = names.register("skip", in: "")
        let t = names.register("t", in: "")
        let xml = "<r><skip><a>x</a><b><c/></b></skip><t>he<i>ll</i>o</t></r>"
        let s = XMLScanner(bytes: Array(xml.utf8), names: names)
        var got: [String] = []
        while true {
            let e = try s.next()
            if e == .endOfDocument { break }
            if e == .startElement(skip) { try s.skipElement(); got.append("skipped at depth \(s.depth)") }
            if e == .startElement(t) { got.append(try s.elementText()) }
            if e == .text { got.append("text " + s.text) }
        }
        #expect(got == ["skipped at depth 1", "hello"])
    }
}

@Suite("XMLScanner: namespaces")
struct XMLScannerNamespaceTests {
    @Test func defaultAndPrefixedNamespaces() throws {
        let xml = #"<root xmlns="urn:d" xmlns:p="urn:p"><p:a p:x="1" y="2"/><b/></root>"#
        #expect(try trace(xml) == [
            "<{urn:d}root>", "<{urn:p}a {urn:p}x=1 {}y=2/>", "</>", "<{urn:d}b/>", "</>", "</>",
        ])
    }

    @Test func redeclaredInNestedScopes() throws {
        let xml = #"<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"><p:c/></p:b><p:d/><e xmlns="urn:3"><f xmlns=""/></e></p:a>"#
        #expect(try trace(xml) == [
            "<{urn:1}a>", "<{urn:2}b>", "<{urn:2}c/>", "</>", "</>", "<{urn:1}d/>", "</>",
            "<{urn:3}e>", "<{}f/>", "</>", "</>", "</>",
        ])
    }

    @Test func xmlPrefixIsPredeclared() throws {
        let events = try trace(#"<t xml:space="preserve"> x </t>"#)
        #expect(events == ["<{}t {http://www.w3.org/XML/1998/namespace}space=preserve>", "' x '", "</>"])
    }

    @Test func undeclaredPrefixIsAnError() {
        #expect(scanError("<p:a/>")?.reason.contains("undeclared namespace prefix p") == true)
        #expect(scanError(#"<a p:x="1"/>"#) != nil)
        #expect(scanError(#"<a xmlns:p=""/>"#) != nil)
    }

    @Test func sameElementNameInAnotherNamespaceIsDifferent() throws {
        var names = XMLNameTable()
        let main = names.register("workbookPr", in: "urn:main")
        let xml = #"<w xmlns="urn:main" xmlns:x15="urn:x15"><x15:workbookPr/><workbookPr/></w>"#
        let s = XMLScanner(bytes: Array(xml.utf8), names: names)
        var hits = 0, starts = 0
        while true {
            let e = try s.next()
            if e == .endOfDocument { break }
            if case .startElement(let n) = e { starts += 1; if n == main { hits += 1 } }
        }
        #expect(starts == 3)
        #expect(hits == 1)
    }
}
