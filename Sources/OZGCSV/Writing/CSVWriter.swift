import OZGBase
import Foundation
import OZGSpreadsheet

/// Writes one sheet as CSV (RFC 4180), to a file or to an open file descriptor.
///
/// Fields holding the delimiter, a quote or a line break are quoted, quotes doubled. Text that a
/// spreadsheet could run as a formula is prefixed with `'` (``FormulaInjectionGuard`` (OZGBase)) unless
/// ``CSVWriteOptions/formulaGuard`` is off. Dates are ISO (`2024-03-15`,
/// `2024-03-15 13:45:30`, `13:45:30`), durations `H:MM:SS`, numbers in their shortest form with
/// the chosen decimal separator, formula cells as their cached value. Rows missing between two
/// written rows become empty lines, so row positions are kept.
public final class CSVWriter: SpreadsheetWriter {
    /// The destination, or `-` for a file descriptor.
    public let path: String
    public let options: CSVWriteOptions
    private let output: AtomicOutput?
    private var fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var sheetCount = 0
    private var ignoring = false
    private var lastRow = -1
    private var finished = false
    private let lineEnd: [UInt8]
    private let decimalComma: Bool

    /// Creates `path` (atomically, on ``close()``).
    /// - Parameters:
    ///   - path: The `.csv` file to create or replace.
    ///   - options: Common writer options (CSV has no document properties; constant memory is implied).
    ///   - csv: Delimiter, BOM, line ends, spellings; ``CSVWriteOptions/excel`` by default.
    public init(path: String, options: WriteOptions = WriteOptions(), csv: CSVWriteOptions = .excel) throws {
        let out = try AtomicOutput(destination: path)
        let fd = open(out.temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw SpreadsheetError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        self.path = path
        self.output = out
        self.fd = fd
        self.ownsDescriptor = true
        self.options = csv
        lineEnd = Array(csv.lineEnd.utf8)
        decimalComma = csv.decimalSeparator == ","
        start()
    }

    /// Writes to an open file descriptor such as standard output (`1`), which stays open.
    ///
    /// There is no temporary file: ``discard()`` stops writing but cannot take back what was
    /// already flushed.
    public init(fileDescriptor: Int32, csv: CSVWriteOptions = .plain) {
        self.path = "-"
        self.output = nil
        self.fd = fileDescriptor
        self.ownsDescriptor = false
        self.options = csv
        lineEnd = Array(csv.lineEnd.utf8)
        decimalComma = csv.decimalSeparator == ","
        start()
    }

    deinit {
        if ownsDescriptor && fd >= 0 { Foundation.close(fd) }
        output?.discard()
    }

    private func start() {
        buffer.reserveCapacity(1 << 16)
        if options.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// Starts the sheet; a second sheet is refused or ignored (``CSVWriteOptions/extraSheets``).
    public func beginSheet(_ info: SheetInfo, layout: SheetLayout) throws {
        try checkOpen()
        sheetCount += 1
        guard sheetCount > 1 else { return }
        switch options.extraSheets {
        case .refuse:
            throw SpreadsheetError.unsupportedFormat(
                path: path, reason: "a CSV file holds one sheet; \"\(info.name)\" would be the \(sheetCount). (choose one sheet to export)")
        case .ignore:
            ignoring = true
        }
    }

    /// Writes one row; indexes must increase.
    public func write(_ row: Row) throws {
        try checkOpen()
        if ignoring { return }
        guard sheetCount > 0 else {
            throw SpreadsheetError.writeFailed(path: path, reason: "a row was written before beginSheet")
        }
        if let bad = row.cells.first(where: { $0.column < 0 }) {
            throw SpreadsheetError.invalidValue(path: path, sheet: "-", cell: "row \(row.index + 1)", reason: "negative column \(bad.column)")
        }
        guard row.index > lastRow else {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: "-", cell: "row \(row.index + 1)",
                reason: "rows must come in ascending order (row \(lastRow + 1) was already written)")
        }
        for _ in (lastRow + 1)..<row.index { buffer.append(contentsOf: lineEnd) }
        lastRow = row.index
        var cells = row.cells
        if !zip(cells, cells.dropFirst()).allSatisfy({ $0.column < $1.column }) { cells.sort { $0.column < $1.column } }
        var delimiters = 0, next = 0
        for cell in cells where cell.column >= next {
            guard cell.column < 1 << 24 else {
                throw SpreadsheetError.invalidValue(path: path, sheet: "-", cell: "row \(row.index + 1)", reason: "column \(cell.column + 1) is out of range")
            }
            while delimiters < cell.column {
                buffer.append(options.delimiter)
                delimiters += 1
            }
            appendField(cell.value)
            next = cell.column + 1
        }
        buffer.append(contentsOf: lineEnd)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Flushes and moves the file into place (a descriptor is only flushed).
    public func close() throws { try close(committingInto: nil) }

    /// Flushes and hands the file to `batch` (``AtomicBatch``), or moves it into place when
    /// `batch` is `nil` (a descriptor is only flushed).
    public func close(committingInto batch: AtomicBatch?) throws {
        try checkOpen()
        try flush()
        finished = true
        if ownsDescriptor {
            Foundation.close(fd)
            fd = -1
            try output?.commit(into: batch)
        }
    }

    /// Stops writing and removes the temporary file.
    public func discard() {
        finished = true
        buffer.removeAll()
        if ownsDescriptor && fd >= 0 {
            Foundation.close(fd)
            fd = -1
        }
        output?.discard()
    }

    private func checkOpen() throws {
        if finished { throw SpreadsheetError.writeFailed(path: path, reason: "the writer was already closed or discarded") }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, buffer.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SpreadsheetError.writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func appendField(_ value: CellValue) {
        switch value {
        case .empty: return
        case .text(let s): appendEscaped(options.formulaGuard ? FormulaInjectionGuard.guarded(s) : s)
        case .number(let n):
            var t = NumberText.shortest(n)
            if decimalComma { t = t.replacingOccurrences(of: ".", with: ",") }
            appendEscaped(t)
        case .boolean(let b): appendEscaped(b ? options.trueText : options.falseText)
        case .date(let d): appendEscaped(d.iso)
        case .dateTime(let dt): appendEscaped(dt.date.iso + " " + dt.time.iso)
        case .time, .duration, .error: appendEscaped(value.plainText)
        }
    }

    /// Appends a field, quoted when it holds the delimiter, a quote or a line break.
    private func appendEscaped(_ s: String) {
        CSVField.append(s, delimiter: options.delimiter, to: &buffer)
    }
}
