import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    /// `ozg snapshot save NAME` / `ozg snapshot list`: named meeting snapshots (Sitzungsstände).
    struct SnapshotCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "snapshot",
            abstract: "Name the current state of the workspace (a meeting snapshot) and list the names.",
            discussion: """
                Every change of a verdict, Vorhaben or added column is kept with its provenance, so the
                state at a named moment can be read again: `ozg export --snapshot NAME` writes the
                Gesamtliste as it was then, `ozg report aenderungen --since NAME` lists what changed since.

                Examples:
                  ozg snapshot save "FAG 12/2026"
                  ozg snapshot list
                """,
            subcommands: [Save.self, List.self])

        struct Save: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Save the current moment under a name.")

            @Argument(help: "The name, e.g. \"FAG 12/2026\".")
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
            static let configuration = CommandConfiguration(abstract: "List the meeting snapshots, oldest first (name, time in UTC).")

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
