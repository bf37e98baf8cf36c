import Foundation
import OZGTestSupport
import Testing

/// `ozg --help` and every subcommand's `--help` follow LC_ALL/LC_MESSAGES/LANG like the error
/// messages: German texts with a "Beispiele:" block under LANG=de_DE.UTF-8, English with
/// "Examples:" under LANG=en_US.UTF-8; examples are never broken by ArgumentParser's wrapping;
/// no option shows "(default: …)" twice.
@Suite("Help language", .serialized)
struct HelpLanguageTests {
    /// One command: its path below `ozg` and its abstract in both languages.
    struct Command: Sendable, CustomStringConvertible {
        let path: [String]
        let german: String
        let english: String
        var description: String { (["ozg"] + path).joined(separator: " ") }
    }

    static let commands: [Command] = [
        Command(
            path: [], german: "OZG-Arbeitsblätter lesen, umwandeln und prüfen; die Berichte der Arbeitsgruppe erstellen.",
            english: "Read, convert and check OZG working sheets; produce the working group's reports."),
        Command(
            path: ["cat"], german: "Die Zellen aller Blätter (oder eines Blattes) als CSV, TSV oder JSON ausgeben.",
            english: "Print the cells of every sheet (or one) as CSV, TSV or JSON."),
        Command(
            path: ["convert"], german: "Zwischen .xlsx, .ods und .csv umwandeln; Werte, Typen, Formate und Layout bleiben erhalten.",
            english: "Convert between .xlsx, .ods and .csv, keeping values, types, formats and layout."),
        Command(
            path: ["info"],
            german: "Die Blätter einer Datei mit Sichtbarkeit und benutztem Bereich, die erzeugende Anwendung und das Datumssystem anzeigen.",
            english: "Show the sheets of a file with visibility and used range, the producing application and the date system."),
        Command(
            path: ["catalog"],
            german: "Den OZG-Katalog (und die Mitgliedskommunen) in den Arbeitsbereich übernehmen; Katalogversionen auflisten und vergleichen.",
            english: "Import the OZG catalogue (and the member councils) into the workspace; list and compare catalogue versions."),
        Command(
            path: ["catalog", "import"], german: "Den Katalog einlesen oder aktualisieren; bereits abgegebene Bewertungen bleiben erhalten.",
            english: "Import or update the catalogue; verdicts already given are kept."),
        Command(
            path: ["catalog", "versions"], german: "Die im Arbeitsbereich aufbewahrten Katalogversionen auflisten, älteste zuerst.",
            english: "List the catalogue versions kept in the workspace, oldest first."),
        Command(
            path: ["catalog", "diff"],
            german: "Zwei Kataloge (Dateien oder Versionen im Arbeitsbereich) vergleichen und die Änderungen nach Art auflisten.",
            english: "Compare two catalogues (files, or versions of the workspace) and list the changes per kind."),
        Command(
            path: ["template"], german: "Das Arbeitsblatt für ein Themenfeld (oder für alle) schreiben, das an die Paten geht.",
            english: "Write the working sheet for one Themenfeld (or for all) to hand to the Paten."),
        Command(
            path: ["validate"],
            german: "Zurückgekommene Arbeitsblätter prüfen, ohne etwas zu speichern; jedes Problem mit seiner Zelle auflisten.",
            english: "Check returned working sheets without storing anything; list every problem with its cell."),
        Command(
            path: ["ingest"],
            german: "Zurückgekommene Arbeitsblätter in den Arbeitsbereich einlesen, mit Herkunft (Datei, Blatt, Zelle, SHA-256).",
            english: "Read returned working sheets into the workspace, with provenance (file, sheet, cell, SHA-256)."),
        Command(
            path: ["export"],
            german: "Die Gesamtliste (Katalog, Bewertungen, Roadmap) im Aufbau der Arbeitsblätter oder als JSON ausgeben.",
            english: "Export the Gesamtliste (catalogue, verdicts, roadmap) in the working-sheet layout, or as JSON."),
        Command(
            path: ["import"],
            german: "Daten von außen in den Arbeitsbereich übernehmen: den Export des Dashboards Digitale Verwaltung.",
            english: "Bring outside data into the workspace: the export of the Dashboard Digitale Verwaltung."),
        Command(
            path: ["import", "dashboard"],
            german: "Den Export des Dashboards Digitale Verwaltung (PVOG: was in einer Kommune online ist) für eine Mitgliedskommune einlesen.",
            english: "Read the export of the Dashboard Digitale Verwaltung (PVOG: what is online in a municipality) for one member council."),
        Command(
            path: ["report"],
            german: "Einen Bericht erstellen: eingebaut, registriert oder ein externes Programm ozg-report-NAME im PATH.",
            english: "Produce a report: built-in, registered, or an external ozg-report-NAME program on PATH."),
        Command(
            path: ["config"],
            german: "Die Einstellungen der Arbeitsgruppe anzeigen oder ändern (Kontakt, Rückmeldefrist, Anschreiben, Herausgeber, Meilensteine).",
            english: "Show or change the group's settings (contact, reply-by date, cover text, publisher, milestones)."),
        Command(
            path: ["config", "show"], german: "Alle Einstellungen ausgeben (nicht gesetzte als „–“).",
            english: "Print every setting (unset ones as \"–\")."),
        Command(path: ["config", "set"], german: "Eine Einstellung setzen.", english: "Set one setting."),
        Command(path: ["config", "unset"], german: "Eine Einstellung entfernen.", english: "Remove one setting."),
        Command(
            path: ["snapshot"], german: "Den aktuellen Stand des Arbeitsbereichs benennen (ein Sitzungsstand) und die Namen auflisten.",
            english: "Name the current state of the workspace (a meeting snapshot) and list the names."),
        Command(
            path: ["snapshot", "save"], german: "Den aktuellen Zeitpunkt unter einem Namen speichern.",
            english: "Save the current moment under a name."),
        Command(
            path: ["snapshot", "list"], german: "Die Sitzungsstände auflisten, älteste zuerst (Name, Zeit in UTC).",
            english: "List the meeting snapshots, oldest first (name, time in UTC)."),
        Command(
            path: ["site"],
            german: "Die statische Website für die Mitgliedskommunen schreiben (ein Ordner, funktioniert auch über file://).",
            english: "Write the static website for the member councils (one folder, works from file://)."),
        Command(
            path: ["demo"],
            german: "Den ganzen Ablauf mit den Beispieldaten in Samples/ durchspielen und jeden Bericht schreiben: das, was `make demo` tut.",
            english: "Run the whole cycle on Samples/ and write every report: what `make demo` does."),
    ]

    /// Runs `ozg ARGS` at 80 columns with only the given locale variables set; the help text.
    static func help(_ arguments: [String], locale: [String: String]) throws -> (status: Int32, text: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExternalTools.ozgBinary)
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") && $0.key != "LANG" && $0.key != "LANGUAGE" }
        env["COLUMNS"] = "80"
        for (k, v) in locale { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The text with every run of white space as one space, so that wrapped sentences match.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The subcommand names under "SUBCOMMANDS:" of a help text.
    static func subcommands(in text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        var names: [String] = []
        for line in lines[(start + 1)...] {
            if line.isEmpty { break }
            guard line.hasPrefix("  "), line.dropFirst(2).first.map({ $0 != " " }) == true else { continue }
            if let name = line.dropFirst(2).split(separator: " ").first { names.append(String(name)) }
        }
        return names
    }

    @Test("the list of commands is every command ozg --help shows, down to the nested ones")
    func everyCommandListed() throws {
        var found: [[String]] = [[]]
        var queue: [[String]] = [[]]
        while let path = queue.popLast() {
            let run = try Self.help(path + ["--help"], locale: ["LANG": "en_US.UTF-8"])
            #expect(run.status == 0, "ozg \(path.joined(separator: " ")) --help")
            for name in Self.subcommands(in: run.text) where name != "help" {
                found.append(path + [name])
                queue.append(path + [name])
            }
        }
        let listed = Set(Self.commands.map { $0.path.joined(separator: " ") })
        #expect(Set(found.map { $0.joined(separator: " ") }) == listed)
    }

    static let languages = ["de_DE.UTF-8", "en_US.UTF-8"]

    @Test("--help in the LANG language, with examples that are never broken", arguments: commands, languages)
    func helpLanguage(command: Command, lang: String) throws {
        let german = lang.hasPrefix("de")
        let run = try Self.help(command.path + ["--help"], locale: ["LANG": lang])
        let context = "\(command) --help, LANG=\(lang)"
        #expect(run.status == 0, "\(context)")
        let text = run.text, flat = Self.flat(run.text)

        // The own abstract in the language, no abstract of any command in the other language.
        #expect(flat.contains(Self.flat(german ? command.german : command.english)), "\(context): lacks its abstract\n\(text)")
        for other in Self.commands {
            let foreign = Self.flat(german ? other.english : other.german)
            #expect(!flat.contains(foreign), "\(context): has the abstract of \(other) in the other language")
        }
        let (heading, otherHeading) = german ? ("Beispiele:", "Examples:") : ("Examples:", "Beispiele:")
        #expect(!text.contains(otherHeading), "\(context): \(otherHeading)")

        // The examples: right below the heading, every line "  …", none broken by the wrapping.
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: heading), "\(context): no \(heading) block\n\(text)")
        let block = lines[(start + 1)...].prefix { !$0.isEmpty }
        let invocation = (["  ozg"] + command.path).joined(separator: " ")
        #expect(block.contains { $0 == invocation || $0.hasPrefix(invocation + " ") }, "\(context): no example of \(invocation)")
        for line in block {
            let indentedOnce = line.hasPrefix("  ") && line.dropFirst(2).first.map { $0 != " " } == true
            #expect(indentedOnce, "\(context): \"\(line)\" continues a broken example")
            if line.hasPrefix("  ozg") {
                #expect(line.count < 78, "\(context): \"\(line)\" is \(line.count) columns long")
            }
        }

        // Above the usage, ArgumentParser wraps at 80 columns; a longer line holds text it could not break.
        for line in lines.prefix(while: { !$0.hasPrefix("USAGE:") }) {
            #expect(line.count <= 80, "\(context): \"\(line)\" is \(line.count) columns long")
        }

        // "(default: …)" at most once per option (an option's help may run over several lines).
        var entries: [String] = []
        for line in lines {
            if line.hasPrefix("   "), !entries.isEmpty {
                entries[entries.count - 1] += " " + line
            } else {
                entries.append(line)
            }
        }
        for entry in entries {
            // ArgumentParser writes "(default: x)" or "(values: …; default: x)"; a second one was written by hand.
            #expect(entry.components(separatedBy: "default:").count <= 2, "\(context): the default twice: \(entry)")
        }
    }

    /// German without any locale and with C; LC_ALL wins over LANG.
    @Test func localeVariables() throws {
        for locale in [[:], ["LANG": "C.UTF-8"], ["LANG": "C"], ["LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"]] {
            let run = try Self.help(["report", "--help"], locale: locale)
            #expect(run.status == 0 && run.text.contains("Beispiele:") && run.text.contains("Einen Bericht erstellen"), "\(locale)")
        }
        for locale in [["LC_ALL": "en_US.UTF-8", "LANG": "de_DE.UTF-8"], ["LC_MESSAGES": "en_GB.UTF-8"]] {
            let run = try Self.help(["report", "--help"], locale: locale)
            #expect(run.status == 0 && run.text.contains("Examples:") && run.text.contains("Produce a report"), "\(locale)")
        }
        let viaHelp = try Self.help(["help", "demo"], locale: ["LANG": "de_DE.UTF-8"])
        #expect(viaHelp.text.contains("Beispiele:") && viaHelp.text.contains("Den ganzen Ablauf"), "ozg help demo")
    }
}
