import ArgumentParser
import OZGKit

extension OZG {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert between .xlsx, .ods and .csv, keeping values, types, formats and layout.",
            discussion: """
                The output format follows the output's extension. The output is written to a
                temporary file and renamed into place, so it is never left half written; the
                input is never modified, and writing onto it is refused.

                Examples:
                  ozg convert Bewertung.ods Bewertung.xlsx
                  ozg convert Bewertung.xlsx Bewertung.csv --sheet Bewertung
                  ozg convert big.xlsx big-copy.xlsx --constant-memory
                """)

        @Argument(help: "The input spreadsheet.")
        var input: String

        @Argument(help: "The output file (.xlsx, .ods, .csv).")
        var output: String

        @Option(name: .shortAndLong, help: "Only this sheet, by name or one-based number (required for CSV output of a workbook with several sheets).")
        var sheet: String?

        @Flag(help: "Stream rows to disk while writing .xlsx (for very large outputs).")
        var constantMemory = false

        @Flag(name: .shortAndLong, help: "No progress messages.")
        var quiet = false

        @OptionGroup var limits: LimitOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                var converter = Converter(sheet: sheet, limits: limits.readLimits, options: WriteOptions(constantMemory: constantMemory))
                if !quiet && Terminal.stderrIsTerminal {
                    converter.progress = { name, rows in Terminal.note("\(name): \(rows) Zeilen") }
                }
                let summary = try converter.convert(input, to: output)
                if !quiet {
                    Terminal.note("\(output): \(summary.sheets.count) Blatt/Blätter, \(summary.cells) Zellen geschrieben.")
                }
            }
        }
    }
}
