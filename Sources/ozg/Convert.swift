import ArgumentParser
import OZGKit

extension OZG {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Zwischen .xlsx, .ods und .csv umwandeln; Werte, Typen, Formate und Layout bleiben erhalten.",
                "Convert between .xlsx, .ods and .csv, keeping values, types, formats and layout."),
            discussion: L(
                """
                Das Ausgabeformat richtet sich nach der Endung der Ausgabedatei. Die Ausgabe wird zuerst in eine temporäre Datei geschrieben und dann umbenannt, so bleibt sie nie halb geschrieben liegen. Die Eingabe wird nie verändert; sie als Ausgabe zu nennen, wird abgelehnt.

                Beispiele:
                  ozg convert Bewertung.ods Bewertung.xlsx
                  ozg convert Bewertung.xlsx Bewertung.csv --sheet Bewertung
                """,
                """
                The output format follows the output's extension. The output is written to a temporary file and renamed into place, so it is never left half written. The input is never modified, and writing onto it is refused.

                Examples:
                  ozg convert Bewertung.ods Bewertung.xlsx
                  ozg convert Bewertung.xlsx Bewertung.csv --sheet Bewertung
                """))

        @Argument(help: ArgumentHelp(L("Die Eingabetabelle.", "The input spreadsheet.")))
        var input: String

        @Argument(help: ArgumentHelp(L("Die Ausgabedatei (.xlsx, .ods, .csv).", "The output file (.xlsx, .ods, .csv).")))
        var output: String

        @Option(name: .shortAndLong, help: ArgumentHelp(L("Nur dieses Blatt, nach Name oder Nummer (ab 1 gezählt); nötig für eine CSV-Ausgabe aus einer Arbeitsmappe mit mehreren Blättern.", "Only this sheet, by name or one-based number (required for CSV output of a workbook with several sheets).")))
        var sheet: String?

        /// Without effect: .xlsx output is always streamed row by row (``Converter``). Still
        /// accepted so that existing scripts keep working; hidden from the help.
        @Flag(help: ArgumentHelp(
            L("Ohne Wirkung: .xlsx wird immer zeilenweise geschrieben.", "No effect: .xlsx is always streamed row by row."),
            visibility: .hidden))
        var constantMemory = false

        @Flag(name: .shortAndLong, help: ArgumentHelp(L("Keine Fortschrittsmeldungen.", "No progress messages.")))
        var quiet = false

        @OptionGroup var limits: LimitOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                var converter = Converter(sheet: sheet, limits: limits.readLimits)
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
