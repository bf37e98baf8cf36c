import ArgumentParser
import Foundation
import OZGKit

extension OZG.CatalogCommand {
    /// `ozg catalog versions`: the catalogue versions of the workspace.
    struct Versions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Die im Arbeitsbereich aufbewahrten Katalogversionen auflisten, älteste zuerst.",
                "List the catalogue versions kept in the workspace, oldest first."),
            discussion: L(
                """
                Eine Zeile je Version: Name, Art (katalog oder leika), Zeitpunkt des Imports, Zeilen, Änderungen gegenüber der Version davor (neu, entfallen, umbenannt, verschoben, typGeaendert); * markiert die aktuelle Version.

                Beispiele:
                  ozg catalog versions
                  ozg catalog versions --workspace /daten/ozg-workspace
                """,
                """
                One line per version: name, kind (katalog or leika), time of import, rows, changes against the version before (neu, entfallen, umbenannt, verschoben, typGeaendert); * marks the current one.

                Examples:
                  ozg catalog versions
                  ozg catalog versions --workspace /data/ozg-workspace
                """))

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                for v in try workspace.open().catalogVersions() {
                    let counts = CatalogChangeKind.allCases.map { "\($0.rawValue) \(v.changeCounts[$0] ?? 0)" }.joined(separator: ", ")
                    print("\(v.isCurrent ? "*" : " ") \(v.name)\t\(v.kind.rawValue)\t\(v.importedAt)\t\(v.rowCount) Zeilen\t\(counts)")
                }
            }
        }

        /// The line `catalog import` prints about the version it made.
        static func summaryLine(_ r: CatalogVersionImport) -> String {
            let counts = CatalogChangeKind.allCases.map { "\($0.rawValue) \(r.diff.changes($0).count)" }.joined(separator: ", ")
            return "Katalogversion „\(r.name)“: \(counts); \(r.carriedVerdicts) Bewertungen übertragen, "
                + "\(r.markedForReview) Leistungen zur Prüfung markiert (ozg template --review)."
        }
    }
}
