/// Facts about a whole document.
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    public var keywords: String?
    public var comments: String?
    /// The program that wrote the file (`Microsoft Excel`, `LibreOffice/7.4…`, `openpyxl`).
    public var application: String?
    public var created: LocalDateTime?
    public var modified: LocalDateTime?
    /// How numbers in date formats map to dates (XLSX only; other formats store dates as dates).
    public var dateSystem: DateSystem

    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
        keywords: String? = nil, comments: String? = nil, application: String? = nil,
        created: LocalDateTime? = nil, modified: LocalDateTime? = nil, dateSystem: DateSystem = .excel1900
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.keywords = keywords
        self.comments = comments
        self.application = application
        self.created = created
        self.modified = modified
        self.dateSystem = dateSystem
    }
}

/// A sheet held in memory: for small sheets (working sheets, reports) where streaming buys nothing.
public struct Sheet: Hashable, Sendable {
    public var info: SheetInfo
    public var rows: [Row]
    public var layout: SheetLayout

    public init(info: SheetInfo, rows: [Row] = [], layout: SheetLayout = .empty) {
        self.info = info
        self.rows = rows
        self.layout = layout
    }

    public init(name: String, rows: [Row] = [], layout: SheetLayout = .empty) {
        self.init(info: SheetInfo(name: name), rows: rows, layout: layout)
    }

    public var name: String { info.name }

    /// The value at a zero-based row and column, `.empty` outside the data.
    public func value(row: Int, column: Int) -> CellValue {
        // Rows are sorted by index; binary search.
        var lo = 0, hi = rows.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if rows[mid].index == row { return rows[mid].value(at: column) }
            if rows[mid].index < row { lo = mid + 1 } else { hi = mid - 1 }
        }
        return .empty
    }

    public func value(at ref: CellReference) -> CellValue { value(row: ref.row, column: ref.column) }

    /// The smallest range holding every non-empty cell; `nil` for an empty sheet.
    public var usedRange: CellRange? {
        var tracker = UsedRangeTracker()
        for row in rows { tracker.add(row) }
        return tracker.range
    }
}

/// A whole workbook in memory.
public struct Workbook: Hashable, Sendable {
    public var sheets: [Sheet]
    public var properties: DocumentProperties

    public init(sheets: [Sheet] = [], properties: DocumentProperties = DocumentProperties()) {
        self.sheets = sheets
        self.properties = properties
    }

    public subscript(sheetNamed name: String) -> Sheet? { sheets.first { $0.name == name } }
}

/// Accumulates the used range of a stream of rows without keeping them.
public struct UsedRangeTracker: Sendable {
    public private(set) var minRow = Int.max, maxRow = -1, minColumn = Int.max, maxColumn = -1
    public private(set) var cellCount = 0

    public init() {}

    public mutating func add(_ row: Row) {
        for cell in row.cells where !cell.value.isEmpty || cell.formula != nil {
            cellCount += 1
            if cell.column < minColumn { minColumn = cell.column }
            if cell.column > maxColumn { maxColumn = cell.column }
            if row.index < minRow { minRow = row.index }
            if row.index > maxRow { maxRow = row.index }
        }
    }

    public var range: CellRange? {
        guard maxRow >= 0 else { return nil }
        return CellRange(rows: minRow...maxRow, columns: minColumn...maxColumn)
    }
}
