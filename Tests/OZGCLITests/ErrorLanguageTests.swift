import Foundation
import OZGTestSupport
import Testing

/// `ozg` on real bad inputs under LANG=de_DE.UTF-8, LANG=en_US.UTF-8 and no LANG: the exit code,
/// one sentence in the right language that names the file, and with --verbose a detail line.
@Suite("Error language and --verbose", .serialized)
struct ErrorLanguageTests {
    /// A bad input: the arguments (`{dir}` is the fixture folder, `{hostile}` the folder of
    /// Tests/Scripts/hostile_make.py), the exit code, what the sentence must name, words of the
    /// German and of the English sentence, and the start of the detail.
    struct BadInput: Sendable, CustomStringConvertible {
        let name: String
        let arguments: [String]
        let status: Int32
        let names: String
        let german: [String]
        let english: [String]
        let detail: String
        var description: String { name }
    }

    static let inputs: [BadInput] = [
        BadInput(
            name: "unknown Themenfeld", arguments: ["template", "--themenfeld", "Bauen", "-o", "{dir}/bogen.xlsx", "--workspace", "{dir}/ws"],
            status: 64, names: "Bauen", german: ["Ein Themenfeld „Bauen“ gibt es nicht", "Bauen & Wohnen"],
            english: ["There is no Themenfeld \"Bauen\"", "Bauen & Wohnen"], detail: "ReportError.unknownThemenfeld(name: "),
        BadInput(
            name: "missing file", arguments: ["cat", "{dir}/fehlt.xlsx"], status: 66, names: "fehlt.xlsx",
            german: ["Die Datei", "gibt es nicht", "Prüfen Sie"], english: ["The file", "does not exist", "Check"],
            detail: "SpreadsheetError.fileNotFound(path: "),
        BadInput(
            name: "missing file to validate", arguments: ["validate", "{dir}/fehlt.xlsx", "--workspace", "{dir}/ws"], status: 66,
            names: "fehlt.xlsx", german: ["gibt es nicht"], english: ["does not exist"],
            detail: "SpreadsheetError.fileNotFound(path: "),
        BadInput(
            name: "legacy .xls", arguments: ["cat", "{hostile}/legacy.xls"], status: 65, names: "legacy.xls",
            german: ["alte Excel-Arbeitsmappe", "Öffnen Sie"], english: ["legacy Excel", "Open it"],
            detail: "SpreadsheetError.legacyExcel(path: "),
        BadInput(
            name: "PDF named .xlsx", arguments: ["info", "{dir}/brief.xlsx"], status: 65, names: "brief.xlsx",
            german: ["keine Tabelle", "PDF-Dokument"], english: ["not a spreadsheet", "PDF document"],
            detail: "SpreadsheetError.notASpreadsheet(path: "),
        BadInput(
            name: "encrypted workbook", arguments: ["cat", "{hostile}/encrypted_ooxml.xlsx"], status: 65,
            names: "encrypted_ooxml.xlsx", german: ["Passwort", "Entfernen Sie"], english: ["password", "Remove"],
            detail: "SpreadsheetError.encrypted(path: "),
        BadInput(
            name: "truncated archive", arguments: ["convert", "{hostile}/truncated.xlsx", "{dir}/aus.ods"], status: 65,
            names: "truncated.xlsx", german: ["beschädigt", "speichern Sie"], english: ["damaged", "save it again"],
            detail: "SpreadsheetError.corrupt(path: "),
        BadInput(
            name: "unknown sheet", arguments: ["cat", "{dir}/daten.csv", "--sheet", "Bewertung"], status: 64, names: "daten.csv",
            german: ["kein Blatt „Bewertung“", "Vorhandene Blätter"], english: ["no sheet \"Bewertung\"", "Its sheets"],
            detail: "SpreadsheetError.sheetNotFound(file: "),
        BadInput(
            name: "output is input", arguments: ["convert", "{dir}/daten.csv", "{dir}/daten.csv"], status: 73, names: "daten.csv",
            german: ["überschreiben", "Wählen Sie"], english: ["overwrite", "Choose"],
            detail: "SpreadsheetError.outputIsInput(path: "),
        BadInput(
            name: "unknown report", arguments: ["report", "abdekung", "-o", "{dir}/bericht.xlsx", "--workspace", "{dir}/ws"],
            status: 64, names: "abdekung", german: ["Einen Bericht", "gibt es nicht", "abdeckung"],
            english: ["There is no report", "abdeckung"], detail: "ReportError.unknownReport(name: "),
        BadInput(
            name: "missing workspace", arguments: ["export", "--format", "json", "-o", "-", "--workspace", "{dir}/kein-ws"],
            status: 66, names: "kein-ws", german: ["keinen Arbeitsbereich", "ozg catalog import"],
            english: ["no workspace", "ozg catalog import"], detail: "WorkspaceError.notFound(path: "),
        BadInput(
            name: "catalogue without its columns", arguments: ["catalog", "import", "{dir}/katalog.csv", "--workspace", "{dir}/ws-neu"],
            status: 65, names: "katalog.csv", german: ["(Katalog): Die Spalte „OZG-ID“ fehlt in der Kopfzeile"], english: ["The catalogue", "lacks the column \"OZG-ID\""],
            detail: "file: "),
    ]

    /// LANG values: `nil` leaves LANG (and LC_ALL, LC_MESSAGES) unset, which means German.
    static let languages: [String?] = ["de_DE.UTF-8", "en_US.UTF-8", nil, "C.UTF-8"]

    /// The fixture folder, with a workspace holding the sample catalogue.
    static let fixture: (dir: TemporaryDirectory, hostile: URL)? = {
        guard let hostile = HostileInputTests.suite?.dir else { return nil }
        let dir = TemporaryDirectory("ozg-lang")
        do {
            try Data("%PDF-1.4 kein Arbeitsblatt".utf8).write(to: dir.path("brief.xlsx"))
            try Data("Name;Wert\nA;1\n".utf8).write(to: dir.path("daten.csv"))
            try Data("Themenfeld;Lage\nBauen & Wohnen;Bauen\n".utf8).write(to: dir.path("katalog.csv"))
            let catalog = ExternalTools.samples.appendingPathComponent("data/ozg-katalog-2019.csv").path
            let made = try ExternalTools.ozg(["catalog", "import", catalog, "--workspace", dir.path("ws").path, "--quiet"])
            guard made.status == 0 else { return nil }
        } catch {
            return nil
        }
        return (dir, hostile)
    }()

    struct Run {
        let status: Int32
        let stderr: String
        var lines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
    }

    /// Runs `ozg` with LANG set to `lang` (or unset) and LC_ALL, LC_MESSAGES unset.
    static func ozg(_ arguments: [String], lang: String?) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExternalTools.ozgBinary)
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") && $0.key != "LANG" && $0.key != "LANGUAGE" }
        if let lang { env["LANG"] = lang }
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
    }

    static let crashText = ["Fatal error", "Stack dump", "Backtrace", "Swift runtime failure", "Segmentation fault", "Illegal instruction"]

    @Test("one sentence in the LANG language, the detail with --verbose", arguments: inputs, languages)
    func badInput(input: BadInput, lang: String?) throws {
        let fixture = try #require(Self.fixture, "the fixture (hostile_make.py, ozg catalog import) could not be made")
        let arguments = input.arguments.map {
            $0.replacingOccurrences(of: "{dir}", with: fixture.dir.url.path)
                .replacingOccurrences(of: "{hostile}", with: fixture.hostile.path)
        }
        let german = lang?.hasPrefix("en") != true
        let (expected, other) = german ? (input.german, input.english) : (input.english, input.german)

        for verbose in [false, true] {
            let run = try Self.ozg(arguments + (verbose ? ["--verbose"] : []), lang: lang)
            let context = "\(input.name), LANG=\(lang ?? "unset"), verbose \(verbose): \(run.stderr)"
            #expect(run.status == input.status, "\(context)")
            for crash in Self.crashText { #expect(!run.stderr.contains(crash), "\(context)") }
            #expect(run.lines.count == (verbose ? 2 : 1), "\(context)")
            guard let sentence = run.lines.first else { continue }
            #expect(sentence.hasPrefix("ozg: ") && !sentence.hasPrefix("ozg: detail:"), "\(context)")
            #expect(sentence.contains(input.names), "\(context): the sentence does not name \(input.names)")
            #expect(sentence.contains(german ? "„" : "\""), "\(context): quotes")
            for word in expected { #expect(sentence.contains(word), "\(context): lacks \"\(word)\"") }
            for word in other where !expected.contains(word) {
                #expect(!sentence.contains(word), "\(context): has \"\(word)\" of the other language")
            }
            if verbose, run.lines.count == 2 {
                let detail = run.lines[1]
                #expect(detail.hasPrefix("ozg: detail: "), "\(context)")
                #expect(detail.contains(input.detail), "\(context): the detail lacks \(input.detail)")
            }
        }
    }

    /// LC_ALL wins over LANG, as POSIX has it.
    @Test func lcAllWinsOverLang() throws {
        let fixture = try #require(Self.fixture)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExternalTools.ozgBinary)
        p.arguments = ["cat", fixture.dir.path("fehlt.xlsx").path]
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") && $0.key != "LANG" }
        env["LANG"] = "de_DE.UTF-8"
        env["LC_ALL"] = "en_US.UTF-8"
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 66)
        #expect(text.contains("does not exist"), "\(text)")
    }

    static let subcommands: [[String]] = [
        ["cat"], ["convert"], ["info"], ["catalog", "import"], ["template"], ["validate"], ["ingest"], ["export"],
        ["report"], ["demo"], ["config", "show"], ["config", "set"], ["config", "unset"],
    ]

    @Test("--verbose on every subcommand", arguments: subcommands)
    func verboseEverywhere(subcommand: [String]) throws {
        let help = try ExternalTools.ozg(subcommand + ["--help"])
        #expect(help.status == 0)
        #expect(help.text.contains("--verbose"), "\(subcommand.joined(separator: " ")) --help lacks --verbose")
    }

    /// Usage errors (printed by ArgumentParser with the usage, exit 64) follow LANG too.
    @Test func usageErrorsFollowLang() throws {
        let fixture = try #require(Self.fixture)
        let args = ["template", "--format", "pdf", "-o", fixture.dir.path("bogen.xlsx").path, "--all"]
        let de = try Self.ozg(args, lang: nil)
        #expect(de.status == 64 && de.stderr.contains("--format ist xlsx oder ods."), "\(de.stderr)")
        let en = try Self.ozg(args, lang: "en_US.UTF-8")
        #expect(en.status == 64 && en.stderr.contains("--format is xlsx or ods."), "\(en.stderr)")
    }

    /// A failing report program: exit 69, one sentence, its stderr only in the detail.
    @Test func failingPlugin() throws {
        let fixture = try #require(Self.fixture)
        let bin = fixture.dir.path("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = bin.appendingPathComponent("ozg-report-kaputt")
        try Data("#!/bin/sh\ncat >/dev/null\necho 'Traceback: KeyError x' >&2\nexit 3\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        for verbose in [false, true] {
            let o = try ExternalTools.ozg(
                ["report", "kaputt", "--format", "json", "-o", "-", "--workspace", fixture.dir.path("ws").path]
                    + (verbose ? ["--verbose"] : []),
                environment: ["PATH": path, "LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
            let lines = o.stderr.split(separator: "\n")
            #expect(o.status == 69, "\(o.stderr)")
            #expect(lines.count == (verbose ? 2 : 1), "\(o.stderr)")
            #expect(lines.first?.contains("„ozg-report-kaputt“ ist mit Status 3 gescheitert") == true, "\(o.stderr)")
            #expect(lines.first?.contains("KeyError") == false, "\(o.stderr)")
            if verbose { #expect(lines.last?.contains("stderr: \"Traceback: KeyError x\"") == true, "\(o.stderr)") }
        }
    }

    /// Validation findings for the Paten stay German whatever LANG says.
    @Test func findingsStayGerman() throws {
        let fixture = try #require(Self.fixture)
        let sample = ExternalTools.samples.appendingPathComponent("working-sheets/06-fehler.xlsx").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExternalTools.ozgBinary)
        p.arguments = ["validate", sample, "--workspace", fixture.dir.path("ws").path]
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
        env["LANG"] = "en_US.UTF-8"
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1, "\(text)")
        #expect(text.contains("Fehler"), "\(text)")
    }
}
