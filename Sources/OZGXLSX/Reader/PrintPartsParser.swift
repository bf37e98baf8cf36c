import OZGSpreadsheet
import OZGXML

/// Reads what a worksheet says about printing and its cell comments, for
/// ``XLSXReader/layout(ofSheet:)``: `pageSetup` (orientation, paper, fit to width), `headerFooter`
/// (odd header and footer, `&L…&C…&R…` with `&P`, `&N`, `&A`; both read in the layout pass,
/// ``SheetParts``), the comments part the sheet links to, and the `_xlnm.Print_Titles` rows of
/// `workbook.xml`.
enum PrintPartsParser {
    private struct Names {
        var table = XMLNameTable()
        let author, comment, t, ref, authorId, definedName, name, localSheetId: XMLName

        init() {
            let m = XLSXNamespaces.main, none = XMLNamespace.none
            author = table.register("author", in: m)
            comment = table.register("comment", in: m)
            t = table.register("t", in: m)
            ref = table.register("ref", in: none)
            authorId = table.register("authorId", in: none)
            definedName = table.register("definedName", in: m)
            name = table.register("name", in: none)
            localSheetId = table.register("localSheetId", in: none)
        }
    }

    private static let names = Names()

    /// What a worksheet's own elements say about printing (`sheetPr/pageSetUpPr`, `pageSetup`,
    /// `headerFooter`), gathered by ``SheetLayoutParser`` in its one pass over the sheet part
    /// (a second pass over a large sheet cost as much as the pass itself).
    struct SheetParts {
        private var setup = PrintSetup(landscape: false, fitToWidth: 0, paper: .letter)
        private var any = false
        private var fit = false

        /// `pageSetUpPr`: whether the sheet is fitted to pages.
        mutating func fitToPage(_ value: String?) { fit = value == "1" || value == "true" }

        /// `pageSetup`: orientation, paper size (Excel's code), pages wide.
        mutating func pageSetup(orientation: String?, paperSize: Int?, fitToWidth: Int?) {
            any = true
            setup.landscape = orientation == "landscape"
            if let code = paperSize { setup.paper = PrintSetup.Paper(excelCode: code) ?? .a4 }
            setup.fitToWidth = fitToWidth ?? 1
        }

        /// `oddHeader` and `oddFooter`.
        mutating func header(_ code: String) {
            any = true
            setup.header = pageText(code)
        }

        mutating func footer(_ code: String) {
            any = true
            setup.footer = pageText(code)
        }

        /// The print set-up of the sheet with the workbook's print titles, `nil` when neither sets one.
        func printSetup(package: XLSXPackage, workbookPart: String?, sheetIndex: Int) throws -> PrintSetup? {
            var setup = setup
            var any = any
            if !fit { setup.fitToWidth = 0 }
            if let wb = workbookPart, let rows = try printTitleRows(package: package, workbookPart: wb, sheetIndex: sheetIndex) {
                setup.repeatRows = rows
                any = true
            }
            return any || fit ? setup : nil
        }
    }

    /// The comments of a sheet part, from the comments part its relationships name.
    static func comments(package: XLSXPackage, part: String) throws -> [CellComment] {
        let rels = try package.relationships(of: part)
        guard let target = rels.first(where: { $0.type == "comments" && !$0.isExternal })?.target else { return [] }
        let n = names
        guard let s = try package.scanner(part: target, names: n.table) else { return [] }
        var authors: [String] = []
        var out: [CellComment] = []
        try package.mapping(part: target) {
            var current: (ref: CellReference, author: Int?)?
            var text = ""
            while true {
                let e = try s.next()
                if e == .endOfDocument { break }
                if case .endElement(let name) = e, name == n.comment, let c = current {
                    let author = c.author.flatMap { authors.indices.contains($0) ? authors[$0] : nil }
                    out.append(CellComment(cell: c.ref, text: text, author: author))
                    current = nil
                }
                guard case .startElement(let name) = e else { continue }
                switch name {
                case n.author:
                    authors.append(try s.elementText())
                case n.comment:
                    text = ""
                    current = (s.attribute(n.ref).flatMap { CellReference($0) } ?? CellReference(row: 0, column: 0), s.attributeInt(n.authorId))
                    if s.attribute(n.ref).flatMap({ CellReference($0) }) == nil { current = nil; try s.skipElement() }
                case n.t:
                    let t = try s.elementText()
                    if current != nil { text += t }
                default:
                    break
                }
            }
        }
        return out
    }

    /// The rows of `_xlnm.Print_Titles` for the sheet (`Blatt!$4:$4`).
    static func printTitleRows(package: XLSXPackage, workbookPart: String, sheetIndex: Int) throws -> ClosedRange<Int>? {
        let n = names
        guard let s = try package.scanner(part: workbookPart, names: n.table) else { return nil }
        var result: ClosedRange<Int>?
        try package.mapping(part: workbookPart) {
            while true {
                let e = try s.next()
                if e == .endOfDocument { break }
                guard case .startElement(let name) = e, name == n.definedName else { continue }
                guard s.attribute(n.name) == "_xlnm.Print_Titles", s.attributeInt(n.localSheetId) == sheetIndex else {
                    try s.skipElement()
                    continue
                }
                let value = try s.elementText()
                for part in value.split(separator: ",") {
                    let range = part.split(separator: "!").last.map(String.init) ?? ""
                    let bounds = range.replacingOccurrences(of: "$", with: "").split(separator: ":")
                    if bounds.count == 2, let a = Int(bounds[0]), let b = Int(bounds[1]), a >= 1, b >= a, b <= CellReference.maxRows {
                        result = (a - 1)...(b - 1)
                    }
                }
            }
        }
        return result
    }

    /// `&LTitel&CSeite &P / &N&RStand` → left, centre, right parts; font and size codes are dropped.
    static func pageText(_ code: String) -> PageText {
        var text = PageText()
        var section = 1  // 0 left, 1 centre (Excel's default), 2 right
        var literal = ""
        var pieces: [[PageText.Piece]] = [[], [], []]
        func flush() {
            if !literal.isEmpty { pieces[section].append(.text(literal)) }
            literal = ""
        }
        var chars = Array(code)[...]
        while let c = chars.popFirst() {
            guard c == "&" else { literal.append(c); continue }
            guard let k = chars.popFirst() else { break }
            switch k {
            case "&": literal.append("&")
            case "L", "C", "R":
                flush()
                section = k == "L" ? 0 : k == "C" ? 1 : 2
            case "P": flush(); pieces[section].append(.pageNumber)
            case "N": flush(); pieces[section].append(.pageCount)
            case "A": flush(); pieces[section].append(.sheetName)
            case "\"": while let q = chars.popFirst(), q != "\"" {}
            default:
                if k.isNumber { while let d = chars.first, d.isNumber { chars.removeFirst() } }
            }
        }
        flush()
        text.left = pieces[0]
        text.center = pieces[1]
        text.right = pieces[2]
        return text
    }
}
