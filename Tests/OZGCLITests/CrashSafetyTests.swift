import Foundation
import OZGKit
import OZGTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` at moments spread over an uninterrupted run of convert, template, ingest, export and
/// report: every output path then holds the old bytes or a complete new file, output folders
/// hold no partial file, and a killed ingest leaves a workspace that is intact and, ingested
/// again, ends exactly where an uninterrupted ingest ends.
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
    /// After a kill: `path` holds `old` byte for byte, or a file whose content is `expected`.
    /// Returns whether it was the new file.
    @discardableResult
    func expectOldOrNew(_ path: String, old: Data, expected: Data, _ context: String) throws -> Bool {
        let now = try #require(FileManager.default.contents(atPath: path), "\(context): \(path) is gone")
        if now == old { return false }
        let content = try CLI.catJSON(path)
        #expect(content == expected, "\(context): \(path) is neither the old nor the complete new file")
        return true
    }

    /// After a kill: every output in `dir` is the old file of its name or the complete new one;
    /// every name of `old` is still there.
    func expectFolderOldOrNew(_ dir: URL, old: [String: Data], expected: [String: Data], _ context: String) throws {
        let names = CLI.outputs(in: dir)
        #expect(Set(old.keys).isSubset(of: Set(names)), "\(context): files vanished")
        for name in names {
            let path = dir.appendingPathComponent(name).path
            let bytes = try #require(FileManager.default.contents(atPath: path))
            if let o = old[name], o == bytes { continue }
            let exp = try #require(expected[name], "\(context): unexpected file \(name)")
            #expect(try CLI.catJSON(path) == exp, "\(context): \(name) is partial or wrong")
        }
    }

    /// Temporaries left behind are hidden and named after their own destination.
    func expectRecognisableTemporaries(_ dir: URL, destinations: Set<String>) {
        for t in CLI.temporaries(in: dir) {
            #expect(destinations.contains { t.hasPrefix(AtomicOutput.temporaryPrefix(of: $0)) }, "stray temporary \(t)")
        }
    }

    // MARK: - convert

    /// Each writer: XLSX (built in memory, zipped at the end), ODS (body streamed to a side file,
    /// then zipped) and CSV (streamed row by row into the temporary file).
    @Test(arguments: ["xlsx", "ods", "csv"])
    func killDuringConvert(to ext: String) throws {
        let dir = TemporaryDirectory("ozg-crash-convert")
        // A CSV big enough for a debug-build conversion of about a second or two.
        var csv = "Nr;Themenfeld;Leistung;LeiKa;Betrag;Datum;Bemerkung;Status\n"
        for i in 0..<7_000 {
            csv += "\(i);Themenfeld \(i % 14);Leistung Nummer \(i) mit etwas Text;99\(100_000_000_000 + i);\(i).\(i % 100);2021-\(1 + i % 12)-\(1 + i % 28);Bemerkung \(i * 7);\(i % 3 == 0 ? "ja" : "nein")\n"
        }
        let input = dir.path("gross.csv")
        try Data(csv.utf8).write(to: input)
        let small = dir.path("klein.csv")
        try Data("a;b\n1;2\n".utf8).write(to: small)

        // The same file name as the output: a CSV's sheet is named after its file.
        try FileManager.default.createDirectory(at: dir.path("ref"), withIntermediateDirectories: true)
        let reference = dir.path("ref/out.\(ext)").path
        let t = try CLI.timed(["convert", input.path, reference, "-q"])
        let expected = try CLI.catJSON(reference)

        let out = dir.path("out.\(ext)").path
        try CLI.ok(["convert", small.path, out, "-q"])
        let old = try Data(contentsOf: URL(fileURLWithPath: out))
        var landed = 0
        for (i, delay) in CLI.moments(t, count: 4).enumerated() {
            try old.write(to: URL(fileURLWithPath: out))
            if try CLI.killed(["convert", input.path, out, "-q"], after: delay) { landed += 1 }
            try expectOldOrNew(out, old: old, expected: expected, "kill \(i) after \(delay) s")
            #expect(CLI.outputs(in: dir.url) == ["gross.csv", "klein.csv", "out.\(ext)", "ref"])
            expectRecognisableTemporaries(dir.url, destinations: [out])
        }
        // The early moments at least hit a running process.
        #expect(landed > 0)
        // A later run of the same command removes what killed runs of its target left behind.
        try CLI.ok(["convert", input.path, out, "-q"])
        #expect(CLI.temporaries(in: dir.url).isEmpty)
        #expect(try CLI.catJSON(out) == expected)
    }

    /// Leftovers of dead writers of the same target are removed; those of a running process or of
    /// another target are left alone.
    @Test func staleTemporariesAreRemovedByTheNextRun() throws {
        let dir = TemporaryDirectory("ozg-crash-stale")
        let input = dir.path("in.csv")
        try Data("a;b\n1;2\n".utf8).write(to: input)
        let out = dir.path("out.xlsx").path
        let dead = try CLI.deadPID()
        let stale = ".out.xlsx.ozg-tmp-\(dead)-abc"
        let staleODSBody = ".out.xlsx.ozg-tmp-\(dead)-def.content"
        let live = ".out.xlsx.ozg-tmp-\(getpid())-ghi"
        let other = ".other.xlsx.ozg-tmp-\(dead)-jkl"
        for name in [stale, staleODSBody, live, other] { try Data("half".utf8).write(to: dir.path(name)) }
        // libxlsxwriter's scratch folder of a killed writer.
        let staleScratch = dir.path(".out.xlsx.ozg-tmp-\(dead)-mno.d")
        try FileManager.default.createDirectory(at: staleScratch, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: staleScratch.appendingPathComponent("tmp.ABCDEF"))
        try CLI.ok(["convert", input.path, out, "-q"])
        #expect(CLI.temporaries(in: dir.url) == [other, live].sorted())
        #expect(CLI.outputs(in: dir.url) == ["in.csv", "out.xlsx"])
    }

    // MARK: - template --all

    @Test(.requires("openpyxl", "sqlite3")) func killDuringTemplateAll() throws {
        let f = try CrashFixture.get()
        let dir = TemporaryDirectory("ozg-crash-template")
        // Old: the blank templates; new: the templates with the verdicts of the full workspace.
        let oldDir = dir.path("old"), refDir = dir.path("ref"), out = dir.path("out")
        try CLI.ok(["template", "--all", "-o", oldDir.path, "--workspace", f.baseWorkspace.path])
        let args = ["template", "--all", "--workspace", f.fullWorkspace.path, "-o"]
        let t = try CLI.timed(args + [refDir.path])
        let expected = try CLI.catFolder(refDir)
        let old = try CLI.bytes(oldDir)
        #expect(old.count == expected.count && old.count > 5)
        var landed = 0
        for (i, delay) in CLI.moments(t, count: 3).enumerated() {
            try? FileManager.default.removeItem(at: out)
            try FileManager.default.copyItem(at: oldDir, to: out)
            if try CLI.killed(args + [out.path], after: delay) { landed += 1 }
            try expectFolderOldOrNew(out, old: old, expected: expected, "kill \(i) after \(delay) s")
            expectRecognisableTemporaries(out, destinations: Set(expected.keys.map { out.appendingPathComponent($0).path }))
        }
        // The early moments at least hit a running process.
        #expect(landed > 0)
        try CLI.ok(args + [out.path])
        #expect(CLI.temporaries(in: out).isEmpty)
        #expect(try CLI.catFolder(out) == expected)
    }

    // MARK: - ingest

    @Test(.requires("openpyxl", "sqlite3")) func killDuringIngest() throws {
        let f = try CrashFixture.get()
        let dir = TemporaryDirectory("ozg-crash-ingest")
        let ws = dir.path("ws")
        try CLI.copyWorkspace(f.baseWorkspace, to: ws)
        let args = ["ingest"] + f.sheets + ["--workspace", ws.path]
        let t = try CLI.timed(args)
        #expect(try CLI.exportJSON(ws) == f.fullExport)
        let db = ws.appendingPathComponent("ozg.sqlite")
        var landed = 0
        // Ingest reads every file first and stores them, one transaction each, in the last
        // quarter or so of its run: most moments fall there.
        for (i, delay) in CLI.moments(t, count: 4, from: 0.3, to: 0.97).enumerated() {
            try CLI.copyWorkspace(f.baseWorkspace, to: ws)
            if try CLI.killed(args, after: delay) { landed += 1 }
            let stored = try CLI.sqlite(db, "SELECT COUNT(*) FROM ingested_file")
            let context = "kill \(i) after \(delay) s (\(stored) of \(f.sheets.count) files stored)"
            #expect(try CLI.sqlite(db, "PRAGMA integrity_check") == "ok", "\(context)")
            #expect(try CLI.sqlite(db, "PRAGMA foreign_key_check") == "", "\(context)")
            // The workspace opens and exports.
            let partial = try ExternalTools.ozg(["export", "--format", "json", "-o", "-", "--workspace", ws.path])
            #expect(partial.status == 0, "\(context): \(partial.stderr)")
            // Ingesting again completes it: nothing lost, nothing twice.
            try CLI.ingest(f.sheets, workspace: ws)
            #expect(try CLI.exportJSON(ws) == f.fullExport, "\(context): the export differs from an uninterrupted ingest")
            #expect(try CLI.sqlite(db, "SELECT COUNT(*), COUNT(DISTINCT sha256) FROM ingested_file") == "\(f.sheets.count)|\(f.sheets.count)")
        }
        // The early moments at least hit a running process.
        #expect(landed > 0)
    }

    // MARK: - catalog import

    /// A killed import into a new workspace leaves no folder, an empty workspace or one with the
    /// whole catalogue (one transaction); it opens, and importing again completes it.
    @Test(.requires("sqlite3")) func killDuringCatalogImport() throws {
        try ExternalTools.require("sqlite3")
        let dir = TemporaryDirectory("ozg-crash-catalog")
        let catalog = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        let ref = dir.path("ref"), ws = dir.path("ws")
        let t = try CLI.timed(["catalog", "import", catalog, "--workspace", ref.path, "-q"])
        let expected = try CLI.exportJSON(ref)
        let db = ws.appendingPathComponent("ozg.sqlite")
        var landed = 0
        for (i, delay) in CLI.moments(t, from: 0.3, to: 0.95).enumerated() {
            try? FileManager.default.removeItem(at: ws)
            if try CLI.killed(["catalog", "import", catalog, "--workspace", ws.path, "-q"], after: delay) { landed += 1 }
            let context = "kill \(i) after \(delay) s"
            if FileManager.default.fileExists(atPath: db.path) {
                #expect(try CLI.sqlite(db, "PRAGMA integrity_check") == "ok", "\(context)")
                let o = try ExternalTools.ozg(["export", "--format", "json", "-o", "-", "--workspace", ws.path])
                #expect(o.status == 0, "\(context): \(o.stderr)")
            }
            try CLI.ok(["catalog", "import", catalog, "--workspace", ws.path, "-q"])
            #expect(try CLI.exportJSON(ws) == expected, "\(context)")
        }
        #expect(landed > 0)
    }

    // MARK: - export

    @Test(.requires("openpyxl", "sqlite3")) func killDuringExport() throws {
        let f = try CrashFixture.get()
        let dir = TemporaryDirectory("ozg-crash-export")
        let out = dir.path("gesamtliste.xlsx").path
        let ref = dir.path("reference.xlsx").path
        let args = ["export", "--format", "xlsx", "--workspace", f.fullWorkspace.path, "-o"]
        let t = try CLI.timed(args + [ref])
        let expected = try CLI.catJSON(ref)
        try CLI.ok(["export", "--format", "xlsx", "--workspace", f.baseWorkspace.path, "-o", out])
        let old = try Data(contentsOf: URL(fileURLWithPath: out))
        var landed = 0
        for (i, delay) in CLI.moments(t).enumerated() {
            try old.write(to: URL(fileURLWithPath: out))
            if try CLI.killed(args + [out], after: delay) { landed += 1 }
            try expectOldOrNew(out, old: old, expected: expected, "kill \(i) after \(delay) s")
            expectRecognisableTemporaries(dir.url, destinations: [out])
        }
        // The early moments at least hit a running process.
        #expect(landed > 0)
    }

    // MARK: - report

    @Test(.requires("openpyxl", "sqlite3")) func killDuringReportAbdeckung() throws {
        let f = try CrashFixture.get()
        let dir = TemporaryDirectory("ozg-crash-report")
        let out = dir.path("abdeckung.xlsx").path
        let ref = dir.path("reference.xlsx").path
        let args = ["report", "abdeckung", "--format", "xlsx", "--workspace", f.fullWorkspace.path, "-o"]
        let t = try CLI.timed(args + [ref])
        let expected = try CLI.catJSON(ref)
        try CLI.ok(["report", "abdeckung", "--format", "xlsx", "--workspace", f.baseWorkspace.path, "-o", out])
        let old = try Data(contentsOf: URL(fileURLWithPath: out))
        var landed = 0
        for (i, delay) in CLI.moments(t).enumerated() {
            try old.write(to: URL(fileURLWithPath: out))
            if try CLI.killed(args + [out], after: delay) { landed += 1 }
            try expectOldOrNew(out, old: old, expected: expected, "kill \(i) after \(delay) s")
            expectRecognisableTemporaries(dir.url, destinations: [out])
        }
        // The early moments at least hit a running process.
        #expect(landed > 0)
    }

    @Test(.requires("openpyxl", "sqlite3")) func killDuringReportKommunenMatrix() throws {
        let f = try CrashFixture.get()
        let dir = TemporaryDirectory("ozg-crash-matrix")
        let oldDir = dir.path("old"), refDir = dir.path("ref"), out = dir.path("out")
        try CLI.ok(["report", "kommunen-matrix", "--format", "xlsx", "--workspace", f.baseWorkspace.path, "-o", oldDir.path])
        let args = ["report", "kommunen-matrix", "--format", "xlsx", "--workspace", f.fullWorkspace.path, "-o"]
        let t = try CLI.timed(args + [refDir.path])
        let expected = try CLI.catFolder(refDir)
        let old = try CLI.bytes(oldDir)
        #expect(old.count == expected.count && old.count > 5)
        var landed = 0
        for (i, delay) in CLI.moments(t, count: 3).enumerated() {
            try? FileManager.default.removeItem(at: out)
            try FileManager.default.copyItem(at: oldDir, to: out)
            if try CLI.killed(args + [out.path], after: delay) { landed += 1 }
            try expectFolderOldOrNew(out, old: old, expected: expected, "kill \(i) after \(delay) s")
            expectRecognisableTemporaries(out, destinations: Set(expected.keys.map { out.appendingPathComponent($0).path }))
        }
        // The early moments at least hit a running process.
        #expect(landed > 0)
        try CLI.ok(args + [out.path])
        #expect(CLI.temporaries(in: out).isEmpty)
    }
}
