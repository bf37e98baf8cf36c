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

    /// The error of reading a document one way, as text; `nil` when there is none.
    static func error(of read: () throws -> Void) -> String? {
        do {
            try read()
            return nil
        } catch {
            return "\(error)"
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
                // (0.5, TRUE, Größe, line break, 99); every other cell is not plain and goes the
                // general way.
                #expect(fast.fastSkips == 5)
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
            let slowError = Self.error { _ = try Self.skipTrace(xml, fast: false) }
            let fastError = Self.error { _ = try Self.skipTrace(xml, fast: true) }
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

    // MARK: - scanSimpleElement

    /// Every `<c>` as one line (attributes, and the text of its content), read the general way or,
    /// when `fast`, by `scanSimpleElement` wherever it applies; everything else traced.
    static func cellTrace(_ xml: String, fast: Bool, chunkSize: Int = Int.max, limits: ReadLimits = .default) throws
        -> (trace: [String], fastCells: Int)
    {
        var names = XMLNameTable()
        let c = names.register("c", in: ns)
        let p = names.register("p", in: "urn:x")
        let scanner = XMLScanner(
            source: XMLBufferSource(Array(xml.utf8), chunkSize: chunkSize), names: names, limits: limits,
            bufferSize: chunkSize < 100 ? 64 : 1 << 16)
        var out: [String] = []
        var fastCells = 0
        func attributes() -> String {
            (0..<scanner.attributeCount).map {
                "\(scanner.attributeLocalName(at: $0))=\(scanner.attributeValue(at: $0))/\(scanner.attributeName(at: $0).id)"
            }.joined(separator: " ")
        }
        while true {
            if fast, let cell = scanner.scanSimpleElement(c, child: p) {
                fastCells += 1
                let text = cell.hasChild ? "'" + String(decoding: cell.text, as: UTF8.self) + "'" : "-"
                out.append("c[\(attributes())] \(text) d\(scanner.depth) at \(scanner.offset)")
                continue
            }
            let ev = try scanner.next()
            switch ev {
            case .startElement(let el):
                if el == c {
                    let attrs = attributes()
                    var text = "-"
                    let depth = scanner.depth
                    while scanner.depth >= depth {
                        let inner = try scanner.next()
                        if case .text = inner { text = (text == "-" ? "'" : String(text.dropLast())) + scanner.text + "'" }
                        if case .startElement(let child) = inner, child == p, text == "-" { text = "''" }
                        if case .endOfDocument = inner { break }
                    }
                    out.append("c[\(attrs)] \(text) d\(scanner.depth) at \(scanner.offset)")
                } else {
                    out.append("<\(scanner.localName) d\(scanner.depth)>")
                }
            case .endElement: out.append("</> d\(scanner.depth)")
            case .text: out.append("'\(scanner.text)'")
            case .endOfDocument: return (out, fastCells)
            }
        }
    }

    static let simpleCells = [
        "<t:c a=\"1\" t:b=\"x\"><x:p>87</x:p></t:c>", "<t:c a=\"2\"><x:p>Größe  zwei</x:p></t:c>",
        "<t:c a='3' t:b='it\"s'/>", "<t:c></t:c>", "<t:c a=\"4\"><x:p></x:p></t:c>", "<t:c a=\"5\" ><x:p>x</x:p></t:c>",
        "<t:c a=\"&amp;\"><x:p>6</x:p></t:c>", "<t:c a=\"tab\tin\"><x:p>7</x:p></t:c>", "<t:c a=\"8\"><x:p>a &lt; b</x:p></t:c>",
        "<t:c a=\"9\"><x:q>9</x:q></t:c>", "<t:c a=\"10\"><x:p>1</x:p><x:p>2</x:p></t:c>", "<t:c>text</t:c>",
        "<t:c new=\"11\"><x:p>11</x:p></t:c>", "<t:c new=\"12\"><x:p>12</x:p></t:c>",
        "<t:c a=\"14\"><x:p x:z=\"1\">14</x:p></t:c>", "<t:c a=\"15\"><x:p/></t:c>", "<t:c a=\"16\"><x:p>line\nbreak</x:p></t:c >",
        "<t:d a=\"17\"><x:p>17</x:p></t:d>", "<t:c a=\"18\" t:b=\"\"><x:p>18</x:p></t:c>",
        "<t:c xmlns:y=\"urn:y\"><x:p>13</x:p></t:c>", "<t:c a=\"19\"><x:p>19</x:p></t:c>",
    ]

    @Test("scanSimpleElement reads what the general path reads, at every chunk size")
    func simpleElementSameAsGeneral() throws {
        // One general <t:c> and <t:d> first, so that the names are resolved.
        let xml = Self.document(["<t:c a=\"0\" t:b=\"0\"><x:p>0</x:p><x:q/></t:c><t:d/>"] + Self.simpleCells)
        let slow = try Self.cellTrace(xml, fast: false)
        for chunk in [1, 2, 3, 7, 64, Int.max] {
            let fast = try Self.cellTrace(xml, fast: true, chunkSize: chunk)
            #expect(fast.trace == slow.trace, "chunk \(chunk)")
            if chunk == Int.max {
                // 1, 2, 3, the empty one, 4, 5, 12 (its attribute name resolved by 11's general
                // way) and 18; the others are not simple or hold names not yet resolved, and the
                // namespace declaration of 13 drops every resolved name (19 goes the general way).
                #expect(fast.fastCells == 8, "\(fast.trace)")
            }
        }
    }

    @Test("scanSimpleElement leaves bad cells to the general path and its errors")
    func simpleElementErrorsStay() throws {
        let bad = [
            "<t:c a=\"1\" a=\"2\"><x:p>1</x:p></t:c>",  // repeated attribute
            "<t:c a=\"1\"><x:p>1</x:p></t:d>",  // mismatched end
            "<t:c a=\"1\"><x:p>1\u{1}</x:p></t:c>",  // control character
            "<t:c a=\"1\u{1}\"><x:p>1</x:p></t:c>",  // control character in a value
            "<t:c a=\"<\"><x:p>1</x:p></t:c>",  // < in a value
            "<t:c a=\"1\"b=\"2\"/>",  // no space between attributes
            "<t:c a=\"1\"><x:p>\u{FFFF}</x:p></t:c>",  // not a character
        ]
        for b in bad {
            let xml = Self.document(["<t:c a=\"0\" b=\"0\"><x:p>0</x:p></t:c>", b])
            let slowError = Self.error { _ = try Self.cellTrace(xml, fast: false) }
            let fastError = Self.error { _ = try Self.cellTrace(xml, fast: true) }
            #expect(slowError != nil, "\(b)")
            #expect(fastError == slowError, "\(b)")
        }
    }

    @Test("scanSimpleElement keeps the depth limit")
    func simpleElementDepthLimit() throws {
        var limits = ReadLimits.default
        limits.maxXMLDepth = 2
        let xml = Self.document(["<t:c><x:p>1</x:p></t:c>", "<t:c><x:p>1</x:p></t:c>"])
        #expect(throws: XMLError.self) { try Self.cellTrace(xml, fast: true, limits: limits) }
    }

    @Test("names seen lately: attributes in any order, names that begin alike, more names than are kept")
    func recentNames() throws {
        let names = ["value-type", "value", "date-value", "style-name", "formula", "v", "vv", "value-typ", "w", "calc"]
        // One general cell first that resolves every name (its second child keeps it off the fast path).
        let first = "<t:c " + names.map { "t:\($0)=\"0\"" }.joined(separator: " ") + "><x:p>0</x:p><x:q/></t:c>"
        var cells: [String] = []
        for k in 0..<24 {
            // A different order and choice of names each time: prefixes of each other side by side.
            let picked = (0..<(1 + k % 4)).map { names[(k * 7 + $0 * 3) % names.count] }
            var seen = Set<String>()
            let attrs = picked.filter { seen.insert($0).inserted }.enumerated().map { "t:\($0.element)=\"\(k).\($0.offset)\"" }
            cells.append("<t:c " + attrs.joined(separator: " ") + "><x:p>\(k)</x:p></t:c>")
        }
        // The prefix bound to another namespace inside <g>: no name seen before may match there,
        // and none of those seen there after it.
        cells.append("<g xmlns:t=\"urn:other\"><t:c t:value=\"9\"><x:p>9</x:p></t:c></g>")
        cells.append("<t:c t:value=\"10\"><x:p>10</x:p></t:c>")
        let xml = Self.document([first] + cells)
        let slow = try Self.cellTrace(xml, fast: false)
        for chunk in [1, 5, 64, Int.max] {
            let fast = try Self.cellTrace(xml, fast: true, chunkSize: chunk)
            #expect(fast.trace == slow.trace, "chunk \(chunk)")
            if chunk == Int.max { #expect(fast.fastCells == 24, "\(fast.trace)") }
        }
        #expect(slow.trace.filter { $0.hasPrefix("c[value=9") }.isEmpty, "<t:c> in urn:other is not a cell")
    }

    /// Skips the first `<t:w>` with `skipElement()` or, when `general`, event by event; then traces the rest.
    static func wrapperSkipTrace(_ xml: String, general: Bool, chunkSize: Int = Int.max) throws -> [String] {
        var names = XMLNameTable()
        let w = names.register("w", in: ns)
        names.register("c", in: ns)
        names.register("p", in: "urn:x")
        let scanner = XMLScanner(
            source: XMLBufferSource(Array(xml.utf8), chunkSize: chunkSize), names: names,
            bufferSize: chunkSize < 100 ? 64 : 1 << 16)
        var out: [String] = []
        var skipped = false
        while true {
            let ev = try scanner.next()
            switch ev {
            case .startElement(let el):
                out.append("<\(scanner.localName) d\(scanner.depth)>")
                if el == w && !skipped {
                    skipped = true
                    if general {
                        let target = scanner.depth - 1
                        while scanner.depth > target { if case .endOfDocument = try scanner.next() { break } }
                    } else {
                        try scanner.skipElement()
                    }
                    out.append("skipped d\(scanner.depth) at \(scanner.offset)")
                }
            case .endElement: out.append("</> d\(scanner.depth)")
            case .text: out.append("'\(scanner.text)'")
            case .endOfDocument: return out
            }
        }
    }

    @Test("skipElement takes simple elements whole and ends where the general path ends, errors alike")
    func skipElementSameAsGeneral() throws {
        let inner = Self.cells + Self.simpleCells + ["<t:c t:b=\"1\"><x:p>1</x:p></t:c><t:c t:b=\"2\"><x:p>2</x:p></t:c>"]
        let xml = Self.document([
            "<t:c a=\"0\" t:b=\"0\"><x:p>0</x:p><x:q/></t:c><t:w>" + inner.joined() + "<t:w><t:c a=\"1\"><x:p>1</x:p></t:c></t:w></t:w>",
            "<t:c a=\"after\"><x:p>after</x:p></t:c>",
        ])
        let general = try Self.wrapperSkipTrace(xml, general: true)
        let tail = "<t:c a=\"after\"><x:p>after</x:p></t:c></t:r>"
        #expect(general.contains("skipped d1 at \(xml.utf8.count - tail.utf8.count)"), "\(general)")
        for chunk in [1, 3, 64, Int.max] {
            #expect(try Self.wrapperSkipTrace(xml, general: false, chunkSize: chunk) == general, "chunk \(chunk)")
        }
        let bad = [
            "<t:c a=\"1\" a=\"2\"><x:p>1</x:p></t:c>", "<t:c a=\"1\"><x:p>1</x:p></t:d>", "<t:c a=\"1\"><x:p>1\u{1}</x:p></t:c>",
            "<t:c a=\"1\"><y:p>1</y:p></t:c>", "<t:c a=\"1\"><x:p>\u{FFFF}</x:p></t:c>",
        ]
        for b in bad {
            let xml = Self.document(["<t:c a=\"0\"><x:p>0</x:p><x:q/></t:c><t:w><t:c a=\"1\"><x:p>1</x:p></t:c>" + b + "</t:w>"])
            let generalError = Self.error { _ = try Self.wrapperSkipTrace(xml, general: true) }
            let skipError = Self.error { _ = try Self.wrapperSkipTrace(xml, general: false) }
            #expect(generalError != nil, "\(b)")
            #expect(skipError == generalError, "\(b)")
        }
    }
}
