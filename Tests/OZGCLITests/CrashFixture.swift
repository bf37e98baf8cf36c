import Foundation
import OZGKit
import OZGTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Workspaces and files shared by the crash-safety tests, built once per test process: the
/// catalogue imported into a workspace, the working sheets of six Themenfelder filled by openpyxl
/// (Tests/Scripts/sheet_fill_openpyxl.py; an ingest of all six takes a few seconds in a debug
/// build), and a workspace with all of them ingested.
final class CrashFixture {
    let root: TemporaryDirectory
    /// `Samples/data/ozg-katalog-2019.csv`.
    let catalog: String
    /// The catalogue imported, nothing ingested.
    let baseWorkspace: URL
    /// Filled working sheets of six Themenfelder (absolute paths).
    let sheets: [String]
    /// ``baseWorkspace`` with every sheet of ``sheets`` ingested.
    let fullWorkspace: URL
    /// `ozg export --format json` of ``fullWorkspace``.
    let fullExport: Data

    static let shared: Result<CrashFixture, any Error> = Result { try CrashFixture() }

    /// The fixture; the tests that use it carry `.requires("openpyxl", "sqlite3")`.
    static func get() throws -> CrashFixture {
        try ExternalTools.require("openpyxl", "sqlite3")
        return try shared.get()
    }

    private init() throws {
        root = TemporaryDirectory("ozg-crash-fixture")
        catalog = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        baseWorkspace = root.path("base-ws")
        try CLI.ok(["catalog", "import", catalog, "--workspace", baseWorkspace.path, "-q"])
        let templates = root.path("templates")
        let listed = try CLI.ok(["template", "--all", "-o", templates.path, "--workspace", baseWorkspace.path])
        let paths = listed.text.split(separator: "\n").map(String.init)
        let filled = root.path("filled")
        try FileManager.default.createDirectory(at: filled, withIntermediateDirectories: true)
        var sheets: [String] = []
        for (i, p) in paths.prefix(6).enumerated() {
            let out = filled.appendingPathComponent((p as NSString).lastPathComponent).path
            try ExternalTools.python(script: "sheet_fill_openpyxl.py", [p, out, String(100 + i)])
            sheets.append(out)
        }
        self.sheets = sheets
        fullWorkspace = root.path("full-ws")
        try CLI.copyWorkspace(baseWorkspace, to: fullWorkspace)
        try CLI.ingest(sheets, workspace: fullWorkspace)
        fullExport = try CLI.exportJSON(fullWorkspace)
    }
}

/// Running `ozg` for the crash-safety tests: to completion, timed, or killed with SIGKILL.
enum CLI {
    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `ozg` and throws unless it exits 0.
    @discardableResult
    static func ok(_ args: [String]) throws -> ExternalTools.Output {
        let o = try ExternalTools.ozg(args)
        if o.status != 0 { throw Failed(description: "ozg \(args.joined(separator: " ")) exited \(o.status): \(o.stderr)") }
        return o
    }

    /// `ozg ingest`: exit 0, or 1 for findings in the sheets (the fill script adds a column).
    static func ingest(_ sheets: [String], workspace: URL) throws {
        let o = try ExternalTools.ozg(["ingest"] + sheets + ["--workspace", workspace.path])
        if o.status != 0 && o.status != 1 {
            throw Failed(description: "ozg ingest exited \(o.status): \(o.stderr)")
        }
    }

    static func exportJSON(_ workspace: URL) throws -> Data {
        try ok(["export", "--format", "json", "-o", "-", "--workspace", workspace.path]).stdout
    }

    /// `ozg cat FILE --format json`: the content of a spreadsheet, independent of its bytes.
    static func catJSON(_ path: String) throws -> Data {
        try ok(["cat", path, "--format", "json"]).stdout
    }

    static func copyWorkspace(_ from: URL, to: URL) throws {
        try? FileManager.default.removeItem(at: to)
        try FileManager.default.copyItem(at: from, to: to)
    }

    /// Starts `ozg` without waiting; output goes to /dev/null unless a log file is given.
    static func spawn(_ args: [String], log: URL? = nil) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExternalTools.ozgBinary)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        if let log {
            FileManager.default.createFile(atPath: log.path, contents: nil)
            p.standardError = try FileHandle(forWritingTo: log)
        } else {
            p.standardError = FileHandle.nullDevice
        }
        try p.run()
        return p
    }

    /// Runs `ozg` to completion (it must exit 0 or 1) and returns the seconds it took.
    static func timed(_ args: [String]) throws -> Double {
        let start = Date()
        let p = try spawn(args)
        p.waitUntilExit()
        let t = Date().timeIntervalSince(start)
        if p.terminationStatus > 1 { throw Failed(description: "ozg \(args.joined(separator: " ")) exited \(p.terminationStatus)") }
        return t
    }

    /// Starts `ozg`, sends SIGKILL after `delay` seconds and waits. Returns whether the signal
    /// killed it (`false`: it had finished before, which is the "new file" case).
    @discardableResult
    static func killed(_ args: [String], after delay: Double) throws -> Bool {
        let p = try spawn(args)
        usleep(useconds_t(max(0, delay) * 1_000_000))
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        return p.terminationReason == .uncaughtSignal
    }

    /// `count` kill moments spread evenly from `from` to `to` of an uninterrupted run time `t`.
    static func moments(_ t: Double, count: Int = 5, from: Double = 0.1, to: Double = 0.9) -> [Double] {
        (0..<count).map { t * (from + (to - from) * Double($0) / Double(max(1, count - 1))) }
    }

    /// The names in a folder that are temporary files of an unfinished output.
    static func temporaries(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter(AtomicOutput.isTemporaryName).sorted()
    }

    /// The names in a folder that are outputs (not temporaries).
    static func outputs(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !AtomicOutput.isTemporaryName($0) }.sorted()
    }

    /// The content of each spreadsheet in a folder, by name.
    static func catFolder(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in outputs(in: dir) { out[name] = try catJSON(dir.appendingPathComponent(name).path) }
        return out
    }

    /// The bytes of each file in a folder, by name.
    static func bytes(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in outputs(in: dir) { out[name] = try Data(contentsOf: dir.appendingPathComponent(name)) }
        return out
    }

    /// `sqlite3 DB SQL`, trimmed.
    static func sqlite(_ db: URL, _ sql: String) throws -> String {
        try ExternalTools.check(["sqlite3", db.path, sql]).text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A pid that no longer runs (a finished `true`).
    static func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExternalTools.which("true") ?? "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }
}
