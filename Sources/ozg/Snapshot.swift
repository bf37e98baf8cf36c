import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    /// `ozg snapshot save NAME` / `ozg snapshot list`: named meeting snapshots (Sitzungsstände).
    struct SnapshotCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "snapshot",
            abstract: L(
                "Den aktuellen Stand des Arbeitsbereichs benennen (ein Sitzungsstand) und die Namen auflisten.",
                "Name the current state of the workspace (a meeting snapshot) and list the names."),
            discussion: L(
                """
                Jede Änderung einer Bewertung, eines Vorhabens oder einer ergänzten Spalte wird mit ihrer Herkunft aufbewahrt, so lässt sich der Stand zu einem benannten Zeitpunkt wieder lesen: `ozg export --snapshot NAME` schreibt die Gesamtliste, wie sie damals war, `ozg report aenderungen --since NAME` listet auf, was sich seitdem geändert hat.

                Beispiele:
                  ozg snapshot save "FAG 12/2026"
                  ozg snapshot list
                """,
                """
                Every change of a verdict, Vorhaben or added column is kept with its provenance, so the state at a named moment can be read again: `ozg export --snapshot NAME` writes the Gesamtliste as it was then, `ozg report aenderungen --since NAME` lists what changed since.

                Examples:
                  ozg snapshot save "FAG 12/2026"
                  ozg snapshot list
                """),
            subcommands: [Save.self, List.self])

        struct Save: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: L("Den aktuellen Zeitpunkt unter einem Namen speichern.", "Save the current moment under a name."),
                discussion: L(
                    """
                    Beispiele:
                      ozg snapshot save "FAG 12/2026"
                      ozg snapshot save "Sitzung 2026-03-15" --workspace ozg-workspace
                    """,
                    """
                    Examples:
                      ozg snapshot save "FAG 12/2026"
                      ozg snapshot save "Sitzung 2026-03-15" --workspace ozg-workspace
                    """))

            @Argument(help: ArgumentHelp(L("Der Name, z. B. \"FAG 12/2026\".", "The name, e.g. \"FAG 12/2026\".")))
            var name: String

            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            func run() throws {
                try runReporting(verbose: messages.verbose) {
                    let s = try workspace.open().saveMeetingSnapshot(name: name)
                    Terminal.note("Sitzungsstand „\(s.name)“ gespeichert (\(s.at)).")
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: L(
                    "Die Sitzungsstände auflisten, älteste zuerst (Name, Zeit in UTC).",
                    "List the meeting snapshots, oldest first (name, time in UTC)."),
                discussion: L(
                    """
                    Beispiele:
                      ozg snapshot list
                      ozg snapshot list --workspace /daten/ozg-workspace
                    """,
                    """
                    Examples:
                      ozg snapshot list
                      ozg snapshot list --workspace /data/ozg-workspace
                    """))

            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            func run() throws {
                try runReporting(verbose: messages.verbose) {
                    for s in try workspace.open().meetingSnapshots() { print("\(s.name)\t\(s.at)") }
                }
            }
        }
    }
}
