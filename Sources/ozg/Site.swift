import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    /// `ozg site -o DIR`: the static website for the member councils.
    struct Site: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Die statische Website für die Mitgliedskommunen schreiben (ein Ordner, funktioniert auch über file://).",
                "Write the static website for the member councils (one folder, works from file://)."),
            discussion: L(
                """
                Startseite (mit den Änderungen seit dem letzten Sitzungsstand, falls es einen gibt), eine Seite je Themenfeld, je Kommunaltyp und je Kommune, eine Suche mit Filtern und jeder Bericht (eingebaut, registriert, externes ozg-report-NAME) als Seite mit Downloads als .xlsx, .ods und .csv. Die Kommunen teilen sich die Liste ihres Kommunaltyps; die eigene Mappe einer Kommune erstellt `ozg report kommunen-matrix --kommune NAME`, liegt sie im Ordner downloads/kommunen-matrix der Website, wird sie verlinkt. Kein Server, keine Anfrage an einen anderen Rechner. Ein zweiter Lauf schreibt nur neu, was sich geändert hat.

                Beispiele:
                  ozg site -o website
                  ozg site -o website --no-external --quiet
                """,
                """
                Start page (with the changes since the last meeting snapshot, where there is one), one page per Themenfeld, per Kommunaltyp and per council, a search with filters, and every report (built-in, registered, external ozg-report-NAME) as a page with its downloads in .xlsx, .ods and .csv. Councils share the list of their Kommunaltyp; a council's own pack is made by `ozg report kommunen-matrix --kommune NAME`, and linked when it lies in the site's folder downloads/kommunen-matrix. No server, no request to any other host. A second run rewrites only what changed.

                Examples:
                  ozg site -o website
                  ozg site -o website --no-external --quiet
                """))

        @Option(name: .shortAndLong, help: ArgumentHelp(L("Der Ordner der Website (wird angelegt, wenn er fehlt).", "The folder of the site (created when missing).")))
        var output: String

        @Flag(name: .long, help: ArgumentHelp(L("Externe Berichtsprogramme ozg-report-NAME weglassen.", "Leave external ozg-report-NAME programs out.")))
        var noExternal = false

        @Flag(name: .shortAndLong, help: ArgumentHelp(L("Keine Zusammenfassung auf stderr.", "No summary on stderr.")))
        var quiet = false

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                try AtomicOutput.refuse(output, ifAnyOf: workspace.storeFiles)
                let folder = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
                if folder == URL(fileURLWithPath: workspace.path).standardizedFileURL.resolvingSymlinksInPath().path {
                    throw usageError(
                        "-o \(output) ist der Ordner des Arbeitsbereichs; nennen Sie einen eigenen Ordner für die Website.",
                        "-o \(output) is the workspace folder; name a folder of its own for the website.")
                }
                let model = try SiteService.model(try workspace.open())
                let inputs = workspace.storeFiles
                let builder = SiteBuilder(
                    model: model, external: noExternal ? nil : ExternalReportRunner(),
                    makeWriter: { try SpreadsheetFile.create($0, inputs: inputs) })
                let result = try builder.build(into: output)
                for w in result.warnings { Terminal.error(w) }
                print(result.startPage)
                if !quiet {
                    Terminal.note(
                        "Website: \(result.pages) Seiten, \(result.downloads) Downloads; \(result.written) Dateien geschrieben, "
                            + "\(result.unchanged) unverändert, \(result.removed.count) entfernt.")
                }
            }
        }
    }
}
