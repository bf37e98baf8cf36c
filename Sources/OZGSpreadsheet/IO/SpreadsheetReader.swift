/// A file opened for reading: its sheets, properties, and a row stream per sheet.
///
/// Reading is streaming: ``rows(ofSheet:)`` hands out one ``Row`` at a time and never holds the
/// sheet as a document tree. Readers are not thread-safe; open one reader per thread.
public protocol SpreadsheetReader: AnyObject {
    /// The path the reader was opened on, for messages.
    var path: String { get }
    /// Every sheet in workbook order, hidden ones included.
    var sheets: [SheetInfo] { get }
    var properties: DocumentProperties { get }
    /// The merges, widths, panes, filters and validations of a sheet.
    ///
    /// Formats that store parts of the layout after the cells (XLSX) read the sheet part once
    /// more, skipping the cells; call this only when the layout is needed.
    func layout(ofSheet index: Int) throws -> SheetLayout
    /// A fresh stream over the rows of a sheet, in row order, blank rows left out.
    func rows(ofSheet index: Int) throws -> any RowStream
}

/// Rows of one sheet, one at a time.
public protocol RowStream: AnyObject {
    /// The next non-blank row in ascending index order, `nil` at the end.
    func next() throws -> Row?
}

extension SpreadsheetReader {
    /// The index of a sheet given by name or by a one-based number (`"2"`).
    public func sheetIndex(named nameOrNumber: String) throws -> Int {
        if let i = sheets.firstIndex(where: { $0.name == nameOrNumber }) { return i }
        if let i = sheets.firstIndex(where: { $0.name.lowercased() == nameOrNumber.lowercased() }) { return i }
        if let n = Int(nameOrNumber), n >= 1, n <= sheets.count { return n - 1 }
        throw SpreadsheetError.sheetNotFound(file: path, sheet: nameOrNumber, available: sheets.map(\.name))
    }

    /// Reads a whole sheet into memory.
    public func readSheet(_ index: Int) throws -> Sheet { try readSheet(index, includingLayout: true) }

    /// Reads one sheet; without its layout (merges, widths, validations, print set-up) when the
    /// caller needs only the cells, which spares reading the sheet's parts a second time.
    public func readSheet(_ index: Int, includingLayout: Bool) throws -> Sheet {
        let stream = try rows(ofSheet: index)
        var rows: [Row] = []
        while let row = try stream.next() { rows.append(row) }
        return Sheet(info: sheets[index], rows: rows, layout: includingLayout ? try layout(ofSheet: index) : .empty)
    }

    /// Reads the whole workbook into memory: for small files only.
    public func readWorkbook() throws -> Workbook {
        Workbook(sheets: try sheets.indices.map { try readSheet($0) }, properties: properties)
    }
}

/// A row stream over rows already in memory.
public final class ArrayRowStream: RowStream {
    private var iterator: IndexingIterator<[Row]>
    public init(_ rows: [Row]) { iterator = rows.makeIterator() }
    public func next() throws -> Row? { iterator.next() }
}

/// A reader that can leave out the cells of columns the caller does not look at, sparing the
/// work of typing them (their text is not built).
///
/// The rows are those of ``SpreadsheetReader/rows(ofSheet:)`` with only the cells of `columns`
/// (as the full stream has them: same values, formulas, formats, styles), rows without such a
/// cell left out. The file is read as far and checked as strictly as by the full stream, so
/// it fails with the same errors and limits.
public protocol ColumnSelectingReader: SpreadsheetReader {
    func rows(ofSheet index: Int, onlyColumns columns: [Int]) throws -> any RowStream
}
