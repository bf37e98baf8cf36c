import Foundation
import OZGODS
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
    /// and never onto the input; .xlsx output is streamed in constant-memory mode (inline
    /// strings), whatever ``WriteOptions/constantMemory`` says.
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
        // Readers hand out rows in ascending order and the writer defers what the layout owes
        // to later rows (links, merged-cell formats), so .xlsx is always written row by row in
        // libxlsxwriter's constant-memory mode: less memory, and no shared-string table to build.
        if outFormat == .xlsx { opts.constantMemory = true }
        let writer = try SpreadsheetFile.create(output, options: opts, csv: csvOutput, inputs: [input])
        var summary = ConversionSummary()
        do {
            for index in indexes {
                let layout = try reader.layout(ofSheet: index)
                try writer.beginSheet(reader.sheets[index], layout: layout)
                // Parsing on a second thread while this one writes.
                let rows = ReadAheadRowStream(try reader.rows(ofSheet: index))
                var count = 0
                while var row = try rows.next() {
                    if outFormat == .xlsx { Converter.translateOpenFormulas(&row) }
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

extension Converter {
    /// ODS formulas (`of:=SUM([.A1:.A3])`) become Excel formulas where the translation is
    /// simple and certain; otherwise only the cached value is written.
    static func translateOpenFormulas(_ row: inout Row) {
        for i in row.cells.indices {
            guard let f = row.cells[i].formula, f.hasPrefix("of:") else { continue }
            row.cells[i].formula = ODSFormula.excel(fromOpenFormula: f)
        }
    }
}

/// What a conversion wrote.
public struct ConversionSummary {
    public var sheets: [(name: String, rows: Int)] = []
    public var cells = 0
}
