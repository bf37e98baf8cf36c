import OZGSpreadsheet

/// The automatic styles of a document being written: cell, column, row and data styles.
///
/// Styles are named as they are first used (`ce1`, `co1`, `ro1`, `N1`) and written into
/// `content.xml`'s `office:automatic-styles` when the document is closed.
final class StyleRegistry {
    struct CellKey: Hashable {
        var style: CellStyle?
        var format: String?
    }

    struct CellEntry {
        let name: String
        let formatter: DisplayFormatter
        let kind: NumberFormat.Kind
    }

    private(set) var cellStyles: [CellKey: CellEntry] = [:]
    private var cellOrder: [(CellKey, String, String?)] = []  // key, name, data style name
    private var dataStyles: [String: String] = [:]  // code → N name
    private var dataOrder: [(String, String)] = []
    private var columnStyles: [String: String] = [:]  // width → name
    private var columnOrder: [(String, String)] = []
    private var rowStyles: [String: String] = [:]
    private var rowOrder: [(String, String)] = []
    private struct TableKey: Hashable {
        var display: Bool
        var master: String
    }
    private var tableStyles: [TableKey: String] = [:]
    private var tableOrder: [(TableKey, String)] = []

    /// The automatic table style for a visible or hidden sheet printed with master page `master`.
    func table(display: Bool, master: String) -> String {
        let key = TableKey(display: display, master: master)
        if let n = tableStyles[key] { return n }
        let n = "ta\(tableStyles.count + 1)"
        tableStyles[key] = n
        tableOrder.append((key, n))
        return n
    }

    /// The automatic cell style for a style and number format (`nil`: the default style).
    func cell(style: CellStyle?, format: NumberFormat?) -> CellEntry? {
        let code = (format == nil || format?.kind == .general) ? nil : format?.code
        if style == nil && code == nil { return nil }
        let key = CellKey(style: style, format: code)
        if let e = cellStyles[key] { return e }
        let name = "ce\(cellStyles.count + 1)"
        var dataName: String?
        if let code {
            if let n = dataStyles[code] {
                dataName = n
            } else {
                let n = "N\(dataStyles.count + 100)"
                if DataStyleWriter.xml(code: code, name: n) != nil {
                    dataStyles[code] = n
                    dataOrder.append((code, n))
                    dataName = n
                }
            }
        }
        let entry = CellEntry(name: name, formatter: DisplayFormatter(format: format), kind: format?.kind ?? .general)
        cellStyles[key] = entry
        cellOrder.append((key, name, dataName))
        return entry
    }

    /// The automatic column style for a width in characters (`nil`: the default width).
    func column(width: Double?) -> String {
        let w = width.map { ODSUnits.columnWidth(characters: $0) } ?? "2.258cm"
        if let n = columnStyles[w] { return n }
        let n = "co\(columnStyles.count + 1)"
        columnStyles[w] = n
        columnOrder.append((w, n))
        return n
    }

    /// The automatic row style for a height in points.
    func row(height: Double) -> String {
        let h = ODSUnits.format((height * 2.54 / 72 * 1000).rounded() / 1000) + "cm"
        if let n = rowStyles[h] { return n }
        let n = "ro\(rowStyles.count + 2)"
        rowStyles[h] = n
        rowOrder.append((h, n))
        return n
    }

    /// The row style that starts a new printed page (`fo:break-before="page"`).
    static let pageBreakRow = "roBreak"

    /// `office:automatic-styles` content.
    func automaticStylesXML() -> String {
        var out = ""
        for (w, n) in columnOrder {
            out += "<style:style style:name=\"\(n)\" style:family=\"table-column\"><style:table-column-properties fo:break-before=\"auto\" style:column-width=\"\(w)\"/></style:style>"
        }
        out += "<style:style style:name=\"ro1\" style:family=\"table-row\"><style:table-row-properties fo:break-before=\"auto\" style:use-optimal-row-height=\"true\"/></style:style>"
        out += "<style:style style:name=\"\(StyleRegistry.pageBreakRow)\" style:family=\"table-row\"><style:table-row-properties fo:break-before=\"page\" style:use-optimal-row-height=\"true\"/></style:style>"
        for (h, n) in rowOrder {
            out += "<style:style style:name=\"\(n)\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"\(h)\" fo:break-before=\"auto\" style:use-optimal-row-height=\"false\"/></style:style>"
        }
        for (key, n) in tableOrder {
            out += "<style:style style:name=\"\(n)\" style:family=\"table\" style:master-page-name=\"\(key.master)\"><style:table-properties table:display=\"\(key.display)\" style:writing-mode=\"lr-tb\"/></style:style>"
        }
        for (code, n) in dataOrder {
            if let xml = DataStyleWriter.xml(code: code, name: n) { out += xml }
        }
        for (key, name, dataName) in cellOrder {
            out += "<style:style style:name=\"\(name)\" style:family=\"table-cell\" style:parent-style-name=\"Default\""
            if let dataName { out += " style:data-style-name=\"\(dataName)\"" }
            out += ">"
            if let s = key.style { out += StyleRegistry.properties(s) }
            out += "</style:style>"
        }
        return out
    }

    static func properties(_ s: CellStyle) -> String {
        var cell = ""
        if let fill = s.fillColor { cell += " fo:background-color=\"\(fill.hex.lowercased())\"" }
        if s.wrapText { cell += " fo:wrap-option=\"wrap\"" }
        if let v = s.vertical {
            cell += " style:vertical-align=\"\(v == .top ? "top" : v == .center ? "middle" : "bottom")\""
        }
        if s.border { cell += " fo:border=\"0.06pt solid #000000\"" }
        if !s.locked { cell += " style:cell-protect=\"none\" style:print-content=\"true\"" }
        if s.horizontal != .general { cell += " style:text-align-source=\"fix\" style:repeat-content=\"\(s.horizontal == .fill)\"" }
        var out = cell.isEmpty ? "" : "<style:table-cell-properties\(cell)/>"
        if s.horizontal != .general {
            let a = s.horizontal == .left || s.horizontal == .fill ? "start" : s.horizontal == .center ? "center" : "end"
            out += "<style:paragraph-properties fo:text-align=\"\(a)\" fo:margin-left=\"0cm\"/>"
        }
        var text = ""
        if s.bold {
            text += " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\""
        }
        if s.italic {
            text += " fo:font-style=\"italic\" style:font-style-asian=\"italic\" style:font-style-complex=\"italic\""
        }
        if let c = s.fontColor { text += " fo:color=\"\(c.hex.lowercased())\"" }
        if !text.isEmpty { out += "<style:text-properties\(text)/>" }
        return out
    }
}
