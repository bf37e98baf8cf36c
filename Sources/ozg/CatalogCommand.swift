import ArgumentParser
import OZGKit

extension OZG {
    struct CatalogCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: "Import the OZG catalogue (and the member councils) into the workspace.",
            subcommands: [Import.self, Versions.self, Diff.self])

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import or update the catalogue; verdicts already given are kept.",
                discussion: """
                    The file (CSV, XLSX or ODS) has the columns of ozg-katalog-2019.csv: Themenfeld, Lage,
                    OZG-ID, OZG-Leistung, LeiKa-Schlüssel, Leistungsbezeichnung, LeiKa-Typ, SDG1, SDG2,
                    Gesetzeskürzel (other layouts are recognised by their headers). Every import is kept as a
                    catalogue version; verdicts are carried over (see `ozg catalog diff`), new and moved
                    Leistungen are marked for `ozg template --review`. A LeiKa publication (CSV of the FIM
                    portal: Schluessel, Bezeichnung, Bezeichnung2, Typ, …, Synonyme) updates names, types and
                    synonyms of known keys as a version of its own.

                    Examples:
                      ozg catalog import Samples/data/ozg-katalog-2019.csv
                      ozg catalog import katalog.xlsx --kommunen Samples/data/krz-verband-kommunen.csv
                      ozg catalog import katalog-2026.xlsx --version "BMI 2026/1"
                      ozg catalog import leika-2026-11.csv --version "LeiKa 11/2026"
                    """)

            @Argument(help: "The catalogue file, or a LeiKa publication (CSV of the FIM portal).")
            var file: String

            @Option(name: .customLong("version"), help: "The name of the catalogue version (default: today's date).")
            var versionName: String?

            @Option(help: "A council list (columns Kommune, Kreis, Kommunaltyp, Status der Angabe); default: the krz Verband.")
            var kommunen: String?

            @Flag(name: .long, help: "Keep rows the catalogue cannot vouch for (keys that are no LeiKa keys, unknown LeiKa-Typ).")
            var includeTestRows = false

            @Option(name: .shortAndLong, help: "How to list the catalogue's issues: text or json (findings as [{file, sheet, cell, severity, message}]).")
            var format: SheetCheckOptions.FindingsFormat = .text

            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            @Flag(name: .shortAndLong, help: "No summary on stderr.")
            var quiet = false

            func run() throws {
                try runReporting(verbose: messages.verbose) {
                    let ws = try workspace.open(create: true)
                    let r = try CatalogImport(workspace: ws, includeTestRows: includeTestRows).run(file: file, kommunen: kommunen, version: versionName)
                    try printFindings(r.issues.map { $0.finding(file: file) }, format: format)
                    if !quiet {
                        let catalog = r.catalog, summary = r.summary
                        Terminal.note(
                            "\(workspace.path): \(catalog.einzelleistungen.count) Einzelleistungen in \(catalog.themenfelder.count) Themenfeldern "
                                + "(\(summary.added) neu, \(summary.updated) geändert, \(summary.unchanged) unverändert, \(summary.removed) entfallen).")
                        if !r.leftOut.isEmpty {
                            Terminal.note(
                                "\(r.leftOut.count) Zeilen sehen nach Testdaten aus und wurden nicht übernommen (Zeilen "
                                    + r.untrustedRows.map(String.init).joined(separator: ", ") + "); --include-test-rows übernimmt sie.")
                        }
                        Terminal.note(Versions.summaryLine(r.version))
                    }
                }
            }
        }
    }
}
