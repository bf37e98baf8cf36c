import ArgumentParser
import Foundation
import OZGKit

extension ReportFormat: ExpressibleByArgument {}

extension OZG {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Einen Bericht erstellen: eingebaut, registriert oder ein externes Programm ozg-report-NAME im PATH.",
                "Produce a report: built-in, registered, or an external ozg-report-NAME program on PATH."),
            discussion: L(
                """
                Eingebaute Berichte: abdeckung (Abdeckung je Themenfeld), kommunaltyp-matrix, kommunen-matrix (eine Arbeitsmappe je Mitgliedskommune), roadmap (auch --format ics und --format projekt-csv), aenderungen (was sich seit einem Sitzungsstand oder Datum geändert hat: --since NAME|DATUM [--until NAME|DATUM]), umsetzungsstand (je Kommune: relevant, online, in Umsetzung, in Planung, offen; je Themenfeld; flächendeckend online), luecken (je Kommune die relevanten Leistungen, die dort nicht online sind, und wer sie schon anbietet; eine Datei je Kommune oder --kommune), loesungen (je Lösung die Leistungen, Kommunen und Reifegrade). `ozg report list` zeigt sie und die externen Berichte.

                Beispiele:
                  ozg report list
                  ozg report abdeckung --format xlsx -o abdeckung.xlsx
                  ozg report kommunaltyp-matrix --themenfeld "Bauen & Wohnen" -o matrix.xlsx
                  ozg report kommunen-matrix --format xlsx -o an-die-kommunen/
                  ozg report kommunen-matrix --kommune Bünde --format ods -o buende.ods
                  ozg report roadmap --format ics -o meilensteine.ics
                  ozg report abdeckung --format json -o -
                  ozg report aenderungen --since "FAG 09/2026" -o aenderungen.xlsx
                  ozg report umsetzungsstand --format ods -o umsetzung.ods
                  ozg report luecken --kommune Lemgo -o luecken-lemgo.xlsx
                  ozg report luecken --format xlsx -o luecken/
                  ozg report loesungen --format html -o loesungen.html
                """,
                """
                Built-in reports: abdeckung (coverage per Themenfeld), kommunaltyp-matrix, kommunen-matrix (one workbook per member council), roadmap (also --format ics and --format projekt-csv), aenderungen (what changed since a meeting snapshot or date: --since NAME|DATE [--until NAME|DATE]), umsetzungsstand (per council: relevant, online, in Umsetzung, in Planung, offen; per Themenfeld; online everywhere), luecken (per council the relevant Leistungen not online there and who offers them already; one file per council or --kommune), loesungen (per solution the Leistungen, councils and Reifegrade). `ozg report list` shows them and the external ones.

                Examples:
                  ozg report list
                  ozg report abdeckung --format xlsx -o abdeckung.xlsx
                  ozg report kommunaltyp-matrix --themenfeld "Bauen & Wohnen" -o matrix.xlsx
                  ozg report kommunen-matrix --format xlsx -o an-die-kommunen/
                  ozg report kommunen-matrix --kommune Bünde --format ods -o buende.ods
                  ozg report roadmap --format ics -o meilensteine.ics
                  ozg report abdeckung --format json -o -
                  ozg report aenderungen --since "FAG 09/2026" -o aenderungen.xlsx
                  ozg report umsetzungsstand --format ods -o umsetzung.ods
                  ozg report luecken --kommune Lemgo -o luecken-lemgo.xlsx
                  ozg report luecken --format xlsx -o luecken/
                  ozg report loesungen --format html -o loesungen.html
                """))

        @Argument(help: ArgumentHelp(L("Der Name des Berichts, oder `list`.", "The report name, or `list`.")))
        var name: String

        @Option(name: .shortAndLong, help: ArgumentHelp(L("xlsx, ods, csv, html, json (roadmap auch: ics, projekt-csv).", "xlsx, ods, csv, html, json (roadmap also: ics, projekt-csv).")))
        var format: String = "xlsx"

        @Option(name: .shortAndLong, help: ArgumentHelp(L(
            "Die Ausgabedatei (- für stdout bei csv/json/ics/projekt-csv); ein Ordner für kommunen-matrix und luecken ohne --kommune.",
            "The output file (- for stdout with csv/json/ics/projekt-csv); a folder for kommunen-matrix and luecken without --kommune.")))
        var output: String?

        @Option(name: .long, help: ArgumentHelp(L(
            "aenderungen: der Beginn des Zeitraums, ein Sitzungsstand oder ein Datum.",
            "aenderungen: the start of the period, a meeting snapshot or a date.")))
        var since: String?

        @Option(name: .long, help: ArgumentHelp(L(
            "aenderungen: das Ende des Zeitraums, ein Sitzungsstand oder ein Datum; ohne Angabe jetzt.",
            "aenderungen: the end of the period, a meeting snapshot or a date; without it, now.")))
        var until: String?

        @OptionGroup var filters: FilterOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            if until != nil && since == nil { throw usageError("--until braucht --since.", "--until needs --since.") }
        }

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let registry = ReportRegistry.shared
                if name == "list" {
                    for entry in registry.listing() {
                        switch entry.source {
                        case .builtIn: print("\(entry.name)\t\(entry.title)")
                        case .external(let path): print("\(entry.name)\textern: \(path)")
                        }
                    }
                    return
                }
                guard let output else { throw usageError("-o PATH fehlt (oder - für stdout).", "-o PATH is missing (or - for stdout).") }
                // Refused before the workspace is opened: opening it may touch its files.
                if output != "-" { try AtomicOutput.refuse(output, ifAnyOf: workspace.storeFiles) }
                let ws = try workspace.open()
                var model = try ws.snapshot()
                if let since {
                    model.changeLog = try ws.changeLog(
                        since: ws.moment(since, asStart: true), until: until.map { try ws.moment($0, asStart: false) } ?? Workspace.now())
                }
                let service = ReportService(model: model, protectedFiles: workspace.storeFiles)
                for file in try service.write(name, format: format, to: output, options: try filters.reportOptions(outputDirectory: output)) {
                    print(file)
                }
            }
        }
    }
}
