import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    /// `ozg config`: the working group's settings for council packs and the roadmap.
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change the group's settings (contact, reply-by date, cover text, publisher, milestones).",
            discussion: """
                The council packs (kommunen-matrix) and the roadmap read these settings from the
                workspace. Settings: \(WorkspaceSettings.Key.allCases.map(\.rawValue).joined(separator: ", ")).

                Examples:
                  ozg config show
                  ozg config set kontakt "Geschäftsstelle FAG OZG, ozg@example.org, 05261 123-0"
                  ozg config set rueckmeldung-bis 2026-03-31
                  ozg config set meilensteine "2022-12-31 OZG-Frist 2022 (historisch); 2026-06-30 Top-Leistungen online"
                  ozg config unset anschreiben
                """,
            subcommands: [Show.self, SetValue.self, Unset.self],
            defaultSubcommand: Show.self)

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Print every setting (unset ones as „–“).")
            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            func run() throws {
                try runReporting(verbose: messages.verbose) {
                    let settings = try workspace.open().settings
                    for key in WorkspaceSettings.Key.allCases {
                        let value = settings.text(of: key)?.replacingOccurrences(of: "\n", with: "; ") ?? "–"
                        print("\(key.rawValue)\t\(value)")
                    }
                }
            }
        }

        struct SetValue: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "set", abstract: "Set one setting.")
            @Argument(help: "The setting: kontakt, rueckmeldung-bis, anschreiben, herausgeber, meilensteine.")
            var key: String
            @Argument(help: "The value (milestones: \"YYYY-MM-DD title\", several separated by ;).")
            var value: String
            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            func run() throws {
                try runReporting(verbose: messages.verbose) {
                    let k = try settingKey(key)
                    do {
                        let s = try workspace.open().setSetting(k, text: value)
                        print("\(k.rawValue)\t\(s.text(of: k)?.replacingOccurrences(of: "\n", with: "; ") ?? "–")")
                    } catch let e as SettingsError {
                        throw ValidationError(e.message(.current()))
                    }
                }
            }
        }

        struct Unset: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Remove one setting.")
            @Argument(help: "The setting to remove.")
            var key: String
            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            func run() throws {
                try runReporting(verbose: messages.verbose) {
                    try workspace.open().setSetting(try settingKey(key), text: nil)
                }
            }
        }
    }
}

/// The setting named `name`; a usage error listing the known ones otherwise.
private func settingKey(_ name: String) throws -> WorkspaceSettings.Key {
    let folded = name.lowercased().replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "_", with: "-")
    if let k = WorkspaceSettings.Key(rawValue: folded) { return k }
    let e = SettingsError.unknownKey(name, known: WorkspaceSettings.Key.allCases.map(\.rawValue))
    throw ValidationError(e.message(.current()))
}
