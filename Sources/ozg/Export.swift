import ArgumentParser
import OZGKit

extension OZG {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Die Gesamtliste (Katalog, Bewertungen, Roadmap) im Aufbau der Arbeitsblätter oder als JSON ausgeben.",
                "Export the Gesamtliste (catalogue, verdicts, roadmap) in the working-sheet layout, or as JSON."),
            discussion: L(
                """
                Der Export als .xlsx/.ods hat den Aufbau der Arbeitsblätter, sodass `ozg ingest` ihn wieder einlesen kann. Der JSON-Export führt jede Katalogzeile mit jedem Kommunaltyp auf (`offen`, wo nichts bekannt ist): {"einzelleistungen": [{"leika": "99107023017000", "ozgId": 10092, "bezeichnung": "…", "themenfeld": "…", "lage": "…", "typ": "2/3", "relevanz": {"Kreis": "ja", …}}]}

                Beispiele:
                  ozg export --format xlsx -o gesamtliste.xlsx
                  ozg export --format json -o - | jq '.einzelleistungen | length'
                  ozg export --snapshot "FAG 12/2026" --format xlsx -o fag-12-2026.xlsx
                """,
                """
                The .xlsx/.ods export has the layout of the working sheets, so `ozg ingest` reads it back. The JSON export lists every catalogue row with every Kommunaltyp (`offen` where nothing is known): {"einzelleistungen": [{"leika": "99107023017000", "ozgId": 10092, "bezeichnung": "…", "themenfeld": "…", "lage": "…", "typ": "2/3", "relevanz": {"Kreis": "ja", …}}]}

                Examples:
                  ozg export --format xlsx -o gesamtliste.xlsx
                  ozg export --format json -o - | jq '.einzelleistungen | length'
                  ozg export --snapshot "FAG 12/2026" --format xlsx -o fag-12-2026.xlsx
                """))

        @Option(name: .shortAndLong, help: ArgumentHelp(L("xlsx, ods oder json.", "xlsx, ods or json.")))
        var format: String

        @Option(name: .shortAndLong, help: ArgumentHelp(L("Die Ausgabedatei, oder - für stdout (nur json).", "The output file, or - for stdout (json only).")))
        var output: String

        @Option(name: .long, help: ArgumentHelp(L(
            "Die Gesamtliste so schreiben, wie sie zu diesem Sitzungsstand (ozg snapshot list) oder Datum war.",
            "Write the Gesamtliste as it was at this meeting snapshot (ozg snapshot list) or date.")))
        var snapshot: String?

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            guard ["xlsx", "ods", "json"].contains(format) else { throw usageError("--format ist xlsx, ods oder json.", "--format is xlsx, ods or json.") }
            if output == "-" && format != "json" { throw usageError("Nur JSON kann auf stdout (-o -) geschrieben werden.", "Only JSON can be written to stdout (-o -).") }
        }

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                if output != "-" { try AtomicOutput.refuse(output, ifAnyOf: workspace.storeFiles) }
                let ws = try workspace.open()
                let model = try snapshot.map { try ws.model(at: ws.moment($0, asStart: false)) } ?? ws.snapshot()
                if format == "json" {
                    try writeText(GesamtlisteExport.json(model: model), to: output, inputs: workspace.storeFiles)
                } else {
                    try SpreadsheetFile.write(
                        GesamtlisteExport.workbook(model: model), to: output,
                        inputs: workspace.storeFiles)
                }
            }
        }
    }
}
