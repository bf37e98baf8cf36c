import Foundation
import OZGSpreadsheet
import OZGXML

/// A pass over `content.xml`: automatic styles, validations, then the tables row by row.
///
/// Rows come out sparse (empty cells are never handed out) with real repeats expanded:
/// `number-columns-repeated` and `number-rows-repeated` on cells and rows that hold values are
/// copied out, counted against `ReadLimits.maxCells`; repeats of empty cells and rows
/// (LibreOffice pads sheets to 1,048,576 rows and 16,384 columns) only move the position.
/// The layout of each table (merges, widths, hidden columns, validated ranges, links) is
/// collected on the way.
final class ODSContentParser {
    enum ValueType { case none, float, percentage, currency, date, time, boolean, string }

    let x: XMLScanner
    let n: ODSNames
    let styles: ODSStyleSheet
    let path: String
    let limits: ReadLimits
    /// Inline validations by name (the range is filled in from the cells that use them).
    var validationTemplates: [String: ListValidation] = [:]
    /// Auto-filter ranges by sheet name (from `table:database-ranges`, after the tables).
    var filters: [String: CellRange] = [:]

    // Current table.
    private(set) var tableName: String?
    private(set) var tableHidden = false
    /// The current table's style (its master page gives the print set-up).
    private(set) var tableStyle: String?
    /// The first row of `table:table-header-rows`, while inside it.
    private var headerRowsStart: Int?
    /// The annotation of the cell being read: text and author.
    private var annotation: (text: String, author: String?)?
    /// Embedded objects framed in the cell being read: object path and size in pixels.
    private var frames: [(href: String, width: Int, height: Int)] = []
    /// Embedded objects framed in cells of the current table, for the layout's charts.
    private(set) var objectFrames: [(cell: CellReference, href: String, width: Int, height: Int)] = []
    private var tableDepth = 0
    var layout = SheetLayout()
    private var validationBoxes: [String: CellRange] = [:]
    private var columnDefaults: [String?] = [] {
        didSet { columnDefaultsEmpty = columnDefaults.isEmpty }
    }
    /// Whether ``columnDefaults`` is empty, read per cell without an access to the array (each
    /// cost a dynamic exclusivity check).
    private var columnDefaultsEmpty = true
    private var columnCursor = 0
    private var rowIndex = 0
    private var cellCount = 0
    private var pending: [Row] = []
    /// The next row of ``pending`` to hand out: a queue read from the front in O(1) (a row
    /// repeated 100,000 times must not cost 100,000 `removeFirst`s).
    private var pendingNext = 0

    /// The next repeated row waiting, if any.
    private func popPending() -> Row? {
        guard pendingNext < pending.count else {
            if !pending.isEmpty {
                pending.removeAll(keepingCapacity: true)
                pendingNext = 0
            }
            return nil
        }
        pendingNext += 1
        return pending[pendingNext - 1]
    }
    /// Whether cell text is needed (a layout pass only needs the cells' positions).
    var wantValues = true
    /// The cells of the previous row: the next row's array is made this large at once.
    private var lastRowWidth = 16
    /// The bytes of the paragraphs of the current cell, reused from cell to cell.
    private var paragraphBytes: [UInt8] = []

    // Style lookup cache: raw style-name bytes → resolved.
    private var cacheKeys: [[UInt8]] = []
    private var cacheValues: [ODSStyleSheet.Resolved] = []

    init(scanner: XMLScanner, names: ODSNames, styles: ODSStyleSheet, path: String, limits: ReadLimits) {
        x = scanner
        n = names
        self.styles = styles
        self.path = path
        self.limits = limits
    }

    /// Reads up to the first table; `false` when the document has none.
    func readHead() throws -> Bool {
        while true {
            let ev = try x.next()
            switch ev {
            case .endOfDocument: return false
            case .startElement(let el):
                switch el {
                case n.automaticStyles: try styles.read(x, n)
                case n.contentValidation: try readValidation()
                case n.tableEl:
                    beginTable()
                    return true
                case n.body, n.spreadsheet, n.contentValidations, n.databaseRanges: break
                case n.databaseRange: readDatabaseRange()
                default:
                    if x.depth > 2 { try x.skipElement() }
                }
            default: break
            }
        }
    }

    /// Skips to the start of the next table; `false` at the end (database ranges are read).
    func nextTable() throws -> Bool {
        if tableName != nil { try x.skipElement(); tableName = nil }
        return try advanceToTable()
    }

    private func advanceToTable() throws -> Bool {
        while true {
            let ev = try x.next()
            switch ev {
            case .endOfDocument: return false
            case .startElement(let el):
                if el == n.tableEl {
                    beginTable()
                    return true
                } else if el == n.databaseRange {
                    readDatabaseRange()
                } else if el == n.contentValidation {
                    try readValidation()
                } else if el == n.automaticStyles {
                    try styles.read(x, n)
                } else if el != n.body && el != n.spreadsheet && el != n.contentValidations && el != n.databaseRanges {
                    try x.skipElement()
                }
            default: break
            }
        }
    }

    private func beginTable() {
        tableName = x.attribute(n.name) ?? "Tabelle\(1)"
        let style = x.attribute(n.styleName)
        tableHidden = style.map { styles.hiddenTables.contains($0) } ?? false
        tableStyle = style
        headerRowsStart = nil
        objectFrames = []
        tableDepth = x.depth
        layout = SheetLayout()
        layout.isProtected = x.attribute(n.isProtected) == "true"
        validationBoxes = [:]
        columnDefaults = []
        columnCursor = 0
        rowIndex = 0
        cellCount = 0
        pending = []
        pendingNext = 0
    }

    /// Finishes the current table's layout (validation ranges).
    func finishLayout() -> SheetLayout {
        var l = layout
        for (name, box) in validationBoxes.sorted(by: { $0.key < $1.key }) {
            if var v = validationTemplates[name] {
                v.range = box
                l.validations.append(v)
            }
        }
        return l
    }

    /// Reads to the end of the current table, then on through the rest of the document (for
    /// the database ranges that follow the tables).
    func drainToEnd() throws {
        while try nextRow() != nil {}
    }

    /// The next row with values of the current table; `nil` at the table's end.
    func nextRow() throws -> Row? {
        if let row = popPending() { return row }
        guard tableName != nil else { return nil }
        while true {
            let ev = try x.next()
            switch ev {
            case .endOfDocument:
                tableName = nil
                return nil
            case .endElement(let el):
                if el == n.tableEl && x.depth == tableDepth - 1 {
                    tableName = nil
                    return nil
                }
                if el == n.tableHeaderRows, let start = headerRowsStart {
                    if rowIndex > start { layout.print = PrintSetup(repeatRows: start...(rowIndex - 1)) }
                    headerRowsStart = nil
                }
            case .startElement(let el):
                switch el {
                case n.tableRow:
                    if let row = try readRow() { return row }
                    if let row = popPending() { return row }
                case n.tableColumn:
                    readColumn()
                case n.tableHeaderRows:
                    headerRowsStart = rowIndex
                case n.tableRows, n.tableRowGroup, n.tableColumns, n.tableColumnGroup, n.tableHeaderColumns:
                    break
                default:
                    try x.skipElement()
                }
            default: break
            }
        }
    }

    private func readColumn() {
        let count = min(max(x.attributeInt(n.colsRepeated) ?? 1, 1), CellReference.maxColumns - columnCursor)
        guard count > 0 else { return }
        let style = x.attribute(n.styleName)
        let hidden = x.attribute(n.visibility).map { $0 == "collapse" || $0 == "filter" } ?? false
        let defaultStyle = x.attribute(ODSNames.defaultCellStyleName(n))
        let end = columnCursor + count
        // The run that pads the sheet to its last column is not a real width.
        let padding = end >= CellReference.maxColumns - 1 || count > 1000
        if !padding {
            for c in columnCursor..<end {
                if let s = style, let w = styles.columnWidths[s] { layout.columnWidths[c] = w }
                if hidden { layout.hiddenColumns.insert(c) }
            }
        }
        if let d = defaultStyle, d != "Default", !padding || columnDefaults.count > 0 {
            if columnDefaults.count < columnCursor { columnDefaults += Array(repeating: nil, count: columnCursor - columnDefaults.count) }
            columnDefaults += Array(repeating: d, count: min(count, 16384 - columnDefaults.count))
        } else if defaultStyle != nil && !columnDefaults.isEmpty {
            columnDefaults += Array(repeating: nil, count: min(count, 16384 - columnDefaults.count))
        }
        columnCursor = end
    }

    private func resolveStyle(attribute i: Int) -> ODSStyleSheet.Resolved {
        x.withAttributeValue(at: i) { v in
            for k in 0..<cacheKeys.count where cacheKeys[k].count == v.count {
                if cacheKeys[k].elementsEqual(v) {
                    return cacheValues[k]
                }
            }
            let name = String(decoding: v, as: UTF8.self)
            let r = styles.resolve(name)
            if cacheKeys.count >= 64 { cacheKeys.removeAll(); cacheValues.removeAll() }
            cacheKeys.append(Array(v))
            cacheValues.append(r)
            return r
        }
    }

    /// One `table:table-row` (its start event was just returned).
    private func readRow() throws -> Row? {
        let repeatRows = max(x.attributeInt(n.rowsRepeated) ?? 1, 1)
        let hidden = x.attribute(n.visibility).map { $0 == "collapse" || $0 == "filter" } ?? false
        let rowDepth = x.depth
        var cells: [Cell] = []
        cells.reserveCapacity(lastRowWidth)
        var col = 0
        let r = rowIndex
        if !x.isEmptyElement {
            while true {
                // The common cell (attributes, at most one plain paragraph) in one step.
                if let simple = x.scanSimpleElement(n.tableCell, child: n.p) {
                    col = try readCell(covered: false, column: col, row: r, repeatRows: repeatRows, into: &cells, simple: simple)
                    continue
                }
                let ev = try x.next()
                if case .endElement(let el) = ev, el == n.tableRow, x.depth == rowDepth - 1 { break }
                if case .endOfDocument = ev { break }
                guard case .startElement(let el) = ev else { continue }
                if el == n.tableCell || el == n.coveredCell {
                    col = try readCell(covered: el == n.coveredCell, column: col, row: r, repeatRows: repeatRows, into: &cells)
                } else {
                    try x.skipElement()
                }
            }
        }
        rowIndex = r + repeatRows
        guard !cells.isEmpty, r < CellReference.maxRows else { return nil }
        lastRowWidth = min(cells.count, 1024)
        let copies = min(repeatRows, CellReference.maxRows - r)
        cellCount += cells.count * copies
        if cellCount > limits.maxCells {
            throw SpreadsheetError.limitExceeded(
                path: path, part: "content.xml", limit: "cells in sheet \(tableName ?? "")", value: String(cellCount),
                maximum: String(limits.maxCells))
        }
        let row = Row(index: r, cells: cells, hidden: hidden)
        if copies > 1 {
            for k in 1..<copies { pending.append(Row(index: r + k, cells: cells, hidden: hidden)) }
        }
        return row
    }

    /// One cell; returns the next column. `simple` is the cell when the scanner read it whole
    /// (``XMLScanner/scanSimpleElement(_:child:)``): its attributes are current, its content
    /// is read.
    private func readCell(
        covered: Bool, column: Int, row: Int, repeatRows: Int, into cells: inout [Cell], simple: XMLScanner.SimpleElement? = nil
    ) throws -> Int {
        var repeatCols = 1, spanCols = 1, spanRows = 1
        var type = ValueType.none
        var number: Double?
        var dateText: String?, timeText: String?, stringValue: String?, formula: String?
        var boolean = false, isError = false
        var fastDate: LocalDateTime?
        var fastDateHadTime = false
        var resolved: ODSStyleSheet.Resolved?
        var validation: String?
        for i in 0..<x.attributeCount {
            switch x.attributeName(at: i) {
            case n.valueType:
                type = ODSContentParser.valueType(x.attributeBytes(at: i))
            case n.calcValueType: isError = ODSContentParser.bytes(x.attributeBytes(at: i), equal: "error")
            case n.value: number = NumberScanner.double(x.attributeBytes(at: i))
            case n.dateValue:
                (fastDate, fastDateHadTime) = x.withAttributeValue(at: i) { (ODSContentParser.parseDate($0), $0.count > 10) }
                if fastDate == nil { dateText = x.attributeValue(at: i) }
            case n.timeValue: timeText = x.attributeValue(at: i)
            case n.booleanValue: boolean = x.attribute(at: i, equals: "true") || x.attribute(at: i, equals: "1")
            case n.stringValue: stringValue = x.attributeValue(at: i)
            case n.formula: formula = x.attributeValue(at: i)
            case n.colsRepeated: repeatCols = max(1, x.attributeInt(at: i) ?? 1)
            case n.colsSpanned: spanCols = max(1, x.attributeInt(at: i) ?? 1)
            case n.rowsSpanned: spanRows = max(1, x.attributeInt(at: i) ?? 1)
            case n.styleName: resolved = resolveStyle(attribute: i)
            case n.validationName: validation = x.attributeValue(at: i)
            default: break
            }
        }
        let next = column + repeatCols
        if column >= CellReference.maxColumns {
            if simple == nil && !x.isEmptyElement { try x.skipElement() }
            return next
        }
        // Content: paragraphs (text and links), annotations are comments.
        var text: String?
        var link: String?
        // The layout pass reads the text too, for the links in it.
        let needText = !covered && (!wantValues || isError || ((type == .string || type == .none) && stringValue == nil))
        if let simple {
            // One plain paragraph: no link, annotation or frame.
            if needText && simple.hasChild { text = paragraphText(simple.text) }
        } else {
            annotation = nil
            frames = []
            if !x.isEmptyElement {
                if needText {
                    (text, link) = try readParagraphs()
                } else if !x.skipSimpleContent() {
                    try x.skipElement()
                }
            }
            noteContent(covered: covered, column: column, row: row)
        }
        if let v = validation, row < CellReference.maxRows {
            let lastCol = min(next, CellReference.maxColumns) - 1
            let lastRow = min(row + repeatRows, CellReference.maxRows) - 1
            let box = CellRange(rows: row...lastRow, columns: column...lastCol)
            if let old = validationBoxes[v] {
                validationBoxes[v] = CellRange(
                    rows: min(old.start.row, box.start.row)...max(old.end.row, box.end.row),
                    columns: min(old.start.column, box.start.column)...max(old.end.column, box.end.column))
            } else {
                validationBoxes[v] = box
            }
        }
        if covered { return next }
        if spanCols > 1 || spanRows > 1, row < CellReference.maxRows {
            layout.merges.append(
                CellRange(
                    rows: row...min(row + spanRows - 1, CellReference.maxRows - 1),
                    columns: column...min(column + spanCols - 1, CellReference.maxColumns - 1)))
        }
        if let link { layout.hyperlinks.append(Hyperlink(cell: CellReference(row: row, column: column), target: ODSContentParser.modelLink(link))) }
        if resolved == nil, !columnDefaultsEmpty, column < columnDefaults.count, let d = columnDefaults[column] {
            resolved = styles.resolve(d)
        }
        guard wantValues else { return next }
        if type == .float, formula == "of:=TRUE()" || formula == "of:=FALSE()" {
            // LibreOffice stores an .xlsx boolean as the formula TRUE() or FALSE().
            type = .boolean
            formula = nil
            boolean = (number ?? 0) != 0
        } else if type == .float, resolved?.isBoolean == true {
            type = .boolean
            boolean = (number ?? 0) != 0
        }
        let value = fastDate != nil && type == .date
            ? dateValue(fastDate, resolved: resolved, hadTime: fastDateHadTime)
            : makeValue(type, number: number, date: dateText, time: timeText, boolean: boolean,
                              string: isError && (stringValue ?? "").isEmpty ? text : (stringValue ?? text), isError: isError, resolved: resolved)
        var format = resolved?.format
        if format == nil {
            switch value {
            case .date: format = .isoDate
            case .dateTime: format = .dateTime
            case .time: format = .time
            case .duration: format = .duration
            case .number: format = type == .percentage ? .percent : nil
            default: break
            }
        }
        if value.isEmpty && formula == nil { return next }
        let last = min(next, CellReference.maxColumns)
        if last - column > 1 {
            // A real repeat: copies count against the cell cap before they are made.
            if cellCount + cells.count + (last - column) * repeatRows > limits.maxCells {
                throw SpreadsheetError.limitExceeded(
                    path: path, part: "content.xml", limit: "cells in sheet \(tableName ?? "")",
                    value: String(cellCount + cells.count + (last - column) * repeatRows), maximum: String(limits.maxCells))
            }
            let cell = Cell(column: column, value: value, formula: formula, format: format, style: resolved?.style)
            for c in column..<last {
                var copy = cell
                copy.column = c
                cells.append(copy)
            }
        } else {
            cells.append(Cell(column: column, value: value, formula: formula, format: format, style: resolved?.style))
        }
        return next
    }

    /// Takes the annotation and the frames read with the content of the cell at `row`, `column`
    /// into the layout.
    private func noteContent(covered: Bool, column: Int, row: Int) {
        if let a = annotation, !covered, row < CellReference.maxRows {
            layout.comments.append(CellComment(cell: CellReference(row: row, column: column), text: a.text, author: a.author))
        }
        annotation = nil
        if row < CellReference.maxRows {
            for f in frames { objectFrames.append((CellReference(row: row, column: column), f.href, f.width, f.height)) }
        }
        frames = []
    }

    private func makeValue(
        _ type: ValueType, number: Double?, date: String?, time: String?, boolean: Bool, string: String?, isError: Bool,
        resolved: ODSStyleSheet.Resolved?
    ) -> CellValue {
        if isError, let s = string, !s.isEmpty { return .error(s) }
        switch type {
        case .float, .percentage, .currency:
            if let number { return .number(number) }
            return string.map { .text($0) } ?? .empty
        case .boolean: return .boolean(boolean)
        case .date:
            guard let d = date, let v = LocalDateTime.parseISO(String(d.prefix(19))) else { return string.map { .text($0) } ?? .empty }
            if case .dateTime(let dt) = v {
                let kind = resolved?.format?.kind
                if dt.time.seconds == 0 && (kind == nil || kind == .date) {
                    // A date-time value at midnight in a date style is a date.
                    return kind == nil && d.count > 10 ? .dateTime(dt) : .date(dt.date)
                }
                if let frac = fraction(d) { return .dateTime(LocalDateTime(date: dt.date, time: TimeOfDay(seconds: dt.time.seconds.rounded(.down) + frac))) }
            }
            return v
        case .time:
            guard let t = time, let s = ISODuration.parse(Substring(t)) else { return string.map { .text($0) } ?? .empty }
            if resolved?.isDuration == true || resolved?.format?.kind == .duration || s < 0 || s >= 86_400 { return .duration(s) }
            return .time(TimeOfDay(seconds: s))
        case .string:
            return .text(string ?? "")
        case .none:
            if let s = string, !s.isEmpty { return .text(s) }
            return .empty
        }
    }

    /// The `office:value-type` of its bytes; `.none` for an unknown type.
    static func valueType(_ v: UnsafeBufferPointer<UInt8>) -> ValueType {
        func equals(_ literal: StaticString) -> Bool { bytes(v, equal: literal) }
        guard let first = v.first else { return .none }
        switch first {
        case UInt8(ascii: "f"): return equals("float") ? .float : .none
        case UInt8(ascii: "s"): return equals("string") ? .string : .none
        case UInt8(ascii: "d"): return equals("date") ? .date : .none
        case UInt8(ascii: "b"): return equals("boolean") ? .boolean : .none
        case UInt8(ascii: "p"): return equals("percentage") ? .percentage : .none
        case UInt8(ascii: "c"): return equals("currency") ? .currency : .none
        case UInt8(ascii: "t"): return equals("time") ? .time : .none
        default: return .none
        }
    }

    /// Whether attribute bytes are an ASCII literal.
    @inline(__always)
    static func bytes(_ v: UnsafeBufferPointer<UInt8>, equal literal: StaticString) -> Bool {
        guard v.count == literal.utf8CodeUnitCount, let base = v.baseAddress else { return false }
        return memcmp(base, literal.utf8Start, v.count) == 0
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` straight from the attribute bytes; `nil` for
    /// anything else (fractions, zones, signs), which takes the slower general path.
    static func parseDate(_ b: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
        guard b.count == 10 || b.count == 19 else { return nil }
        func num(_ from: Int, _ len: Int) -> Int? {
            var v = 0
            for k in from..<(from + len) {
                let c = b[k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard b[4] == 0x2D, b[7] == 0x2D, let y = num(0, 4), let m = num(5, 2), let d = num(8, 2),
            let date = CalendarDate(validYear: y, month: m, day: d)
        else { return nil }
        if b.count == 10 { return LocalDateTime(date: date, time: TimeOfDay(seconds: 0)) }
        guard b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, let h = num(11, 2), let mi = num(14, 2), let s = num(17, 2),
            h < 24, mi < 60, s < 61
        else { return nil }
        return LocalDateTime(date: date, time: TimeOfDay(hour: h, minute: mi, second: Double(s)))
    }

    /// A parsed date value: a date, or a date-time when it has a time of day or was written
    /// with one and no date style says otherwise.
    private func dateValue(_ dt: LocalDateTime?, resolved: ODSStyleSheet.Resolved?, hadTime: Bool) -> CellValue {
        guard let dt else { return .empty }
        let kind = resolved?.format?.kind
        if dt.time.seconds == 0 && (kind == .date || (kind == nil && !hadTime)) { return .date(dt.date) }
        if dt.time.seconds == 0 && kind != nil && kind != .dateTime && kind != .time { return .date(dt.date) }
        return .dateTime(dt)
    }

    private func fraction(_ d: String) -> Double? {
        guard let dot = d.lastIndex(of: "."), d.count > 19 else { return nil }
        return Double("0" + d[dot...])
    }

    /// `#Sheet.A1` (ODF) → `#Sheet!A1` (the model's spelling).
    static func modelLink(_ href: String) -> String {
        guard href.hasPrefix("#"), let dot = href.lastIndex(of: ".") else { return href }
        var sheet = String(href[href.index(after: href.startIndex)..<dot])
        if sheet.hasPrefix("$") { sheet.removeFirst() }
        return "#" + sheet + "!" + href[href.index(after: dot)...].replacingOccurrences(of: "$", with: "")
    }

    /// The paragraphs of a cell joined by "\n", and the first link's target.
    private func readParagraphs() throws -> (String?, String?) {
        let cellDepth = x.depth
        var out = paragraphBytes
        paragraphBytes = []
        out.removeAll(keepingCapacity: true)
        defer { paragraphBytes = out }
        var paragraphs = 0
        var link: String?
        while x.depth >= cellDepth {
            let ev = try x.next()
            guard case .startElement(let el) = ev else {
                if case .endOfDocument = ev { break }
                continue
            }
            if el == n.p {
                if paragraphs > 0 { out.append(0x0A) }
                paragraphs += 1
                try readParagraph(into: &out, link: &link)
            } else if el == n.annotation {
                try readAnnotation()
            } else if el == n.frame {
                try readFrame()
            } else {
                try x.skipElement()
            }
        }
        return (paragraphs == 0 ? nil : String(decoding: out, as: UTF8.self), link)
    }

    /// The text of a cell's one paragraph of plain text, read by the scanner (as
    /// ``readParagraphs()`` makes it).
    private func paragraphText(_ t: UnsafeBufferPointer<UInt8>) -> String {
        if ODSContentParser.isCollapsed(t) { return String(decoding: t, as: UTF8.self) }
        var out = paragraphBytes
        paragraphBytes = []
        out.removeAll(keepingCapacity: true)
        var lastWasSpace = true
        ODSContentParser.appendCollapsed(t, to: &out, lastWasSpace: &lastWasSpace)
        let s = String(decoding: out, as: UTF8.self)
        paragraphBytes = out
        return s
    }

    /// Whether ODF white-space rules leave the text as it is: no white space but single spaces
    /// between words.
    @inline(__always)
    static func isCollapsed(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var lastWasSpace = true
        for b in t {
            if b == 0x20 {
                if lastWasSpace { return false }
                lastWasSpace = true
            } else {
                if b == 0x09 || b == 0x0A || b == 0x0D { return false }
                lastWasSpace = false
            }
        }
        return true
    }

    /// Appends text with ODF white-space rules: runs of white space become one space, none at
    /// the start (`lastWasSpace` true).
    @inline(__always)
    static func appendCollapsed(_ t: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], lastWasSpace: inout Bool) {
        for b in t {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                if !lastWasSpace { out.append(0x20); lastWasSpace = true }
            } else {
                out.append(b)
                lastWasSpace = false
            }
        }
    }

    /// One `text:p` with ODF white-space rules: runs of white space collapse to one space and
    /// leading white space is dropped; `text:s`, `text:tab`, `text:line-break` are kept.
    private func readParagraph(into out: inout [UInt8], link: inout String?) throws {
        let pDepth = x.depth
        if x.isEmptyElement { _ = try x.next(); return }
        var lastWasSpace = true
        while x.depth >= pDepth {
            let ev = try x.next()
            switch ev {
            case .text:
                x.withText { ODSContentParser.appendCollapsed($0, to: &out, lastWasSpace: &lastWasSpace) }
            case .startElement(let el):
                switch el {
                case n.s:
                    let c = max(1, min(x.attributeInt(n.spacesCount) ?? 1, 65536))
                    out.append(contentsOf: repeatElement(0x20, count: c))
                    lastWasSpace = false
                    try x.skipElement()
                case n.tab:
                    out.append(0x09)
                    lastWasSpace = false
                    try x.skipElement()
                case n.lineBreak:
                    out.append(0x0A)
                    lastWasSpace = true
                    try x.skipElement()
                case n.a:
                    if link == nil { link = x.attribute(n.href) }
                case n.span:
                    break
                case n.annotation:
                    try x.skipElement()
                default:
                    if !el.isKnown || el == n.p { break }
                    try x.skipElement()
                }
            case .endOfDocument:
                return
            default: break
            }
        }
    }

    /// A `draw:frame` holding a `draw:object` (a chart): the object's path and the frame's size.
    private func readFrame() throws {
        func pixels(_ length: String?) -> Int {
            Int(((length.flatMap(ODSUnits.centimetres) ?? 10) * 96 / 2.54).rounded())
        }
        let width = pixels(x.attribute(n.svgWidth)), height = pixels(x.attribute(n.svgHeight))
        let depth = x.depth
        while x.depth >= depth {
            let ev = try x.next()
            if case .endOfDocument = ev { break }
            if case .startElement(let el) = ev, el == n.object, var href = x.attribute(n.href) {
                if href.hasPrefix("./") { href.removeFirst(2) }
                frames.append((href, width, height))
            }
        }
    }

    /// An `office:annotation`: its paragraphs joined by "\n" and its `dc:creator`.
    private func readAnnotation() throws {
        let depth = x.depth
        var out: [UInt8] = []
        var paragraphs = 0
        var author: String?
        var ignored: String?
        while x.depth >= depth {
            let ev = try x.next()
            guard case .startElement(let el) = ev else {
                if case .endOfDocument = ev { break }
                continue
            }
            if el == n.p {
                if paragraphs > 0 { out.append(0x0A) }
                paragraphs += 1
                try readParagraph(into: &out, link: &ignored)
            } else if el == n.creator {
                author = try x.elementText()
            } else {
                try x.skipElement()
            }
        }
        annotation = (String(decoding: out, as: UTF8.self), author)
    }

    private func readValidation() throws {
        let name = x.attribute(n.name) ?? ""
        let condition = x.attribute(n.condition) ?? ""
        let allowBlank = x.attribute(n.allowEmpty) != "false"
        var strict = true
        let d = x.depth
        while x.depth >= d {
            let ev = try x.next()
            if case .startElement = ev, x.localName == "error-message" {
                let t = x.attribute(ODSNames.messageType(n))
                strict = t == nil || t == "stop"
            }
            if case .endOfDocument = ev { break }
        }
        guard let list = ValidationCondition.list(condition) else { return }
        validationTemplates[name] = ListValidation(
            range: CellRange(rows: 0...0, columns: 0...0), values: list.values, source: list.source, allowBlank: allowBlank,
            strict: strict)
    }

    private func readDatabaseRange() {
        guard x.attribute(n.filterButtons) == "true", let target = x.attribute(n.targetRange),
            let (sheet, range) = ValidationCondition.rangeAddress(target)
        else { return }
        filters[sheet] = range
    }
}
