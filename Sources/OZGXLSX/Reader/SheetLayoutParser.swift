import Foundation
import OZGSpreadsheet
import OZGXML

/// Reads the layout of a worksheet part: columns, frozen pane, merges, auto-filter, list
/// validations, hyperlinks, protection. `sheetData` is skipped without building cells.
enum SheetLayoutParser {
    private struct Names {
        var table = XMLNameTable()
        let sheetData, cols, col, sheetViews, sheetView, pane, mergeCells, mergeCell, autoFilter: XMLName
        let dataValidations, dataValidation, formula1, hyperlinks, hyperlink, sheetProtection: XMLName
        let min, max, width, hidden, state, xSplit, ySplit, ref, type, sqref, allowBlank, errorStyle: XMLName
        let location, display, tooltip, rid, sheet: XMLName
        /// Printing (``PrintPartsParser/SheetParts``).
        let pageSetUpPr, pageSetup, oddHeader, oddFooter, fitToPage, orientation, paperSize, fitToWidth: XMLName
        /// Excel 2010's validations in `extLst` (lists from other sheets).
        let x14DataValidation, xmF, xmSqref: XMLName

        init() {
            let m = XLSXNamespaces.main
            sheetData = table.register("sheetData", in: m)
            cols = table.register("cols", in: m)
            col = table.register("col", in: m)
            sheetViews = table.register("sheetViews", in: m)
            sheetView = table.register("sheetView", in: m)
            pane = table.register("pane", in: m)
            mergeCells = table.register("mergeCells", in: m)
            mergeCell = table.register("mergeCell", in: m)
            autoFilter = table.register("autoFilter", in: m)
            dataValidations = table.register("dataValidations", in: m)
            dataValidation = table.register("dataValidation", in: m)
            formula1 = table.register("formula1", in: m)
            hyperlinks = table.register("hyperlinks", in: m)
            hyperlink = table.register("hyperlink", in: m)
            sheetProtection = table.register("sheetProtection", in: m)
            let none = XMLNamespace.none
            min = table.register("min", in: none)
            max = table.register("max", in: none)
            width = table.register("width", in: none)
            hidden = table.register("hidden", in: none)
            state = table.register("state", in: none)
            xSplit = table.register("xSplit", in: none)
            ySplit = table.register("ySplit", in: none)
            ref = table.register("ref", in: none)
            type = table.register("type", in: none)
            sqref = table.register("sqref", in: none)
            allowBlank = table.register("allowBlank", in: none)
            errorStyle = table.register("errorStyle", in: none)
            location = table.register("location", in: none)
            display = table.register("display", in: none)
            tooltip = table.register("tooltip", in: none)
            sheet = table.register("sheet", in: none)
            rid = table.register("id", in: XLSXNamespaces.officeRelationships)
            pageSetUpPr = table.register("pageSetUpPr", in: m)
            pageSetup = table.register("pageSetup", in: m)
            oddHeader = table.register("oddHeader", in: m)
            oddFooter = table.register("oddFooter", in: m)
            fitToPage = table.register("fitToPage", in: none)
            orientation = table.register("orientation", in: none)
            paperSize = table.register("paperSize", in: none)
            fitToWidth = table.register("fitToWidth", in: none)
            x14DataValidation = table.register(
                "dataValidation", in: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main")
            xmF = table.register("f", in: "http://schemas.microsoft.com/office/excel/2006/main")
            xmSqref = table.register("sqref", in: "http://schemas.microsoft.com/office/excel/2006/main")
        }
    }

    private static let names = Names()

    /// Column ranges wider than this (`<col min="1" max="16384">` styles) set no widths (they
    /// still hide their columns).
    static let maxColumnRange = 256

    /// The layout of the sheet part, its print set-up (with the print titles of `workbookPart`)
    /// included.
    static func read(package: XLSXPackage, part: String, workbookPart: String?, sheetIndex: Int) throws -> SheetLayout {
        let n = names
        guard let s = try package.scanner(part: part, names: n.table) else { return .empty }
        var layout = SheetLayout()
        var print = PrintPartsParser.SheetParts()
        var links: [(ref: String, rid: String?, location: String?, tooltip: String?)] = []
        try package.mapping(part: part) {
            var validation: (ranges: [CellRange], allowBlank: Bool, strict: Bool)?
            var x14: (formula: String?, sqref: String?, allowBlank: Bool, strict: Bool)?
            while true {
                let e = try s.next()
                if e == .endOfDocument { break }
                if case .endElement(let name) = e, name == n.x14DataValidation, let v = x14 {
                    if let f = v.formula, let q = v.sqref {
                        for r in q.split(separator: " ").compactMap({ CellRange(String($0)) }) {
                            layout.validations.append(listValidation(f, range: r, allowBlank: v.allowBlank, strict: v.strict))
                        }
                    }
                    x14 = nil
                }
                guard case .startElement(let name) = e else { continue }
                func flag(_ a: XMLName) -> Bool {
                    guard let i = s.attributeIndex(of: a) else { return false }
                    return s.attribute(at: i, equals: "1") || s.attribute(at: i, equals: "true")
                }
                switch name {
                case n.sheetData:
                    try s.skipElement()
                case n.col:
                    guard let lo = s.attributeInt(n.min), let hi = s.attributeInt(n.max), lo >= 1, hi >= lo,
                        hi <= CellReference.maxColumns
                    else { continue }
                    let width = s.attributeIndex(of: n.width).flatMap { s.attributeDouble(at: $0) }
                    // Hidden ranges count whatever their width ("hide everything right of Z");
                    // widths of very wide ranges are a default style, not a layout.
                    if flag(n.hidden) { layout.hiddenColumns.formUnion((lo - 1)...(hi - 1)) }
                    if let width, hi - lo < maxColumnRange {
                        for c in (lo - 1)...(hi - 1) { layout.columnWidths[c] = width }
                    }
                case n.pane:
                    let state = s.attribute(n.state) ?? "split"
                    guard state == "frozen" || state == "frozenSplit" else { continue }
                    let x = s.attributeIndex(of: n.xSplit).flatMap { s.attributeDouble(at: $0) } ?? 0
                    let y = s.attributeIndex(of: n.ySplit).flatMap { s.attributeDouble(at: $0) } ?? 0
                    // A split beyond the sheet (or not a whole number) is ignored, not trusted.
                    if let rows = Int(exactly: y.rounded(.down)), let columns = Int(exactly: x.rounded(.down)),
                        (0...CellReference.maxRows).contains(rows), (0...CellReference.maxColumns).contains(columns),
                        rows > 0 || columns > 0
                    {
                        layout.frozen = FrozenPane(rows: rows, columns: columns)
                    }
                case n.mergeCell:
                    if let r = s.attribute(n.ref), let range = CellRange(r) { layout.merges.append(range) }
                case n.autoFilter:
                    if let r = s.attribute(n.ref), let range = CellRange(r) { layout.autoFilter = range }
                    try s.skipElement()
                case n.dataValidation:
                    guard s.attribute(n.type) == "list" else {
                        try s.skipElement()
                        continue
                    }
                    let ranges = (s.attribute(n.sqref) ?? "").split(separator: " ").compactMap { CellRange(String($0)) }
                    let style = s.attribute(n.errorStyle) ?? "stop"
                    validation = (ranges, flag(n.allowBlank), style == "stop")
                case n.formula1:
                    let text = try s.elementText()
                    if let v = validation {
                        for r in v.ranges {
                            layout.validations.append(listValidation(text, range: r, allowBlank: v.allowBlank, strict: v.strict))
                        }
                        validation = nil
                    }
                case n.hyperlink:
                    guard let ref = s.attribute(n.ref) else { continue }
                    links.append((ref, s.attribute(n.rid), s.attribute(n.location), s.attribute(n.tooltip)))
                case n.x14DataValidation:
                    guard s.attribute(n.type) == "list" else {
                        try s.skipElement()
                        continue
                    }
                    x14 = (nil, nil, flag(n.allowBlank), (s.attribute(n.errorStyle) ?? "stop") == "stop")
                case n.xmF:
                    let text = try s.elementText()
                    if x14 != nil { x14?.formula = text }
                case n.xmSqref:
                    let text = try s.elementText()
                    if x14 != nil { x14?.sqref = text }
                case n.sheetProtection:
                    layout.isProtected = flag(n.sheet)
                case n.pageSetUpPr:
                    print.fitToPage(s.attribute(n.fitToPage))
                case n.pageSetup:
                    print.pageSetup(
                        orientation: s.attribute(n.orientation), paperSize: s.attributeInt(n.paperSize),
                        fitToWidth: s.attributeInt(n.fitToWidth))
                case n.oddHeader:
                    print.header(try s.elementText())
                case n.oddFooter:
                    print.footer(try s.elementText())
                default:
                    break
                }
            }
        }
        if !links.isEmpty {
            let rels = try package.relationships(of: part)
            for link in links {
                guard let range = CellRange(link.ref) else { continue }
                var target: String?
                if let rid = link.rid, let rel = rels.first(where: { $0.id == rid }) {
                    target = rel.target
                    if let loc = link.location, !loc.isEmpty { target = rel.target + "#" + loc }
                } else if let loc = link.location {
                    target = "#" + loc
                }
                if let target { layout.hyperlinks.append(Hyperlink(cell: range.start, target: target, tooltip: link.tooltip)) }
            }
        }
        layout.print = try print.printSetup(package: package, workbookPart: workbookPart, sheetIndex: sheetIndex)
        return layout
    }

    /// `"a,b,c"` gives inline values; anything else is a source range or formula.
    static func listValidation(_ formula: String, range: CellRange, allowBlank: Bool, strict: Bool) -> ListValidation {
        let f = formula.trimmingXMLSpace()
        if f.count >= 2, f.hasPrefix("\""), f.hasSuffix("\"") {
            let inner = String(f.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            let values = inner.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
            return ListValidation(range: range, values: values, allowBlank: allowBlank, strict: strict)
        }
        return ListValidation(range: range, values: [], source: f, allowBlank: allowBlank, strict: strict)
    }
}
