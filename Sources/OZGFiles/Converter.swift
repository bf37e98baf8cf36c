import Foundation
import OZGSpreadsheet

/// Converts between formats, streaming rows from a reader into a writer.
public struct Converter {
    /// Which sheets to convert: all, or one by name or one-based number.
    public var sheet: String?
    public var limits: ReadLimits
    public var options: WriteOptions
    /// Called once per sheet with its name and the number of rows written.
    public var progress: ((String, Int) -> Void)?
    /// How CSV input is read: typed by default, so numbers and dates stay numbers and dates.
    public var csvInput: CSVReadOptions = .typed
    /// How CSV output is written.
    public var csvOutput: CSVWriteOptions = .excel

    public init(sheet: String? = nil, limits: ReadLimits = .default, options: WriteOptions = WriteOptions()) {
        self.sheet = sheet
        self.limits = limits
        self.options = options
    }

    /// Converts `input` to `output` (format by extension), keeping sheets, values, types, dates,
    /// number formats, styles, merges, widths and frozen panes. The output is written atomically
    /// and never onto the input.
    @discardableResult
    public func convert(_ input: String, to output: String) throws -> ConversionSummary {
        let reader = try SpreadsheetFile.open(input, limits: limits, csv: csvInput)
        var indexes = Array(reader.sheets.indices)
        if let sheet { indexes = [try reader.sheetIndex(named: sheet)] }
        let outFormat = SpreadsheetFormat(pathExtension: (output as NSString).pathExtension)
        if outFormat == .csv, indexes.count > 1 {
            throw SpreadsheetError.unsupportedFormat(
                path: output,
                reason: "a CSV file holds one sheet, the input has \(indexes.count) ("
                    + reader.sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
                    + "); choose one with --sheet")
        }
        var opts = options
        if opts.properties == DocumentProperties() { opts.properties = reader.properties }
        let writer = try SpreadsheetFile.create(output, options: opts, csv: csvOutput, inputs: [input])
        var summary = ConversionSummary()
        do {
            for index in indexes {
                let layout = try reader.layout(ofSheet: index)
                try writer.beginSheet(reader.sheets[index], layout: layout)
                let rows = try reader.rows(ofSheet: index)
                var count = 0
                while let row = try rows.next() {
                    try writer.write(row)
                    count += 1
                    summary.cells += row.cells.count
                }
                summary.sheets.append((reader.sheets[index].name, count))
                progress?(reader.sheets[index].name, count)
            }
            try writer.close()
        } catch {
            writer.discard()
            throw error
        }
        return summary
    }
}

/// What a conversion wrote.
public struct ConversionSummary {
    public var sheets: [(name: String, rows: Int)] = []
    public var cells = 0
}
