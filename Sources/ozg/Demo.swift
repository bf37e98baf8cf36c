import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Den ganzen Ablauf mit den Beispieldaten in Samples/ durchspielen und jeden Bericht schreiben: das, was `make demo` tut.",
                "Run the whole cycle on Samples/ and write every report: what `make demo` does."),
            discussion: L(
                """
                Ein neuer Arbeitsbereich in <output>/workspace: Katalog und Kommunen eingelesen, die Paten zugeordnet, ein Arbeitsblatt je Themenfeld geschrieben, die ausgefüllten Beispielblätter (Beispieldaten) und die Beispiel-Roadmap eingelesen, dann jeder eingebaute Bericht als .xlsx, .ods und .html, die Website und die Gesamtliste.

                Beispiele:
                  ozg demo --output demo-output
                  ozg demo -o /tmp/ozg-demo --samples ~/OZGKit/Samples
                """,
                """
                A fresh workspace in <output>/workspace: catalogue and councils imported, the Paten assigned, a working sheet per Themenfeld written, the filled sample sheets (Beispieldaten) and the sample roadmap ingested, then every built-in report as .xlsx, .ods and .html, the website and the Gesamtliste.

                Examples:
                  ozg demo --output demo-output
                  ozg demo -o /tmp/ozg-demo --samples ~/OZGKit/Samples
                """))

        @Option(name: .shortAndLong, help: ArgumentHelp(L("Der Ordner für den Arbeitsbereich und alle Ausgaben.", "The folder for the workspace and all output.")))
        var output: String = "demo-output"

        @Option(name: .long, help: ArgumentHelp(L("Der Ordner mit den Beispieldaten.", "The folder with the sample data.")))
        var samples: String = "Samples"

        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let demo = DemoPipeline(samples: samples, output: output)
                let r = try demo.run()
                let model = r.model
                let relevant = model.verdicts.filter { $0.relevanz.isRelevant }.count
                print("OZGKit-Demo (Beispieldaten) in \(demo.output.path)")
                print("  Katalog:        \(model.catalog.einzelleistungen.count) Einzelleistungen, \(model.catalog.themenfelder.count) Themenfelder, \(model.kommunen.count) Kommunen")
                if !r.leftOutRows.isEmpty {
                    print("                  \(r.leftOutRows.count) Testzeilen des Katalogs nicht übernommen (\(r.leftOutRows.map { "„\($0.bezeichnung)“" }.joined(separator: ", ")))")
                }
                print("  Arbeitsbögen:   \(r.templates.folder)/ (\(r.templates.count) × .xlsx)")
                for file in r.ingested {
                    print(
                        "  eingelesen:     \((file.path as NSString).lastPathComponent): \(file.outcome.verdictsStored) Bewertungen, \(file.outcome.vorhabenStored) Vorhaben, "
                            + "\(file.result.errors.count) Fehler, \(file.result.warnings.count) Warnungen, \(file.outcome.conflicts.count) Konflikte")
                }
                print("  Bewertungen:    \(model.verdicts.count) gespeichert, davon \(relevant) relevant (ja/teilweise); \(model.vorhaben.count) Umsetzungsvorhaben")
                if let p = r.pruefberichte { print("  Prüfberichte:   \(p)/") }
                if let d = r.dashboard {
                    print("  Dashboard:      \(d.export.herkunft) für \(d.kommune.name): \(d.outcome.statusStored) Leistungen online, \(d.findings.count) Befunde, \(d.abweichungen.count) Abweichungen")
                }
                print("  Berichte:       \(r.reports.folder)/ (\(r.reports.files.count) Dateien)")
                for name in ["abdeckung.html", "kommunaltyp-matrix.xlsx", "roadmap.html"] {
                    print("                  \((r.reports.folder as NSString).appendingPathComponent(name))")
                }
                print("  Website:        \(r.site.startPage) (\(r.site.pages) Seiten, \(r.site.downloads) Downloads)")
                print("  Gesamtliste:    \(r.gesamtliste)")
                print("  Workspace:      \(r.workspace)  (weiter mit: ozg report list --workspace \(r.workspace))")
            }
        }
    }
}
