import ArgumentParser
import OZGKit

extension OZG {
    struct Cat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Die Zellen aller Blätter (oder eines Blattes) als CSV, TSV oder JSON ausgeben.",
                "Print the cells of every sheet (or one) as CSV, TSV or JSON."),
            discussion: L(
                """
                Formeln zeigen ihren gespeicherten Wert; Datumswerte erscheinen nach ISO 8601 (JJJJ-MM-TT).

                Beispiele:
                  ozg cat Bewertung.xlsx
                  ozg cat Bewertung.ods --sheet Umsetzungsplanung --format json
                  ozg cat Bewertung.xlsx --sheet 2 --format tsv
                """,
                """
                Formulas show their cached values; dates print as ISO 8601.

                Examples:
                  ozg cat Bewertung.xlsx
                  ozg cat Bewertung.ods --sheet Umsetzungsplanung --format json
                  ozg cat Bewertung.xlsx --sheet 2 --format tsv
                """))

        @Argument(help: ArgumentHelp(L("Die Tabelle (.xlsx, .ods, .csv).", "The spreadsheet (.xlsx, .ods, .csv).")))
        var file: String

        @Option(name: .shortAndLong, help: ArgumentHelp(L("Nur dieses Blatt, nach Name oder Nummer (ab 1 gezählt).", "Only this sheet, by name or one-based number.")))
        var sheet: String?

        @Option(name: .shortAndLong, help: ArgumentHelp(L("Das Ausgabeformat.", "The output format.")))
        var format: SheetDumper.Format = .csv

        @OptionGroup var limits: LimitOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let reader = try SpreadsheetFile.open(file, limits: limits.readLimits, csv: .typed)
                let indexes = try sheet.map { [try reader.sheetIndex(named: $0)] } ?? Array(reader.sheets.indices)
                try SheetDumper(format: format).dump(reader, sheets: indexes)
            }
        }
    }
}

extension SheetDumper.Format: ExpressibleByArgument {}
