import ArgumentParser
import OZGKit

extension OZG {
    struct CatalogCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: L(
                "Den OZG-Katalog (und die Mitgliedskommunen) in den Arbeitsbereich übernehmen; Katalogversionen auflisten und vergleichen.",
                "Import the OZG catalogue (and the member councils) into the workspace; list and compare catalogue versions."),
            discussion: L(
                """
                Beispiele:
                  ozg catalog import Samples/data/ozg-katalog-2019.csv
                  ozg catalog versions
                  ozg catalog diff alt.csv neu.xlsx --format json
                """,
                """
                Examples:
                  ozg catalog import Samples/data/ozg-katalog-2019.csv
                  ozg catalog versions
                  ozg catalog diff old.csv new.xlsx --format json
                """),
            subcommands: [Import.self, Versions.self, Diff.self])

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: L(
                    "Den Katalog einlesen oder aktualisieren; bereits abgegebene Bewertungen bleiben erhalten.",
                    "Import or update the catalogue; verdicts already given are kept."),
                discussion: L(
                    """
                    Die Datei (CSV, XLSX oder ODS) hat die Spalten von ozg-katalog-2019.csv: Themenfeld, Lage, OZG-ID, OZG-Leistung, LeiKa-Schlüssel, Leistungsbezeichnung, LeiKa-Typ, SDG1, SDG2, Gesetzeskürzel (andere Aufbauten werden an ihren Kopfzeilen erkannt).

                    Jeder Import wird als Katalogversion aufbewahrt; Bewertungen werden übertragen (siehe `ozg catalog diff`), neue und verschobene Leistungen werden für `ozg template --review` markiert. Eine LeiKa-Veröffentlichung (CSV des FIM-Portals: Schluessel, Bezeichnung, Bezeichnung2, Typ, …, Synonyme) aktualisiert Namen, Typen und Synonyme bekannter Schlüssel als eigene Version.

                    Beispiele:
                      ozg catalog import Samples/data/ozg-katalog-2019.csv
                      ozg catalog import katalog.xlsx --kommunen kommunen.csv
                      ozg catalog import katalog-2026.xlsx --version "BMI 2026/1"
                      ozg catalog import leika-2026-11.csv --version "LeiKa 11/2026"
                    """,
                    """
                    The file (CSV, XLSX or ODS) has the columns of ozg-katalog-2019.csv: Themenfeld, Lage, OZG-ID, OZG-Leistung, LeiKa-Schlüssel, Leistungsbezeichnung, LeiKa-Typ, SDG1, SDG2, Gesetzeskürzel (other layouts are recognised by their headers).

                    Every import is kept as a catalogue version; verdicts are carried over (see `ozg catalog diff`), new and moved Leistungen are marked for `ozg template --review`. A LeiKa publication (CSV of the FIM portal: Schluessel, Bezeichnung, Bezeichnung2, Typ, …, Synonyme) updates names, types and synonyms of known keys as a version of its own.

                    Examples:
                      ozg catalog import Samples/data/ozg-katalog-2019.csv
                      ozg catalog import katalog.xlsx --kommunen kommunen.csv
                      ozg catalog import katalog-2026.xlsx --version "BMI 2026/1"
                      ozg catalog import leika-2026-11.csv --version "LeiKa 11/2026"
                    """))

            @Argument(help: ArgumentHelp(L(
                "Die Katalogdatei oder eine LeiKa-Veröffentlichung (CSV des FIM-Portals).",
                "The catalogue file, or a LeiKa publication (CSV of the FIM portal).")))
            var file: String

            @Option(name: .customLong("version"), help: ArgumentHelp(L(
                "Der Name der Katalogversion; ohne Angabe das heutige Datum.",
                "The name of the catalogue version; without it, today's date.")))
            var versionName: String?

            @Option(help: ArgumentHelp(L(
                "Eine Kommunenliste (Spalten Kommune, Kreis, Kommunaltyp, Status der Angabe); ohne Angabe die Kommunen des krz-Verbands.",
                "A council list (columns Kommune, Kreis, Kommunaltyp, Status der Angabe); without it, the councils of the krz Verband.")))
            var kommunen: String?

            @Flag(name: .long, help: ArgumentHelp(L(
                "Auch Zeilen übernehmen, für die der Katalog nicht bürgen kann (Schlüssel, die keine LeiKa-Schlüssel sind, unbekannter LeiKa-Typ).",
                "Keep rows the catalogue cannot vouch for (keys that are no LeiKa keys, unknown LeiKa-Typ).")))
            var includeTestRows = false

            @Option(name: .shortAndLong, help: ArgumentHelp(L(
                "Wie die Auffälligkeiten des Katalogs ausgegeben werden: text oder json (Befunde als [{file, sheet, cell, severity, message}]).",
                "How to list the catalogue's issues: text or json (findings as [{file, sheet, cell, severity, message}]).")))
            var format: SheetCheckOptions.FindingsFormat = .text

            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            @Flag(name: .shortAndLong, help: ArgumentHelp(L("Keine Zusammenfassung auf stderr.", "No summary on stderr.")))
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
