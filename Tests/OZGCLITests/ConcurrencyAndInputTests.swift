import Foundation
import OZGKit
import OZGTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Two `ozg` processes on one workspace at once: both succeed (one waits for the other's
/// transaction), nothing is lost, nothing stored twice.
@Suite("Concurrent workspace use", .serialized)
struct ConcurrentWorkspaceTests {
    /// Starts every command at once and returns their exit statuses and stderr.
    func together(_ commands: [[String]], in dir: TemporaryDirectory) throws -> [(status: Int32, stderr: String)] {
        let logs = commands.indices.map { dir.path("stderr-\($0).txt") }
        let procs = try zip(commands, logs).map { try CLI.spawn($0.0, log: $0.1) }
        for p in procs { p.waitUntilExit() }
        return zip(procs, logs).map { p, log in
            (p.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
        }
    }

    @Test(.requires("openpyxl", "sqlite3")) func twoIngestsWithDifferentFiles() throws {
        let f = try CrashFixture.get()
        let dir = TemporaryDirectory("ozg-concurrent")
        let ws = dir.path("ws")
        let half = f.sheets.count / 2
        let a = Array(f.sheets[..<half]), b = Array(f.sheets[half...])
        for round in 0..<2 {
            try CLI.copyWorkspace(f.baseWorkspace, to: ws)
            let results = try together(
                [["ingest"] + a + ["--workspace", ws.path], ["ingest"] + b + ["--workspace", ws.path]], in: dir)
            for r in results {
                #expect(r.status == 0 || r.status == 1, "round \(round): exit \(r.status): \(r.stderr)")
                #expect(!r.stderr.contains("locked") && !r.stderr.contains("busy"), "round \(round): \(r.stderr)")
            }
            let db = ws.appendingPathComponent("ozg.sqlite")
            #expect(try CLI.sqlite(db, "PRAGMA integrity_check") == "ok")
            #expect(try CLI.sqlite(db, "SELECT COUNT(*) FROM ingested_file") == "\(f.sheets.count)")
            #expect(try CLI.exportJSON(ws) == f.fullExport, "round \(round): verdicts lost")
        }
    }

    @Test(.requires("openpyxl", "sqlite3")) func twoIngestsOfTheSameFile() throws {
        let f = try CrashFixture.get()
        let dir = TemporaryDirectory("ozg-concurrent-same")
        let ws = dir.path("ws"), reference = dir.path("reference")
        let sheet = f.sheets[0]
        try CLI.copyWorkspace(f.baseWorkspace, to: reference)
        try CLI.ingest([sheet], workspace: reference)
        let expected = try CLI.exportJSON(reference)
        try CLI.copyWorkspace(f.baseWorkspace, to: ws)
        let results = try together(
            [["ingest", sheet, "--workspace", ws.path], ["ingest", sheet, "--workspace", ws.path]], in: dir)
        for r in results { #expect(r.status == 0 || r.status == 1, "exit \(r.status): \(r.stderr)") }
        // One of them stored it; the other found it ingested already.
        #expect(results.filter { $0.stderr.contains("bereits eingelesen") }.count == 1, "\(results.map(\.stderr))")
        let db = ws.appendingPathComponent("ozg.sqlite")
        #expect(try CLI.sqlite(db, "SELECT COUNT(*) FROM ingested_file") == "1")
        #expect(try CLI.exportJSON(ws) == expected)
    }

    /// Two catalogue imports creating one new workspace at once: migrations run once, both succeed.
    @Test(.requires("sqlite3")) func twoCatalogImportsIntoANewWorkspace() throws {
        try ExternalTools.require("sqlite3")
        let dir = TemporaryDirectory("ozg-concurrent-new")
        let ws = dir.path("ws")
        let catalog = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        let cmd = ["catalog", "import", catalog, "--workspace", ws.path, "-q"]
        let results = try together([cmd, cmd], in: dir)
        for r in results { #expect(r.status == 0, "exit \(r.status): \(r.stderr)") }
        let db = ws.appendingPathComponent("ozg.sqlite")
        #expect(try CLI.sqlite(db, "PRAGMA integrity_check") == "ok")
        #expect(try CLI.sqlite(db, "SELECT COUNT(*) FROM einzelleistung") == "5223")  // the two test rows left out
    }
}

/// Inputs are only ever read: traced with strace (as root, permissions would not stop a write),
/// and an output path naming an input (or the workspace database) is refused with exit 73.
@Suite("Inputs are never written", .serialized)
struct InputProtectionTests {
    /// The syscalls of a traced run that open, create, truncate or rename onto `path` for writing.
    static func writes(to path: String, in trace: [Substring]) -> [Substring] {
        let quoted = "\"\(path)\""
        return trace.filter { line in
            guard line.contains(quoted) else { return false }
            if line.contains("rename") {
                // The target is the last path of rename/renameat/renameat2.
                let parts = line.components(separatedBy: "\"")
                return parts.count >= 4 && "\"\(parts[parts.count - 2])\"" == quoted
            }
            if line.contains("truncate(") || line.contains("creat(") { return true }
            return ["O_WRONLY", "O_RDWR", "O_TRUNC", "O_CREAT"].contains { line.contains($0) }
        }
    }

    /// Runs `ozg` under strace; returns the exit status and the traced syscalls.
    func traced(_ args: [String], dir: TemporaryDirectory) throws -> (status: Int32, trace: [Substring]) {
        let log = dir.path("strace-\(UUID().uuidString).log")
        let o = try ExternalTools.run(
            ["strace", "-f", "-qq", "-s", "4096", "-e", "trace=open,openat,creat,truncate,rename,renameat,renameat2,mkdir,mkdirat",
                "-o", log.path, ExternalTools.ozgBinary] + args)
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains("openat(") || text.contains("open("), "strace recorded nothing: \(o.stderr)")
        return (o.status, text.split(separator: "\n"))
    }

    /// Copies of the sample inputs into a fresh folder (absolute paths, as strace shows them).
    func inputs(_ dir: TemporaryDirectory) throws -> (sheets: [String], broken: String, catalog: String, kommunen: String) {
        let fm = FileManager.default
        let ws = ExternalTools.samples.appendingPathComponent("working-sheets")
        var sheets: [String] = []
        for name in ["01-titelzeilen.xlsx", "02-zweizeilig.xlsx", "04-libreoffice.ods", "05-excel-export.csv"] {
            try fm.copyItem(at: ws.appendingPathComponent(name), to: dir.path(name))
            sheets.append(dir.path(name).path)
        }
        try fm.copyItem(at: ws.appendingPathComponent("06-fehler.xlsx"), to: dir.path("06-fehler.xlsx"))
        let data = ExternalTools.samples.appendingPathComponent("data")
        try fm.copyItem(at: data.appendingPathComponent("ozg-katalog-2019.csv"), to: dir.path("katalog.csv"))
        try fm.copyItem(at: data.appendingPathComponent("krz-verband-kommunen.csv"), to: dir.path("kommunen.csv"))
        return (sheets, dir.path("06-fehler.xlsx").path, dir.path("katalog.csv").path, dir.path("kommunen.csv").path)
    }

    func sha(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test(.requires("strace")) func noInputIsOpenedForWriting() throws {
        try ExternalTools.require("strace")
        let dir = TemporaryDirectory("ozg-strace")
        let files = try inputs(dir)
        let all = files.sheets + [files.broken, files.catalog, files.kommunen]
        let before = try all.map(sha)
        let ws = dir.path("ws").path

        var runs: [(String, Int32, [Substring])] = []
        func run(_ name: String, _ args: [String]) throws {
            let r = try traced(args, dir: dir)
            runs.append((name, r.status, r.trace))
        }
        try run("catalog import", ["catalog", "import", files.catalog, "--kommunen", files.kommunen, "--workspace", ws])
        try run("convert xlsx", ["convert", files.sheets[0], dir.path("out.ods").path])
        try run("convert csv", ["convert", files.sheets[3], dir.path("out.xlsx").path])
        try run("validate", ["validate", files.broken] + files.sheets + ["--workspace", ws, "--pruefbericht", dir.path("pb").path])
        try run("ingest", ["ingest", files.broken] + files.sheets + ["--workspace", ws, "--pruefbericht", dir.path("pb2").path])
        try run("template", ["template", "--all", "-o", dir.path("boegen").path, "--workspace", ws])
        try run("report", ["report", "kommunen-matrix", "--format", "xlsx", "-o", dir.path("matrix").path, "--workspace", ws])
        try run("report csv", ["report", "abdeckung", "--format", "csv", "-o", dir.path("abdeckung.csv").path, "--workspace", ws])
        try run("export", ["export", "--format", "ods", "-o", dir.path("gesamt.ods").path, "--workspace", ws])

        for (name, status, trace) in runs {
            #expect(status == 0 || status == 1, "\(name) exited \(status)")
            for input in all {
                let w = Self.writes(to: input, in: trace)
                #expect(w.isEmpty, "\(name) opened \(input) for writing: \(w)")
            }
            // The workspace database is never truncated or replaced either.
            let db = (ws as NSString).appendingPathComponent("ozg.sqlite")
            let bad = trace.filter { $0.contains("\"\(db)\"") && ($0.contains("O_TRUNC") || $0.contains("rename")) }
            #expect(bad.isEmpty, "\(name): \(bad)")
        }
        #expect(try all.map(sha) == before)
    }

    /// Whatever a writer creates in the output's folder is the output itself or recognisably
    /// temporary (`.NAME.ozg-tmp-…`, also as the folder of libxlsxwriter's scratch files), so a
    /// kill at any moment leaves no stray file there. Before the fix libxlsxwriter created
    /// `tmp.XXXXXXXXXX` files beside the output.
    @Test(.requires("strace")) func writersCreateOnlyRecognisableTemporaries() throws {
        try ExternalTools.require("strace")
        let dir = TemporaryDirectory("ozg-strace-tmp")
        let files = try inputs(dir)
        let out = dir.path("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let ws = dir.path("ws").path
        try CLI.ok(["catalog", "import", files.catalog, "--workspace", ws, "-q"])
        let runs: [(String, [String])] = [
            ("a.xlsx", ["convert", files.sheets[0], out.appendingPathComponent("a.xlsx").path]),
            ("b.xlsx", ["convert", files.sheets[0], out.appendingPathComponent("b.xlsx").path, "--constant-memory"]),
            ("c.ods", ["convert", files.sheets[0], out.appendingPathComponent("c.ods").path]),
            ("d.csv", ["convert", files.sheets[3], out.appendingPathComponent("d.csv").path]),
            ("e.xlsx", ["report", "abdeckung", "--format", "xlsx", "-o", out.appendingPathComponent("e.xlsx").path, "--workspace", ws]),
            ("f.html", ["report", "abdeckung", "--format", "html", "-o", out.appendingPathComponent("f.html").path, "--workspace", ws]),
        ]
        for (name, args) in runs {
            let r = try traced(args, dir: dir)
            #expect(r.status == 0, "\(name): exit \(r.status)")
            let prefix = out.path + "/"
            for line in r.trace where line.contains("O_CREAT") || line.contains("mkdir") {
                guard let start = line.range(of: "\"" + prefix) else { continue }
                let rest = line[start.upperBound...]
                let rel = String(rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)])
                let first = String(rel.split(separator: "/").first ?? "")
                #expect(rel == name || AtomicOutput.isTemporaryName(first), "\(name): created \(rel) beside the output")
            }
        }
        #expect(CLI.temporaries(in: out).isEmpty)
        #expect(CLI.outputs(in: out) == runs.map(\.0).sorted())
    }

    @Test func outputOntoInputIsRefused() throws {
        let dir = TemporaryDirectory("ozg-refuse")
        let files = try inputs(dir)
        let xlsx = files.sheets[0], csv = files.sheets[3]
        try FileManager.default.createSymbolicLink(atPath: dir.path("link.xlsx").path, withDestinationPath: xlsx)
        let folder = (xlsx as NSString).deletingLastPathComponent
        let cases: [[String]] = [
            ["convert", xlsx, xlsx],
            ["convert", csv, csv],
            ["convert", xlsx, folder + "/./sub/../" + (xlsx as NSString).lastPathComponent],
            ["convert", xlsx, dir.path("link.xlsx").path],
        ]
        try FileManager.default.createDirectory(at: dir.path("sub"), withIntermediateDirectories: true)
        for args in cases {
            let before = try sha(args[1])
            let o = try ExternalTools.ozg(args)
            #expect(o.status == 73, "\(args): exit \(o.status) \(o.stderr)")
            #expect(try sha(args[1]) == before)
        }
        #expect(CLI.temporaries(in: dir.url).isEmpty)
    }

    /// Before the fix, `-o` naming the workspace database replaced it with the output.
    @Test func outputOntoWorkspaceDatabaseIsRefused() throws {
        let dir = TemporaryDirectory("ozg-refuse-ws")
        let ws = dir.path("ws")
        let catalog = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        try CLI.ok(["catalog", "import", catalog, "--workspace", ws.path, "-q"])
        let db = ws.appendingPathComponent("ozg.sqlite").path
        let export = try CLI.exportJSON(ws)
        let cases: [[String]] = [
            ["export", "--format", "json", "-o", db],
            ["export", "--format", "xlsx", "-o", db],
            ["report", "abdeckung", "--format", "json", "-o", db],
            ["report", "abdeckung", "--format", "xlsx", "-o", db],
            ["report", "roadmap", "--format", "ics", "-o", db],
            ["template", "--themenfeld", "Bauen & Wohnen", "-o", db],
            ["export", "--format", "json", "-o", db + "-wal"],
        ]
        for args in cases {
            let before = try sha(db)
            let o = try ExternalTools.ozg(args + ["--workspace", ws.path])
            #expect(o.status == 73, "\(args): exit \(o.status) \(o.stderr)")
            #expect(try sha(db) == before)
        }
        #expect(try CLI.exportJSON(ws) == export)
        #expect(CLI.temporaries(in: ws).isEmpty)
    }

    /// A report file that cannot be written is exit 73 in every format (JSON/CSV/HTML were 70).
    @Test func unwritableReportIsExit73() throws {
        let dir = TemporaryDirectory("ozg-report-73")
        let ws = dir.path("ws")
        let catalog = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        try CLI.ok(["catalog", "import", catalog, "--workspace", ws.path, "-q"])
        for format in ["json", "csv", "html", "xlsx"] {
            let out = dir.path("missing-folder/abdeckung.\(format)").path
            let o = try ExternalTools.ozg(["report", "abdeckung", "--format", format, "-o", out, "--workspace", ws.path])
            #expect(o.status == 73, "\(format): exit \(o.status): \(o.stderr)")
            #expect(o.stderr.contains("missing-folder"), "\(format): \(o.stderr)")
        }
    }

    /// A Prüfbericht whose name is that of another input is refused, not written over it.
    @Test func pruefberichtOntoInputIsRefused() throws {
        let dir = TemporaryDirectory("ozg-refuse-pb")
        let files = try inputs(dir)
        let ws = dir.path("ws").path
        try CLI.ok(["catalog", "import", files.catalog, "--workspace", ws, "-q"])
        let victim = dir.path("06-fehler-Pruefbericht.xlsx").path
        try FileManager.default.copyItem(atPath: files.sheets[0], toPath: victim)
        let before = try sha(victim)
        let o = try ExternalTools.ozg(["validate", files.broken, victim, "--workspace", ws, "--pruefbericht", dir.url.path])
        #expect(o.status == 73, "exit \(o.status) \(o.stderr)")
        #expect(try sha(victim) == before)
    }
}
