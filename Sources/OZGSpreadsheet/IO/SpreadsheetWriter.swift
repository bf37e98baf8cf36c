/// A file being written: sheets one after the other, rows in ascending order.
///
/// Writers write to the path given at creation only when ``close()`` succeeds (through
/// ``AtomicOutput``): a failed or interrupted write never leaves a half-written file.
public protocol SpreadsheetWriter: AnyObject {
    /// Starts a new sheet. The layout comes first because formats store merges and widths
    /// before (ODS) or beside (XLSX constant-memory mode) the cells.
    func beginSheet(_ info: SheetInfo, layout: SheetLayout) throws
    /// Writes one row of the current sheet; indexes must increase.
    func write(_ row: Row) throws
    /// Finishes the file and moves it into place.
    func close() throws
    /// Finishes the file and hands it to `batch`, which moves it into place with its other files
    /// (``AtomicBatch/commit()``); `nil` is ``close()``. Writers that cannot hand over their file
    /// move it into place at once.
    func close(committingInto batch: AtomicBatch?) throws
    /// Gives up: removes everything written so far. Safe to call after a failed `close()`.
    func discard()
    /// Takes a workbook's document properties when the writer was created without any
    /// (``WriteOptions/properties``); call before ``close()``. Writers that keep no properties
    /// ignore it.
    func adoptProperties(_ properties: DocumentProperties) throws
}

extension SpreadsheetWriter {
    public func adoptProperties(_ properties: DocumentProperties) throws {}

    public func close(committingInto batch: AtomicBatch?) throws { try close() }

    /// Writes a sheet held in memory.
    public func write(_ sheet: Sheet) throws {
        try beginSheet(sheet.info, layout: sheet.layout)
        for row in sheet.rows { try write(row) }
    }

    /// Writes a workbook held in memory (with its document properties, unless the writer was
    /// given its own) and closes the writer (into `batch`: see ``close(committingInto:)``).
    public func write(_ workbook: Workbook, committingInto batch: AtomicBatch? = nil) throws {
        do {
            if workbook.properties != DocumentProperties() { try adoptProperties(workbook.properties) }
            for sheet in workbook.sheets { try write(sheet) }
            try close(committingInto: batch)
        } catch {
            discard()
            throw error
        }
    }
}

/// Options every writer understands.
public struct WriteOptions: Sendable {
    /// Stream rows to disk instead of keeping the sheet in memory (XLSX: libxlsxwriter's
    /// constant-memory mode, inline strings). Rows must then come in order.
    public var constantMemory: Bool
    public var properties: DocumentProperties

    public init(constantMemory: Bool = false, properties: DocumentProperties = DocumentProperties()) {
        self.constantMemory = constantMemory
        self.properties = properties
    }
}
