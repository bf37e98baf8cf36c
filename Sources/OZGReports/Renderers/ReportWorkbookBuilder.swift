import Foundation
import OZGSpreadsheet

/// Turns a ``ReportDocument`` into a styled OZGSpreadsheet ``Workbook``.
///
/// Each report sheet becomes a workbook sheet: the title in row 1, the byline (subtitle, Stand,
/// „Beispieldaten“) in row 2, then each table as a title row, a header row and its rows, one
/// blank row between tables, and the notes at the end. The first table's header stays in view
/// (frozen pane), carries the auto-filter and repeats on every printed page. Every sheet prints
/// on A4 (``PrintSetup/a4(title:stand:landscape:repeatRows:)``: landscape unless the sheet is
/// narrow, one page wide, title and Stand in the page header, page numbers in the footer).
/// Header cells wrap between words: a column is at least as wide as the longest word of its
/// header. Verdicts get fixed fills plus conditional formats, heat maps a colour scale, charts
/// are placed below the tables and notes (beside the table they would shrink the printed page).
/// A table with input columns (``ReportColumn/input``) makes a protected sheet as the working
/// sheets are: its data cells in input columns are unlocked, drop-downs warn rather than refuse
/// (``ListValidation/warning(_:values:title:accepted:)``), and sorting, filtering, resizing and
/// own columns right of the table stay possible (``SheetProtection/workingSheet(editableColumnsFrom:)``).
public enum ReportWorkbookBuilder {
    /// Where each table landed on its sheet (zero-based rows), for charts and tests.
    public struct TablePlacement: Hashable, Sendable {
        public var sheet: String
        public var titleRow: Int
        public var headerRow: Int
        /// The sheet row of each table row, in order.
        public var rowIndexes: [Int]
    }

    public static func workbook(for document: ReportDocument) -> Workbook {
        build(document).workbook
    }

    /// The workbook and where each table of each sheet was placed.
    public static func build(_ document: ReportDocument) -> (workbook: Workbook, placements: [[TablePlacement]]) {
        let names = sheetNames(document.sheets.map(\.name))
        var sheets: [Sheet] = []
        var placements: [[TablePlacement]] = []
        for (i, rs) in document.sheets.enumerated() {
            let (sheet, placed) = buildSheet(rs, name: names[i], document: document)
            sheets.append(sheet)
            placements.append(placed)
        }
        if sheets.isEmpty {
            sheets.append(Sheet(name: "Bericht", rows: [Row(index: 0, cells: [Cell(column: 0, value: .text(document.title), style: titleStyle)])]))
        }
        let props = DocumentProperties(
            title: document.title, subject: document.byline.isEmpty ? nil : document.byline,
            author: document.author, company: document.company,
            keywords: document.isSampleData ? ReportDocument.sampleDataLabel : nil, application: "OZGKit")
        return (Workbook(sheets: sheets, properties: props), placements)
    }

    static let titleStyle = CellStyle(bold: true, fontColor: ReportPalette.headerFill)
    static let bylineStyle = CellStyle(italic: true)
    static let sampleStyle = CellStyle(bold: true, fontColor: RGBColor(0x9C0006), fillColor: RGBColor(0xFFF2CC))
    static let tableTitleStyle = CellStyle(bold: true)
    static let headerStyle = CellStyle(
        bold: true, fontColor: RGBColor(0xFFFFFF), fillColor: ReportPalette.headerFill, wrapText: true,
        vertical: .center, border: true)
    static let noteStyle = CellStyle(italic: true, fontColor: RGBColor(0x595959))

    static func buildSheet(_ rs: ReportSheet, name: String, document: ReportDocument) -> (Sheet, [TablePlacement]) {
        var rows: [Row] = []
        var layout = SheetLayout()
        var r = 0
        rows.append(Row(index: r, cells: [Cell(column: 0, value: .text(document.title), style: titleStyle)], height: 22))
        r += 1
        if !document.byline.isEmpty {
            var cells = [Cell(column: 0, value: .text(document.byline), style: bylineStyle)]
            if document.isSampleData { cells[0].style = sampleStyle }
            var height: Double?
            // On a narrow sheet the byline wraps inside the table's width instead of running
            // past it (and onto a page of its own).
            if let first = rs.tables.first, first.columns.count > 1 {
                let width = first.columns.enumerated().reduce(0.0) { $0 + ($1.element.width ?? defaultWidth($1.element, table: first, column: $1.offset)) }
                if PrintSetup.fitsPortrait(columnWidths: [0: width]), Double(document.byline.count) > width {
                    cells[0].style?.wrapText = true
                    // Not bold: a bold wrapping row reads (and is tested) as a table header.
                    cells[0].style?.bold = false
                    cells[0].style?.vertical = .top
                    layout.merges.append(CellRange(rows: r...r, columns: 0...(first.columns.count - 1)))
                    height = 15 * (Double(document.byline.count) / (width * 1.1)).rounded(.up) + 3
                }
            }
            rows.append(Row(index: r, cells: cells, height: height))
            r += 1
        }
        r += 1
        var placed: [TablePlacement] = []
        for (ti, table) in rs.tables.enumerated() {
            if ti > 0 { r += 1 }
            let titleRow = r
            rows.append(Row(index: r, cells: [Cell(column: 0, value: .text(table.title), style: tableTitleStyle)]))
            r += 1
            let headerRow = r
            rows.append(Row(
                index: r, cells: table.columns.enumerated().map { Cell(column: $0.offset, value: .text($0.element.name), style: headerStyle) },
                height: headerHeight(table)))
            r += 1
            var indexes: [Int] = []
            let bounds = table.heatMapBounds
            let inputColumns = Set(table.columns.indices.filter { table.columns[$0].input != nil })
            let columns = ColumnFlags(table)
            for row in table.rows {
                rows.append(Row(
                    index: r,
                    cells: cells(of: row, table: table, columns: columns, bounds: bounds),
                    height: paragraphHeight(row, table: table)))
                indexes.append(r)
                r += 1
            }
            let last = indexes.last ?? headerRow
            for (c, col) in table.columns.enumerated() {
                let w = columnWidth(col, table: table, column: c)
                layout.columnWidths[c] = max(layout.columnWidths[c] ?? 0, w)
            }
            if ti == 0 {
                if table.isFilterable { layout.frozen = FrozenPane(rows: headerRow + 1, columns: table.frozenColumns) }
                if !table.columns.isEmpty, table.isFilterable {
                    layout.autoFilter = CellRange(rows: headerRow...last, columns: 0...(table.columns.count - 1))
                }
                layout.print = PrintSetup(repeatRows: headerRow...headerRow)
            }
            layout.conditionalFormats += conditionalFormats(table, indexes: indexes)
            if !inputColumns.isEmpty, let first = indexes.first, let lastRow = indexes.last {
                for c in inputColumns.sorted() {
                    guard let input = table.columns[c].input, !input.values.isEmpty else { continue }
                    layout.validations.append(ListValidation.warning(
                        CellRange(rows: first...lastRow, columns: c...c), values: input.values,
                        title: String(table.columns[c].name.prefix(32)), accepted: input.accepted))
                }
                layout.protection = .workingSheet(editableColumnsFrom: table.columns.count)
            }
            placed.append(TablePlacement(sheet: name, titleRow: titleRow, headerRow: headerRow, rowIndexes: indexes))
        }
        if !rs.notes.isEmpty {
            r += 1
            for note in rs.notes {
                rows.append(Row(index: r, cells: [Cell(column: 0, value: .text(note), style: noteStyle)]))
                r += 1
            }
        }
        var chartTop = r + 1
        var chartBreaks: [Int] = []
        for chart in rs.charts {
            guard chart.table >= 0, chart.table < placed.count else { continue }
            let table = rs.tables[chart.table], p = placed[chart.table]
            guard let run = dataRun(table, p) else { continue }
            let kind: ChartSpec.Kind
            switch chart.kind {
            case .bar: kind = .bar
            case .column: kind = .column
            case .stackedBar: kind = .stackedBar
            case .line: kind = .line
            }
            let categories = CellRange(rows: run, columns: chart.categoryColumn...chart.categoryColumn)
            let series = chart.valueColumns.enumerated().compactMap { (i, c) -> ChartSeries? in
                guard c < table.columns.count else { return nil }
                return ChartSeries(
                    name: table.columns[c].name, sheet: name, categories: categories,
                    values: CellRange(rows: run, columns: c...c), color: ReportPalette.series[i % ReportPalette.series.count],
                    nameCell: CellReference(row: p.headerRow, column: c))
            }
            // At most one landscape page high: each chart starts a printed page of its own.
            let height = max(320, min(600, (run.count) * (chart.kind == .line ? 0 : 22) + 140))
            let anchor = CellReference(row: chartTop, column: 0)
            chartBreaks.append(chartTop)
            layout.charts.append(ChartSpec(kind: kind, title: chart.title, anchor: anchor, width: 720, height: height, series: series))
            chartTop += height / 20 + 2
        }
        var widths = layout.columnWidths
        for c in layout.hiddenColumns { widths[c] = nil }
        let stand = document.stand.map(ReportValue.germanDate)
        layout.print = .a4(
            title: document.isSampleData ? document.title + " (" + ReportDocument.sampleDataLabel + ")" : document.title,
            stand: stand, landscape: !PrintSetup.fitsPortrait(columnWidths: widths), repeatRows: layout.print?.repeatRows)
        layout.print?.rowBreaks = chartBreaks
        // Wide sheets (the roadmap's quarters) print several pages wide, the first table's key
        // columns repeated at the left of each page.
        let pages = PrintSetup.pagesWide(columnWidths: widths)
        if pages > 1 {
            layout.print?.fitToWidth = pages
            layout.print?.repeatColumns = 0...max(0, (rs.tables.first?.frozenColumns ?? 1) - 1)
        }
        return (Sheet(name: name, rows: rows, layout: layout), placed)
    }

    /// The sheet rows of the longest run of data rows starting at the first data row.
    static func dataRun(_ table: ReportTable, _ p: TablePlacement) -> ClosedRange<Int>? {
        guard let first = table.rows.firstIndex(where: { $0.role == .data }) else { return nil }
        var last = first
        while last + 1 < table.rows.count, table.rows[last + 1].role == .data { last += 1 }
        return p.rowIndexes[first]...p.rowIndexes[last]
    }

    /// The height of a row whose paragraph cells wrap: about 15 points per line of text, `nil`
    /// (the default height) for rows without such cells.
    static func paragraphHeight(_ row: ReportRow, table: ReportTable) -> Double? {
        var lines = 1
        for (c, col) in table.columns.enumerated() where col.kind == .paragraph {
            // About 1.15 characters of running text fit per unit of column width.
            let width = max(8, Int((col.width ?? 40) * 1.15) - 2)
            lines = max(lines, wrappedLines(row[c].displayText, width: width))
        }
        return lines > 1 ? Double(lines) * 15 + 3 : nil
    }

    /// The lines `text` takes at `width` characters a line: each of its lines (split at "\n")
    /// takes at least one. Characters are counted as `String.count` counts them; text whose
    /// characters are single scalars anyway (below U+0300, and U+2010–U+20CF: dashes, quotes,
    /// currency signs) is counted by its bytes, without walking grapheme clusters.
    static func wrappedLines(_ text: String, width: Int) -> Int {
        var lines = 0
        var count = 0
        var simple = true
        var utf8 = text.utf8.makeIterator()
        while let b = utf8.next() {
            if b < 0x80 {
                if b == 0x0A {
                    lines += max(1, (count + width - 1) / width)
                    count = 0
                    continue
                }
                if b == 0x0D { simple = false; break }  // CR LF is one character
                count += 1
            } else if b >= 0xC2 && b <= 0xCB {
                count += 1
            } else if b == 0xE2 {
                // U+2010–U+20CF: E2 80 90 … E2 83 8F.
                let b1 = utf8.next() ?? 0, b2 = utf8.next() ?? 0
                let scalar = 0x2000 | Int(b1 & 0x3F) << 6 | Int(b2 & 0x3F)
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, scalar >= 0x2010, scalar <= 0x20CF else { simple = false; break }
                count += 1
            } else if b & 0xC0 != 0x80 {
                simple = false
                break
            }
        }
        if simple { return lines + max(1, (count + width - 1) / width) }
        lines = 0
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += max(1, (part.count + width - 1) / width)
        }
        return lines
    }

    /// The header row's height: enough for the most lines a header wraps into.
    static func headerHeight(_ table: ReportTable) -> Double? {
        var most = 1
        for (c, col) in table.columns.enumerated() {
            let width = columnWidth(col, table: table, column: c)
            most = max(most, HeaderWrap.lines(col.name, width: width))
        }
        return most > 1 ? min(75, 15 * Double(most) + 3) : nil
    }

    /// A column's width: the report's own or one that fits the content; never narrower than
    /// the longest word of the header.
    static func columnWidth(_ col: ReportColumn, table: ReportTable, column: Int) -> Double {
        guard let w = col.width else { return defaultWidth(col, table: table, column: column) }
        return max(w, HeaderWrap.minimumWidth(col.name))
    }

    static func defaultWidth(_ col: ReportColumn, table: ReportTable, column: Int) -> Double {
        var w = max(Double(min(col.name.count, 24)) + 2, HeaderWrap.minimumWidth(col.name))
        for row in table.rows.prefix(200) where row.role == .data {
            w = max(w, Double(min(row[column].displayText.count, 60)) + 2)
        }
        return w
    }

    /// What the cells of a table's columns need to know, by column index, looked up once per
    /// table instead of in sets for every cell.
    struct ColumnFlags {
        var heat: [Bool]
        var input: [Bool]
        /// Whether any column wraps its text (rows with such cells start every cell at the top).
        var wraps: Bool

        init(_ table: ReportTable) {
            heat = Array(repeating: false, count: table.columns.count)
            for c in table.heatMapColumnIndexes where c >= 0 && c < heat.count { heat[c] = true }
            input = table.columns.map { $0.input != nil }
            wraps = table.columns.contains { $0.kind == .paragraph }
        }

        func isHeat(_ c: Int) -> Bool { c < heat.count && heat[c] }
        func isInput(_ c: Int) -> Bool { c < input.count && input[c] }
    }

    static func cells(of row: ReportRow, table: ReportTable, columns: ColumnFlags, bounds: (low: Double, high: Double)?) -> [Cell] {
        var out: [Cell] = []
        let rowFill: RGBColor?
        switch row.role {
        case .data: rowFill = nil
        case .group: rowFill = ReportPalette.groupFill
        case .subgroup: rowFill = ReportPalette.subgroupFill
        case .total: rowFill = ReportPalette.totalFill
        }
        let width = row.role == .data ? row.cells.count : table.columns.count
        // Rows with wrapping text are taller: every cell then starts at the top.
        let wraps = columns.wraps
        out.reserveCapacity(width)
        for c in 0..<width {
            let value = row[c]
            let kind = c < table.columns.count ? table.columns[c].kind : .text
            var style = CellStyle(
                bold: row.role != .data && row.role != .subgroup, italic: row.role == .subgroup, fillColor: rowFill,
                vertical: wraps ? .top : nil)
            var format: NumberFormat?
            let cv: CellValue
            switch value {
            case .text(let s):
                cv = .text(s)
                if kind == .paragraph {
                    style.wrapText = true
                    style.vertical = .top
                }
            case .integer(let n):
                cv = .number(Double(n))
                format = .integer
            case .number(let d):
                cv = .number(d)
                format = NumberFormat("0.##")
            case .percent(let p):
                cv = .number(p)
                format = .percent
            case .date(let d):
                cv = .date(d)
                format = .germanDate
            case .verdict(let s):
                // A timeline cell shows its category's colour only: text would spill out of the bar.
                cv = kind == .timeline ? .empty : .text(s)
                if let fill = ReportPalette.fill(for: s) { style.fillColor = fill }
                style.fontColor = kind == .timeline ? style.fillColor : ReportPalette.font(for: s)
                // Timeline text never spills out of its bar: repeated inside the cell, in the bar's colour.
                style.horizontal = kind == .timeline ? .fill : .center
            case .empty: cv = .empty
            }
            if row.role == .data, columns.isHeat(c), let v = value.numericValue, let bounds {
                let t = bounds.high > bounds.low ? (v - bounds.low) / (bounds.high - bounds.low) : 0
                style.fillColor = ReportPalette.interpolate(ReportPalette.heatLow, ReportPalette.heatHigh, t)
            }
            if kind == .verdict || kind == .timeline || value != .empty || row.role != .data { style.border = true }
            if row.role == .data, columns.isInput(c) {
                style.locked = false
                style.border = true
            }
            if cv.isEmpty && style == CellStyle() { continue }
            out.append(Cell(column: c, value: cv, format: format, style: style == CellStyle() ? nil : style))
        }
        return out
    }

    static func conditionalFormats(_ table: ReportTable, indexes: [Int]) -> [ConditionalFormat] {
        guard let first = indexes.first, let last = indexes.last else { return [] }
        var out: [ConditionalFormat] = []
        for (c, col) in table.columns.enumerated() where col.kind == .verdict {
            var seen = Set<String>()
            for row in table.rows {
                if case .verdict(let s) = row[c], seen.insert(s).inserted, let fill = ReportPalette.fill(for: s) {
                    out.append(ConditionalFormat(
                        range: CellRange(rows: first...last, columns: c...c),
                        rule: .textEquals(s, style: CellStyle(fontColor: ReportPalette.font(for: s), fillColor: fill))))
                }
            }
        }
        if table.heatMap {
            // One range per run of data rows, so group and total rows stay out of the scale.
            var runs: [ClosedRange<Int>] = []
            var start: Int?
            for (i, row) in table.rows.enumerated() {
                if row.role == .data {
                    if start == nil { start = indexes[i] }
                } else if let s = start {
                    runs.append(s...indexes[i - 1])
                    start = nil
                }
            }
            if let s = start { runs.append(s...last) }
            let cols = table.heatMapColumnIndexes
            if let lo = cols.min(), let hi = cols.max(), cols.count == hi - lo + 1 {
                for run in runs {
                    out.append(ConditionalFormat(
                        range: CellRange(rows: run, columns: lo...hi),
                        rule: .colorScale(low: ReportPalette.heatLow, high: ReportPalette.heatHigh)))
                }
            }
        }
        return out
    }

    /// Sheet names that every format accepts: no `[]:*?/\`, at most 31 characters, unique.
    public static func sheetNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { raw in
            var s = String(raw.map { "[]:*?/\\".contains($0) ? "-" : $0 })
            s = s.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
            if s.isEmpty { s = "Blatt" }
            if s.count > 31 { s = String(s.prefix(31)) }
            var candidate = s
            var n = 2
            while !used.insert(candidate.lowercased()).inserted {
                let suffix = " (\(n))"
                candidate = String(s.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            return candidate
        }
    }
}
