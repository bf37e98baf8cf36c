import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    /// `ozg config`: the working group's settings for council packs and the roadmap.
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Die Einstellungen der Arbeitsgruppe anzeigen oder ändern (Kontakt, Rückmeldefrist, Anschreiben, Herausgeber, Meilensteine).",
                "Show or change the group's settings (contact, reply-by date, cover text, publisher, milestones)."),
            discussion: L(
                """
                Die Kommunenpakete (kommunen-matrix) und die Roadmap lesen diese Einstellungen aus dem Arbeitsbereich. Einstellungen: \(settingNames).

                Beispiele:
                  ozg config show
                  ozg config set kontakt "Geschäftsstelle FAG OZG, ozg@example.org"
                  ozg config set rueckmeldung-bis 2026-03-31
                  ozg config set meilensteine "2026-03-31 Rückmeldung; 2026-06-30 Online"
                  ozg config unset anschreiben
                """,
                """
                The council packs (kommunen-matrix) and the roadmap read these settings from the workspace. Settings: \(settingNames).

                Examples:
                  ozg config show
                  ozg config set kontakt "Geschäftsstelle FAG OZG, ozg@example.org"
                  ozg config set rueckmeldung-bis 2026-03-31
                  ozg config set meilensteine "2026-03-31 Rückmeldung; 2026-06-30 Online"
                  ozg config unset anschreiben
                """),
            subcommands: [Show.self, SetValue.self, Unset.self],
            defaultSubcommand: Show.self)

        /// The names of the settings, for the help texts.
        static let settingNames = WorkspaceSettings.Key.allCases.map(\.rawValue).joined(separator: ", ")

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: L("Alle Einstellungen ausgeben (nicht gesetzte als „–“).", "Print every setting (unset ones as \"–\")."),
                discussion: L(
                    """
                    Beispiele:
                      ozg config show
                      ozg config show --workspace /daten/ozg-workspace
                    """,
                    """
                    Examples:
                      ozg config show
                      ozg config show --workspace /data/ozg-workspace
                    """))
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
            static let configuration = CommandConfiguration(
                commandName: "set",
                abstract: L("Eine Einstellung setzen.", "Set one setting."),
                discussion: L(
                    """
                    Beispiele:
                      ozg config set rueckmeldung-bis 2026-03-31
                      ozg config set herausgeber "FAG OZG im krz"
                    """,
                    """
                    Examples:
                      ozg config set rueckmeldung-bis 2026-03-31
                      ozg config set herausgeber "FAG OZG im krz"
                    """))
            @Argument(help: ArgumentHelp(L("Die Einstellung: \(Config.settingNames).", "The setting: \(Config.settingNames).")))
            var key: String
            @Argument(help: ArgumentHelp(L("Der Wert (Meilensteine: \"JJJJ-MM-TT Titel\", mehrere durch ; getrennt).", "The value (milestones: \"YYYY-MM-DD title\", several separated by ;).")))
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
            static let configuration = CommandConfiguration(
                abstract: L("Eine Einstellung entfernen.", "Remove one setting."),
                discussion: L(
                    """
                    Beispiele:
                      ozg config unset anschreiben
                      ozg config unset meilensteine
                    """,
                    """
                    Examples:
                      ozg config unset anschreiben
                      ozg config unset meilensteine
                    """))
            @Argument(help: ArgumentHelp(L("Die Einstellung, die entfernt wird.", "The setting to remove.")))
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
