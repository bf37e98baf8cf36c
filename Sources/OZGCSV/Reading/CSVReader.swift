import Foundation
import OZGSpreadsheet

/// Reads a CSV file as a workbook of one sheet named after the file (without extension).
///
/// Encoding and delimiter are detected at `init` from the first 64 KiB (see the module
/// overview in `OZGCSV.swift`); rows are parsed while they are read, chunk by chunk.
public final class CSVReader: SpreadsheetReader {
    public let path: String
    public let sheets: [SheetInfo]
    public let properties = DocumentProperties()
    public let limits: ReadLimits
    public let options: CSVReadOptions
    let dialect: CSVDialect

    /// Opens a CSV file and detects its encoding and delimiter.
    /// - Parameters:
    ///   - path: The file.
    ///   - limits: Longest field (``ReadLimits/maxStringBytes``) and most cells (``ReadLimits/maxCells``).
    ///   - options: Delimiter, encoding and type inference; `nil` settings are detected.
    public init(path: String, limits: ReadLimits = .default, options: CSVReadOptions = .default) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw SpreadsheetError.fileNotFound(path: path)
        }
        if isDir.boolValue { throw SpreadsheetError.unreadable(path: path, reason: "it is a folder") }
        self.path = path
        self.limits = limits
        self.options = options
        self.dialect = try CSVDialect.detect(path: path, options: options)
        let name = (URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        sheets = [SheetInfo(name: name.isEmpty ? "Tabelle1" : name)]
    }

    /// The detected (or given) delimiter.
    public var delimiter: UInt8 { dialect.delimiter }
    /// The detected (or given) encoding.
    public var encoding: CSVReadOptions.Encoding { dialect.encoding }

    /// CSV has no layout: always ``SheetLayout/empty``.
    public func layout(ofSheet index: Int) throws -> SheetLayout {
        try check(index)
        return .empty
    }

    /// A stream over the records; a record's index is its position in the file (a quoted line
    /// break does not start a new record; the `sep=` line does not count), blank records are left out.
    public func rows(ofSheet index: Int) throws -> any RowStream {
        try check(index)
        let source = try CSVByteSource(path: path, encoding: dialect.encoding, skip: dialect.bomLength)
        return CSVRowStream(source: source, dialect: dialect, limits: limits, typed: options.typeInference, path: path)
    }

    private func check(_ index: Int) throws {
        guard index == 0 else {
            throw SpreadsheetError.sheetNotFound(file: path, sheet: String(index + 1), available: sheets.map(\.name))
        }
    }
}
