import Foundation
@_exported import OZGCSV
import OZGODS
import OZGSpreadsheet
import OZGXLSX

/// Opens and creates spreadsheet files of every supported format.
///
/// Reading tells the format from the content (``SpreadsheetFormat/detect(path:)``); writing
/// from the extension of the output path.
public enum SpreadsheetFile {
    /// Opens a file for streaming reads.
    ///
    /// - Parameters:
    ///   - path: The file; its content decides the format.
    ///   - limits: Limits against hostile files.
    ///   - csv: How CSV files are read (values stay text by default; see ``CSVReadOptions``).
    public static func open(_ path: String, limits: ReadLimits = .default, csv: CSVReadOptions = .default) throws
        -> any SpreadsheetReader
    {
        switch try SpreadsheetFormat.detect(path: path) {
        case .xlsx: return try XLSXReader(path: path, limits: limits)
        case .ods: return try ODSReader(path: path, limits: limits)
        case .csv: return try CSVReader(path: path, limits: limits, options: csv)
        }
    }

    /// Creates a writer for `path`, the format taken from its extension.
    ///
    /// - Parameters:
    ///   - path: The output file. It is written atomically when the writer is closed.
    ///   - options: Writer options (constant memory, document properties).
    ///   - inputs: Files that must never be overwritten (the inputs of a conversion).
    ///   - csv: How CSV files are written (default: for German Excel, `;` and a BOM).
    public static func create(
        _ path: String, options: WriteOptions = WriteOptions(), csv: CSVWriteOptions = .excel, inputs: [String] = []
    ) throws -> any SpreadsheetWriter {
        let ext = (path as NSString).pathExtension
        guard let format = SpreadsheetFormat(pathExtension: ext) else {
            throw SpreadsheetError.unsupportedFormat(
                path: path, reason: "unknown extension \".\(ext)\"; use .xlsx, .ods or .csv")
        }
        try refuseInputs(path, inputs)
        switch format {
        case .xlsx: return try XLSXWriter(path: path, options: options)
        case .ods: return try ODSWriter(path: path, options: options)
        case .csv: return try CSVWriter(path: path, options: options, csv: csv)
        }
    }

    /// Writes a workbook held in memory to `path` (format by extension), atomically.
    ///
    /// - Parameter inputs: Files that must never be overwritten (``SpreadsheetError/outputIsInput(path:)``).
    public static func write(
        _ workbook: Workbook, to path: String, options: WriteOptions = WriteOptions(), inputs: [String] = []
    ) throws {
        var options = options
        if options.properties == DocumentProperties() { options.properties = workbook.properties }
        let writer = try create(path, options: options, inputs: inputs)
        try writer.write(workbook)
    }

    /// Reads a whole file into memory (for small files: working sheets, catalogues).
    public static func read(_ path: String, limits: ReadLimits = .default) throws -> Workbook {
        try open(path, limits: limits).readWorkbook()
    }

    static func refuseInputs(_ output: String, _ inputs: [String]) throws {
        let out = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == out {
            throw SpreadsheetError.outputIsInput(path: output)
        }
    }
}
