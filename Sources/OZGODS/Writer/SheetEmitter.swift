import OZGSpreadsheet

/// Writes one `table:table` of `content.xml`, row by row.
///
/// Besides the cells of each row it writes what the layout puts on cells: the spans of merged
/// ranges and their `table:covered-table-cell`s, and the validation name of every cell in a
/// validated range, also on rows and columns that hold no data. Empty stretches are compressed
/// with `number-columns-repeated` and `number-rows-repeated`.
final class SheetEmitter {
    /// What the layout puts on a run of columns of one row.
    struct Piece {
        var start: Int
        var end: Int
        enum Kind { case plain, origin(columns: Int, rows: Int), covered }
        var kind: Kind
        var validation: String?
    }

    let name: String
    private let out: XMLOutput
    private let styles: StyleRegistry
    private let merges: [CellRange]  // sorted by start row
    private let validations: [(range: CellRange, name: String)]
    private let links: [CellReference: String]
    private let specialsEnd: Int  // last row touched by a merge or validation, -1 when none
    private var lastRow = -1
    /// The first column of the own columns right of a protected table, and their unlocked style.
    private var editableFrom: Int?
    private var unlockedStyle: String?
    private let path: String
    /// XML written inside a cell before its text (annotations, chart frames), by cell.
    private let extras: [CellReference: String]
    /// The rows holding extras or starting a printed page, ascending.
    private let extraRows: [Int]
    /// Rows that start a new printed page.
    private let breakRows: Set<Int>
    /// Rows printed on every page (`table:table-header-rows`).
    private let headerRows: ClosedRange<Int>?
    private var headerOpen = false
    private var headerDone = false
    /// `calcext:conditional-formats`, written at the end of the table.
    private let trailer: String

    init(
        name: String, layout: SheetLayout, validationNames: [String], styles: StyleRegistry, out: XMLOutput,
        path: String, extras: [CellReference: String] = [:], trailer: String = ""
    ) {
        self.name = name
        self.extras = extras
        self.breakRows = Set((layout.print?.rowBreaks ?? []).filter { $0 > 0 && $0 < CellReference.maxRows })
        self.extraRows = Set(extras.keys.map(\.row)).union(breakRows).sorted()
        self.trailer = trailer
        if let h = layout.print?.repeatRows, h.lowerBound >= 0, h.upperBound < CellReference.maxRows { headerRows = h } else { headerRows = nil }
        self.out = out
        self.styles = styles
        self.path = path
        merges = layout.merges.filter { $0.rowCount > 1 || $0.columnCount > 1 }.sorted { $0.start < $1.start }
        validations = zip(layout.validations, validationNames).map { ($0.range, $1) }
        var links: [CellReference: String] = [:]
        for h in layout.hyperlinks {
            var target = h.target
            if target.hasPrefix("#"), let bang = target.lastIndex(of: "!") {
                target = "#" + target[target.index(after: target.startIndex)..<bang] + "." + target[target.index(after: bang)...]
            }
            links[h.cell] = target
        }
        self.links = links
        specialsEnd = max(merges.map(\.end.row).max() ?? -1, validations.map(\.range.end.row).max() ?? -1)
    }

    /// `<table:table>` and its columns.
    func begin(info: SheetInfo, layout: SheetLayout, masterPage: String) {
        let hidden = info.visibility != .visible
        out.raw("<table:table table:name=\"")
        out.attribute(info.name)
        out.raw("\" table:style-name=\"")
        out.raw(styles.table(display: !hidden, master: masterPage))
        out.raw("\"")
        if layout.isProtected { out.raw(" table:protected=\"true\"") }
        out.raw(">")
        if let p = layout.protection { out.raw(SheetEmitter.protectionXML(p)) }
        // Columns from `editableColumnsFrom` on default to an unlocked cell style (own columns).
        editableFrom = layout.protection?.editableColumnsFrom
        unlockedStyle = editableFrom == nil ? nil : styles.cell(style: CellStyle(locked: false), format: nil)?.name
        let unlocked = unlockedStyle ?? "Default"
        func cellStyle(_ c: Int) -> String { editableFrom.map { c >= $0 } == true ? unlocked : "Default" }
        // Columns printed on every page sit in `table:table-header-columns`.
        var headerColumns: ClosedRange<Int>?
        if let h = layout.print?.repeatColumns, h.lowerBound >= 0, h.upperBound < CellReference.maxColumns { headerColumns = h }
        let maxColumn = max(layout.columnWidths.keys.max() ?? -1, layout.hiddenColumns.max() ?? -1, headerColumns?.upperBound ?? -1)
        var c = 0
        var headerOpen = false
        while c <= maxColumn {
            if let h = headerColumns, c == h.lowerBound {
                out.raw("<table:table-header-columns>")
                headerOpen = true
            }
            let style = styles.column(width: layout.columnWidths[c])
            let isHidden = layout.hiddenColumns.contains(c)
            var n = 1
            while c + n <= maxColumn, styles.column(width: layout.columnWidths[c + n]) == style,
                layout.hiddenColumns.contains(c + n) == isHidden, cellStyle(c + n) == cellStyle(c),
                headerColumns.map({ c + n != $0.lowerBound && c + n != $0.upperBound + 1 }) ?? true
            {
                n += 1
            }
            out.raw("<table:table-column table:style-name=\"\(style)\"")
            if n > 1 { out.raw(" table:number-columns-repeated=\"\(n)\"") }
            if isHidden { out.raw(" table:visibility=\"collapse\"") }
            out.raw(" table:default-cell-style-name=\"\(cellStyle(c))\"/>")
            c += n
            if headerOpen, let h = headerColumns, c == h.upperBound + 1 {
                out.raw("</table:table-header-columns>")
                headerOpen = false
            }
        }
        if headerOpen { out.raw("</table:table-header-columns>") }
        if let from = editableFrom, maxColumn + 1 < SheetEmitter.editableColumnsEnd {
            let start = max(from, maxColumn + 1)
            if start > maxColumn + 1 {
                let gap = start - maxColumn - 1
                out.raw("<table:table-column table:style-name=\"\(styles.column(width: nil))\"")
                if gap > 1 { out.raw(" table:number-columns-repeated=\"\(gap)\"") }
                out.raw(" table:default-cell-style-name=\"Default\"/>")
            }
            out.raw("<table:table-column table:style-name=\"\(styles.column(width: nil))\" table:number-columns-repeated=\"")
            out.raw("\(SheetEmitter.editableColumnsEnd - start)\" table:default-cell-style-name=\"\(unlocked)\"/>")
        } else if maxColumn < 0 {
            out.raw("<table:table-column table:style-name=\"\(styles.column(width: nil))\" table:default-cell-style-name=\"Default\"/>")
        }
    }

    /// How many columns a sheet with own columns declares: LibreOffice's classic limit (AMJ).
    static let editableColumnsEnd = 1024

    /// LibreOffice's sheet protection options (`loext:table-protection`): it honours selecting
    /// cells and inserting or deleting rows and columns; sorting, filtering and resizing follow
    /// from the cells being unlocked or not.
    static func protectionXML(_ p: SheetProtection) -> String {
        var x = "<loext:table-protection loext:select-protected-cells=\"true\" loext:select-unprotected-cells=\"true\""
        if p.allowInsertColumns { x += " loext:insert-columns=\"true\"" }
        if p.allowInsertRows { x += " loext:insert-rows=\"true\"" }
        if p.allowDeleteColumns { x += " loext:delete-columns=\"true\"" }
        if p.allowDeleteRows { x += " loext:delete-rows=\"true\"" }
        return x + "/>"
    }

    /// Writes one row (and the layout-only rows before it).
    func write(_ row: Row) throws {
        guard row.index > lastRow else {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: name, cell: "row \(row.index + 1)",
                reason: "rows must come in ascending order (after row \(lastRow + 1))")
        }
        guard row.index < CellReference.maxRows else {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: name, cell: "row \(row.index + 1)", reason: "beyond the last row 1048576")
        }
        try advance(to: row.index)
        try writeBody(row)
    }

    /// The row itself; cells that carry extras but no value are added empty.
    private func writeBody(_ row: Row) throws {
        var cells = row.cells
        if !extras.isEmpty, extraRows.contains(row.index) {
            for (ref, _) in extras where ref.row == row.index && !cells.contains(where: { $0.column == ref.column }) {
                cells.append(Cell(column: ref.column, value: .empty))
            }
        }
        if !isStrictlyAscending(cells) {
            cells.sort { $0.column < $1.column }
            var unique: [Cell] = []
            for cell in cells {
                if let last = unique.last, last.column == cell.column { unique[unique.count - 1] = cell } else { unique.append(cell) }
            }
            cells = unique
        }
        if let last = cells.last, last.column >= CellReference.maxColumns {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: name, cell: CellReference.columnName(min(last.column, 99_999)) + "\(row.index + 1)",
                reason: "beyond the last column XFD")
        }
        out.raw("<table:table-row")
        if breakRows.contains(row.index) {
            out.raw(" table:style-name=\"\(StyleRegistry.pageBreakRow)\"")
        } else if let h = row.height {
            out.raw(" table:style-name=\"\(styles.row(height: h))\"")
        }
        if row.hidden { out.raw(" table:visibility=\"collapse\"") }
        out.raw(">")
        let pieces = specialsEnd >= row.index ? self.pieces(row: row.index) : []
        var col = 0
        var p = 0
        var wrote = false
        for cell in cells {
            if cell.column > col { emitEmpty(from: col, to: cell.column - 1, pieces: pieces, p: &p); wrote = true }
            while p < pieces.count, pieces[p].end < cell.column { p += 1 }
            let piece = p < pieces.count && pieces[p].start <= cell.column ? pieces[p] : nil
            try emitCell(cell, row: row.index, piece: piece)
            wrote = true
            col = cell.column + 1
        }
        if let end = pieces.last?.end, end >= col { emitEmpty(from: col, to: end, pieces: pieces, p: &p); wrote = true }
        // Own columns right of a protected table: LibreOffice does not keep a column's unlocked
        // default style beyond the used area, so the cells of each row say it themselves.
        if let from = editableFrom, let style = unlockedStyle, col >= from, col < SheetEmitter.editableColumnsEnd {
            out.raw("<table:table-cell table:style-name=\"\(style)\" table:number-columns-repeated=\"\(SheetEmitter.editableColumnsEnd - col)\"/>")
            wrote = true
        }
        if !wrote { out.raw("<table:table-cell/>") }
        out.raw("</table:table-row>")
        lastRow = row.index
        out.flushIfNeeded()
    }

    /// Closes the table after writing the layout-only rows below the data.
    func finish() throws {
        let end = max(specialsEnd, extraRows.last ?? -1)
        if end > lastRow { try advance(to: end + 1) }
        if headerOpen { out.raw("</table:table-header-rows>") }
        headerOpen = false
        out.raw(trailer)
        out.raw("</table:table>")
    }

    /// Writes everything before row `next`: layout-only rows, rows that only carry extras, and
    /// the start and end of the header rows.
    private func advance(to next: Int) throws {
        while true {
            let r = lastRow + 1
            boundary(r)
            if r >= next { return }
            var stop = next
            if let h = headerRows {
                for b in [h.lowerBound, h.upperBound + 1] where b > r && b < stop { stop = b }
            }
            if let e = extraRows.first(where: { $0 >= r && $0 < stop }) { stop = e }
            if stop > r { emitGap(upTo: stop) }
            if stop < next, extraRows.contains(stop) {
                boundary(stop)
                try writeBody(Row(index: stop, cells: []))
            }
        }
    }

    /// Opens `table:table-header-rows` before its first row, closes it after its last.
    private func boundary(_ r: Int) {
        guard let h = headerRows else { return }
        if headerOpen, r == h.upperBound + 1 {
            out.raw("</table:table-header-rows>")
            headerOpen = false
            headerDone = true
        }
        if !headerOpen, !headerDone, r == h.lowerBound {
            out.raw("<table:table-header-rows>")
            headerOpen = true
        }
    }

    private func isStrictlyAscending(_ cells: [Cell]) -> Bool {
        var prev = -1
        for c in cells {
            if c.column <= prev { return false }
            prev = c.column
        }
        return true
    }

    /// Rows between the last row written and `next` that carry only layout.
    private func emitGap(upTo next: Int) {
        var r = lastRow + 1
        guard next > r else { return }
        if r > specialsEnd {
            repeatedEmptyRow(next - r)
            lastRow = next - 1
            return
        }
        // Break points: where the pieces of a row can change.
        var breaks = Set<Int>([next, specialsEnd + 1])
        for m in merges { breaks.formUnion([m.start.row, m.start.row + 1, m.end.row + 1]) }
        for v in validations { breaks.formUnion([v.range.start.row, v.range.end.row + 1]) }
        let sorted = breaks.filter { $0 > r && $0 <= next }.sorted()
        for b in sorted {
            let count = b - r
            if count > 0 {
                let pieces = r <= specialsEnd ? self.pieces(row: r) : []
                if pieces.isEmpty {
                    repeatedEmptyRow(count)
                } else {
                    out.raw("<table:table-row")
                    if count > 1 { out.raw(" table:number-rows-repeated=\"\(count)\"") }
                    out.raw(">")
                    var p = 0
                    emitEmpty(from: 0, to: pieces[pieces.count - 1].end, pieces: pieces, p: &p)
                    out.raw("</table:table-row>")
                }
            }
            r = b
            out.flushIfNeeded()
        }
        lastRow = next - 1
    }

    private func repeatedEmptyRow(_ count: Int) {
        guard count > 0 else { return }
        out.raw("<table:table-row")
        if count > 1 { out.raw(" table:number-rows-repeated=\"\(count)\"") }
        out.raw("><table:table-cell/></table:table-row>")
    }

    /// The layout pieces of row `r`, sorted and without overlaps.
    func pieces(row r: Int) -> [Piece] {
        var result: [Piece] = []
        for m in merges where m.start.row <= r && m.end.row >= r {
            if m.start.row == r {
                result.append(Piece(start: m.start.column, end: m.start.column, kind: .origin(columns: m.columnCount, rows: m.rowCount)))
                if m.columnCount > 1 {
                    result.append(Piece(start: m.start.column + 1, end: m.end.column, kind: .covered))
                }
            } else {
                result.append(Piece(start: m.start.column, end: m.end.column, kind: .covered))
            }
        }
        result.sort { $0.start < $1.start }
        for (range, name) in validations where range.start.row <= r && range.end.row >= r {
            // Fill the columns of the range that no merge piece holds; name the merge origins.
            var free: [Piece] = []
            var c = range.start.column
            for i in result.indices where result[i].end >= range.start.column && result[i].start <= range.end.column {
                if result[i].start > c { free.append(Piece(start: c, end: result[i].start - 1, kind: .plain, validation: name)) }
                if case .origin = result[i].kind, result[i].validation == nil { result[i].validation = name }
                c = max(c, result[i].end + 1)
            }
            if c <= range.end.column { free.append(Piece(start: c, end: range.end.column, kind: .plain, validation: name)) }
            if !free.isEmpty {
                result.append(contentsOf: free)
                result.sort { $0.start < $1.start }
            }
        }
        return result
    }

    /// Empty cells from `a` to `b`, shaped by the pieces.
    private func emitEmpty(from a: Int, to b: Int, pieces: [Piece], p: inout Int) {
        var c = a
        while c <= b {
            while p < pieces.count, pieces[p].end < c { p += 1 }
            if p < pieces.count, pieces[p].start <= c {
                let piece = pieces[p]
                let n = min(b, piece.end) - c + 1
                switch piece.kind {
                case .covered:
                    out.raw("<table:covered-table-cell")
                    if n > 1 { out.raw(" table:number-columns-repeated=\"\(n)\"") }
                    out.raw("/>")
                case .origin(let cols, let rows):
                    out.raw("<table:table-cell")
                    validationAttribute(piece.validation)
                    spans(cols, rows)
                    out.raw("/>")
                case .plain:
                    out.raw("<table:table-cell")
                    validationAttribute(piece.validation)
                    if n > 1 { out.raw(" table:number-columns-repeated=\"\(n)\"") }
                    out.raw("/>")
                }
                c += n
            } else {
                let next = p < pieces.count ? pieces[p].start : b + 1
                let n = min(b + 1, next) - c
                out.raw("<table:table-cell")
                if n > 1 { out.raw(" table:number-columns-repeated=\"\(n)\"") }
                out.raw("/>")
                c += n
            }
        }
    }

    private func validationAttribute(_ name: String?) {
        guard let name else { return }
        out.raw(" table:content-validation-name=\"")
        out.raw(name)
        out.raw("\"")
    }

    private func spans(_ cols: Int, _ rows: Int) {
        out.raw(" table:number-columns-spanned=\"")
        out.int(cols)
        out.raw("\" table:number-rows-spanned=\"")
        out.int(rows)
        out.raw("\"")
    }

    private func emitCell(_ cell: Cell, row: Int, piece: Piece?) throws {
        var covered = false
        if let piece, case .covered = piece.kind { covered = true }
        out.raw(covered ? "<table:covered-table-cell" : "<table:table-cell")
        let format = effectiveFormat(cell)
        let entry = styles.cell(style: cell.style, format: format)
        if let entry {
            out.raw(" table:style-name=\"")
            out.raw(entry.name)
            out.raw("\"")
        }
        if let piece, !covered {
            validationAttribute(piece.validation)
            if case .origin(let cols, let rows) = piece.kind { spans(cols, rows) }
        }
        if let f = cell.formula, let of = FormulaTranslator.openFormula(f) {
            out.raw(" table:formula=\"")
            out.attribute(of)
            out.raw("\"")
        }
        let link = links.isEmpty ? nil : links[CellReference(row: row, column: cell.column)]
        let extra = extras.isEmpty ? nil : extras[CellReference(row: row, column: cell.column)]
        let close = covered ? "</table:covered-table-cell>" : "</table:table-cell>"
        func paragraphs(_ s: String, link: String?) {
            if let extra { out.raw(extra) }
            out.paragraphs(s, link: link)
        }
        switch cell.value {
        case .empty:
            if let extra {
                out.raw(">")
                out.raw(extra)
                if let link {
                    out.raw("<text:p><text:a xlink:type=\"simple\" xlink:href=\"")
                    out.attribute(link)
                    out.raw("\"/></text:p>")
                }
                out.raw(close)
            } else if let link {
                out.raw("><text:p><text:a xlink:type=\"simple\" xlink:href=\"")
                out.attribute(link)
                out.raw("\"/></text:p>")
                out.raw(close)
            } else {
                out.raw("/>")
            }
            return
        case .text(let s):
            out.raw(" office:value-type=\"string\">")
            paragraphs(s, link: link)
        case .number(let n):
            guard n.isFinite else {
                out.raw(" office:value-type=\"string\">")
                paragraphs(n.isNaN ? "#NUM!" : "#NUM!", link: link)
                break
            }
            let kind = entry?.kind ?? .general
            let text = NumberText.shortest(n)
            if kind == .percent {
                out.raw(" office:value-type=\"percentage\" office:value=\"")
            } else if kind == .currency {
                out.raw(" office:value-type=\"currency\"")
                if format?.code.contains("€") == true { out.raw(" office:currency=\"EUR\"") }
                out.raw(" office:value=\"")
            } else {
                out.raw(" office:value-type=\"float\" office:value=\"")
            }
            out.raw(text)
            out.raw("\">")
            paragraphs(entry.map { $0.formatter.number(n) } ?? text, link: link)
        case .boolean(let b):
            out.raw(b ? " office:value-type=\"boolean\" office:boolean-value=\"true\">" : " office:value-type=\"boolean\" office:boolean-value=\"false\">")
            paragraphs(b ? "TRUE" : "FALSE", link: link)
        case .date(let d):
            out.raw(" office:value-type=\"date\" office:date-value=\"")
            out.raw(d.iso)
            out.raw("\">")
            paragraphs(entry?.formatter.temporal(date: d, seconds: 0) ?? d.iso, link: link)
        case .dateTime(let dt):
            out.raw(" office:value-type=\"date\" office:date-value=\"")
            out.raw(dt.iso)
            out.raw("\">")
            paragraphs(entry?.formatter.temporal(date: dt.date, seconds: dt.time.seconds) ?? dt.iso, link: link)
        case .time(let t):
            out.raw(" office:value-type=\"time\" office:time-value=\"")
            out.raw(ISODuration.format(seconds: t.seconds))
            out.raw("\">")
            paragraphs(entry?.formatter.temporal(date: nil, seconds: t.seconds) ?? t.iso, link: link)
        case .duration(let s):
            out.raw(" office:value-type=\"time\" office:time-value=\"")
            out.raw(ISODuration.format(seconds: s))
            out.raw("\">")
            paragraphs(entry?.formatter.temporal(date: nil, seconds: s) ?? cell.value.plainText, link: link)
        case .error(let e):
            // As LibreOffice writes an error: the error literal as formula (unless the cell has
            // one), an empty string value and `calcext:value-type="error"`.
            if cell.formula == nil {
                out.raw(" table:formula=\"of:=")
                out.attribute(e)
                out.raw("\"")
            }
            out.raw(" office:value-type=\"string\" office:string-value=\"\" calcext:value-type=\"error\">")
            paragraphs(e, link: link)
        }
        out.raw(close)
    }

    private func effectiveFormat(_ cell: Cell) -> NumberFormat? {
        if let f = cell.format { return f }
        switch cell.value {
        case .date: return .isoDate
        case .dateTime: return .dateTime
        case .time: return .time
        case .duration: return .duration
        default: return nil
        }
    }
}
