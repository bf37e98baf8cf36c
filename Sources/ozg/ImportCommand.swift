import ArgumentParser
import OZGKit

extension OZG {
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: L(
                "Daten von außen in den Arbeitsbereich übernehmen: den Export des Dashboards Digitale Verwaltung.",
                "Bring outside data into the workspace: the export of the Dashboard Digitale Verwaltung."),
            discussion: L(
                """
                Beispiele:
                  ozg import dashboard pvog-lemgo.csv --kommune Lemgo
                """,
                """
                Examples:
                  ozg import dashboard pvog-lemgo.csv --kommune Lemgo
                """),
            subcommands: [Dashboard.self])

        struct Dashboard: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: L(
                    "Den Export des Dashboards Digitale Verwaltung (PVOG: was in einer Kommune online ist) für eine Mitgliedskommune einlesen.",
                    "Read the export of the Dashboard Digitale Verwaltung (PVOG: what is online in a municipality) for one member council."),
                discussion: L(
                    """
                    Die Datei (CSV mit ; oder , getrennt, UTF-8 mit oder ohne BOM, oder dieselbe Tabelle als XLSX oder ODS) hat die Spalten leika_key, ozgid, ozg_bezeichnung, url, online_status, aktiv, art_flaechendeckung, datenstand_pvog_import. Zugeordnet wird über den LeiKa-Schlüssel; Zeilen, die online und aktiv sind, werden als „online laut Dashboard“ mit URL und Herkunft („PVOG-Export, Datenstand …“) gespeichert und ersetzen den vorigen Dashboard-Stand dieser Kommune. Was die Kommune selbst gemeldet hat, wird nie überschrieben; wo beide sich unterscheiden, wird es aufgelistet. Schlüssel, die nicht im Katalog stehen, und fehlerhafte Zeilen werden mit ihrer Zelle gemeldet. Exit-Code 1, wenn Zeilen wegen Fehlern nicht übernommen wurden.

                    Beispiele:
                      ozg import dashboard pvog-lemgo.csv --kommune Lemgo
                      ozg import dashboard dashboard-export.xlsx --kommune "Kreis Lippe"
                      ozg import dashboard pvog-buende.csv --kommune Bünde --format json
                    """,
                    """
                    The file (CSV separated by ; or , in UTF-8 with or without BOM, or the same table as XLSX or ODS) has the columns leika_key, ozgid, ozg_bezeichnung, url, online_status, aktiv, art_flaechendeckung, datenstand_pvog_import. Rows are matched by LeiKa key; rows that are online and active are stored as "online per dashboard" with URL and provenance ("PVOG-Export, Datenstand …") and replace the council's previous dashboard rows. What the council reported itself is never overwritten; where the two differ, it is listed. Keys not in the catalogue and bad rows are reported with their cell. Exit status 1 when rows were left out for errors.

                    Examples:
                      ozg import dashboard pvog-lemgo.csv --kommune Lemgo
                      ozg import dashboard dashboard-export.xlsx --kommune "Kreis Lippe"
                      ozg import dashboard pvog-buende.csv --kommune Bünde --format json
                    """))

            @Argument(help: ArgumentHelp(L("Die Exportdatei (CSV, XLSX oder ODS).", "The export file (CSV, XLSX or ODS).")))
            var file: String

            @Option(help: ArgumentHelp(L(
                "Die Mitgliedskommune, für die der Export gilt (Name wie in der Kommunenliste).",
                "The member council the export is for (name as in the council list).")))
            var kommune: String

            @Option(name: .shortAndLong, help: ArgumentHelp(L(
                "Ausgabe: text, oder json (ein Objekt mit Zahlen, findings und abweichungen).",
                "Output: text, or json (one object with counts, findings and abweichungen).")))
            var format: SheetCheckOptions.FindingsFormat = .text

            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            func run() throws {
                try runReporting(verbose: messages.verbose) {
                    let r = try DashboardImport(workspace: try workspace.open()).run(file: file, kommune: kommune)
                    switch format {
                    case .json:
                        print(r.json())
                    case .text:
                        try printFindings(r.findings, format: .text)
                        if !r.abweichungen.isEmpty {
                            print("Abweichungen zwischen \(r.export.herkunft) und der Meldung von \(r.kommune.name):")
                            for a in r.abweichungen { print("  \(a.leika) \(a.bezeichnung): \(a.text)") }
                        }
                    }
                    let o = r.outcome
                    Terminal.note(
                        "\(file): \(r.export.herkunft) für \(r.kommune.name): \(r.export.rows) Zeilen, "
                            + (o.alreadyIngested
                                ? "bereits eingelesen (gleiche SHA-256), nichts geändert"
                                : "\(o.statusStored) online gespeichert, \(o.statusUnchanged) unverändert, \(o.statusRemoved) nicht mehr gelistet")
                            + ", \(r.export.notOnline) nicht online, \(r.export.unknownKeys) nicht im Katalog, "
                            + "\(r.findings.filter { $0.severity == .error }.count) Fehler, \(r.abweichungen.count) Abweichungen.")
                    if r.hasErrors { throw ExitCode(1) }
                }
            }
        }
    }
}
