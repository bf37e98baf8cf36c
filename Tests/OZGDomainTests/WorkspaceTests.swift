import Foundation
import OZGSpreadsheet
import OZGTestSupport
import Testing

@testable import OZGDomain
@testable import OZGWorkspace

/// A small made-up catalogue (Beispieldaten) for the workspace tests.
enum WorkspaceFixtures {
    static func key(_ n: Int) -> LeikaKey? { LeikaKey(text: "99" + String(format: "%012d", n)) }

    static func catalog(renaming: Bool = false, extra: Bool = false) -> Catalog {
        var rows: [Einzelleistung] = []
        for i in 1...6 {
            rows.append(Einzelleistung(
                leika: key(i), bezeichnung: renaming && i == 2 ? "Leistung 2 (neu benannt)" : "Leistung \(i)",
                ozgId: 10_000 + i / 3, ozgLeistung: "OZG \(i / 3)", themenfeld: i <= 3 ? "Bauen & Wohnen" : "Familie & Kind",
                lage: "Lage", typ: LeikaTyp(raw: "2/3")))
        }
        rows.append(Einzelleistung(leika: nil, bezeichnung: "Ohne Schlüssel", ozgId: 10_009, ozgLeistung: "OZG 9",
            themenfeld: "Familie & Kind", lage: "Lage"))
        if extra {
            rows.append(Einzelleistung(leika: key(99), bezeichnung: "Neue Leistung", ozgId: 10_010, ozgLeistung: "OZG 10",
                themenfeld: "Familie & Kind", lage: "Lage"))
        }
        return Catalog(einzelleistungen: rows)
    }

    static func prov(_ file: String, _ cell: String) -> Provenance {
        Provenance(file: file, sheet: "Bewertung", cell: cell, sha256: "", ingestedAt: "")
    }

    static func batch(_ file: String, sha: String, _ verdicts: [(Int, String, Relevanz)], catalog: Catalog = catalog())
        -> IngestBatch
    {
        IngestBatch(file: file, sha256: sha, verdicts: verdicts.enumerated().map { n, v in
            Verdict(einzelleistung: catalog.einzelleistungen[v.0].id, kommunaltyp: v.1, relevanz: v.2, raw: v.2.rawValue,
                provenance: prov(file, "H\(n + 2)"))
        })
    }

    static let fixedDate = Date(timeIntervalSince1970: 1_656_590_400)  // 2022-06-30T12:00:00Z
}

@Suite("Workspace: schema, catalogue import, ingest, conflicts, concurrency")
struct WorkspaceTests {
    @Test("opening creates folder, schema and the krz Verband defaults; a missing one is reported")
    func openCreates() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("ws").path
        #expect(throws: WorkspaceError.notFound(path: path)) { try Workspace.open(at: path, createIfMissing: false) }
        let ws = try Workspace.open(at: path)
        #expect(FileManager.default.fileExists(atPath: ws.databasePath))
        #expect(try ws.appliedMigrations() == WorkspaceMigrationTests.allMigrations)
        let model = try ws.snapshot()
        #expect(model.kommunaltypen == .krzVerband)
        #expect(model.kommunen.count == 39)
        #expect(model.catalog.einzelleistungen.isEmpty)
        // The schema through sqlite3, if installed: the tables exist.
        if let sqlite = ExternalTools.which("sqlite3") {
            let out = try ExternalTools.check([sqlite, ws.databasePath, ".tables"]).text
            for t in ["einzelleistung", "verdict", "conflict", "ingested_file", "vorhaben", "kommune_exception"] {
                #expect(out.contains(t))
            }
            let mode = try ExternalTools.check([sqlite, ws.databasePath, "PRAGMA journal_mode"]).text
            #expect(mode.contains("wal"))
        }
        // Reopening keeps everything and does not reinstall defaults.
        try ws.setKommunen([Kommune(name: "A", kommunaltyp: "GKS")])
        let again = try Workspace.open(at: path, createIfMissing: false)
        #expect(try again.snapshot().kommunen == [Kommune(name: "A", kommunaltyp: "Große kreisangehörige Stadt")])
        #expect(Workspace.resolvePath(explicit: nil, environment: [:]) == "ozg-workspace")
        #expect(Workspace.resolvePath(explicit: nil, environment: ["OZG_WORKSPACE": "/x"]) == "/x")
        #expect(Workspace.resolvePath(explicit: "/y", environment: ["OZG_WORKSPACE": "/x"]) == "/y")
    }

    @Test("re-import with a renamed Leistung and a new row keeps the verdicts")
    func reimport() throws {
        let dir = TemporaryDirectory()
        let ws = try Workspace.open(at: dir.path("ws").path)
        let first = try ws.importCatalog(WorkspaceFixtures.catalog())
        #expect(first == ImportSummary(added: 7, updated: 0, unchanged: 0, removed: 0, orphanedVerdicts: 0))
        let outcome = try ws.ingest(WorkspaceFixtures.batch("a.xlsx", sha: "aa", [(1, "Kreis", .ja), (6, "GKS", .nein)]))
        #expect(outcome.verdictsStored == 2)
        let second = try ws.importCatalog(WorkspaceFixtures.catalog(renaming: true, extra: true))
        #expect(second == ImportSummary(added: 1, updated: 1, unchanged: 6, removed: 0, orphanedVerdicts: 0))
        let model = try ws.snapshot()
        #expect(model.catalog.einzelleistungen.count == 8)
        #expect(model.catalog.einzelleistungen[1].bezeichnung == "Leistung 2 (neu benannt)")
        #expect(model.relevanz(model.catalog.einzelleistungen[1].id, "Kreis") == .ja)
        #expect(model.relevanz(model.catalog.einzelleistungen[6].id, "Große kreisangehörige Stadt") == .nein)
        #expect(model.catalog == WorkspaceFixtures.catalog(renaming: true, extra: true))
        // Importing the same catalogue again changes nothing; dropping a row keeps its verdict stored.
        #expect(try ws.importCatalog(model.catalog).unchanged == 8)
        var smaller = model.catalog
        smaller.einzelleistungen.remove(at: 1)
        let third = try ws.importCatalog(smaller)
        #expect(third.removed == 1 && third.orphanedVerdicts == 1)
        #expect(try ws.snapshot().verdicts.count == 1)
        _ = try ws.importCatalog(model.catalog)
        #expect(try ws.snapshot().verdicts.count == 2)
    }

    @Test("ingest stores verdicts with provenance; the same file twice is idempotent; snapshot equals the input")
    func ingestAndIdempotency() throws {
        let dir = TemporaryDirectory()
        let ws = try Workspace.open(at: dir.path("ws").path)
        let catalog = WorkspaceFixtures.catalog()
        try ws.importCatalog(catalog)
        var batch = WorkspaceFixtures.batch("paten/bauen.xlsx", sha: SHA256.hex(of: "bauen"),
            [(0, "Kreis", .ja), (0, "Kreisangehörige Stadt/Gemeinde", .teilweise), (1, "MKS", .nein), (2, "Kreis", .offen)])
        let k = try #require(KommunalConfiguration.krzVerbandKommunen.first { $0.name == "Lage" })
        batch.exceptions = [KommuneException(kommune: k.name, einzelleistung: catalog.einzelleistungen[0].id, relevanz: .nein,
            note: "Beispieldaten", provenance: WorkspaceFixtures.prov("paten/bauen.xlsx", "M2"))]
        batch.vorhaben = [Umsetzungsvorhaben(einzelleistung: catalog.einzelleistungen[0].id, ozgId: 10_000, titel: "Online-Antrag",
            loesungsansatz: "EfA", verantwortlich: "krz", start: CalendarDate(year: 2022, month: 1, day: 1),
            ende: CalendarDate(year: 2022, month: 12, day: 31), status: .inUmsetzung, reifegradIst: .information,
            reifegradZiel: .onlineLeistung, prioritaet: 1, notiz: "Beispieldaten",
            provenance: Provenance(file: "paten/bauen.xlsx", sheet: "Umsetzungsplanung", cell: "A2", sha256: "", ingestedAt: ""))]
        batch.paten = [Pate(themenfeld: "Bauen & Wohnen", name: "Erika Muster", email: "erika@example.org")]
        let o = try ws.ingest(batch, at: WorkspaceFixtures.fixedDate)
        #expect(!o.alreadyIngested)
        #expect(o.verdictsStored == 3 && o.verdictsOpen == 1 && o.exceptionsStored == 1 && o.vorhabenStored == 1)
        #expect(o.conflicts.isEmpty)

        let model = try ws.snapshot()
        #expect(model.verdicts.count == 3)
        let v = try #require(model.verdicts.first)
        #expect(v.kommunaltyp == "Kreis" && v.relevanz == .ja && v.raw == "ja")
        #expect(v.provenance == Provenance(file: "paten/bauen.xlsx", sheet: "Bewertung", cell: "H2",
            sha256: SHA256.hex(of: "bauen"), ingestedAt: "2022-06-30T12:00:00Z"))
        #expect(model.verdicts.map(\.kommunaltyp) == ["Kreis", "Kreisangehörige Stadt/Gemeinde", "Mittlere kreisangehörige Stadt"])
        #expect(model.relevanz(catalog.einzelleistungen[0].id, kommune: k) == .nein)
        #expect(model.exceptions.first?.note == "Beispieldaten")
        var expectedVorhaben = batch.vorhaben[0]
        expectedVorhaben.provenance?.sha256 = SHA256.hex(of: "bauen")
        expectedVorhaben.provenance?.ingestedAt = "2022-06-30T12:00:00Z"
        #expect(model.vorhaben == [expectedVorhaben])
        #expect(model.paten == batch.paten)
        #expect(model.stand == CalendarDate(year: 2022, month: 6, day: 30))
        #expect(try ws.ingestedFiles().map(\.path) == ["paten/bauen.xlsx"])

        let again = try ws.ingest(batch)
        #expect(again.alreadyIngested && again.verdictsStored == 0)
        #expect(try ws.snapshot() == model)
        #expect(try ws.ingestedFiles().count == 1)

        try ws.setSampleData(true)
        #expect(try ws.snapshot().isSampleData)
        #expect(try ws.isSampleData)
    }

    @Test("a different verdict from another file is a conflict and does not overwrite; the same verdict is none")
    func conflicts() throws {
        let dir = TemporaryDirectory()
        let ws = try Workspace.open(at: dir.path("ws").path)
        let catalog = WorkspaceFixtures.catalog()
        try ws.importCatalog(catalog)
        _ = try ws.ingest(WorkspaceFixtures.batch("a.xlsx", sha: "a1", [(0, "Kreis", .ja), (1, "Kreis", .nein)]))
        let b = try ws.ingest(WorkspaceFixtures.batch("b.ods", sha: "b1", [(0, "Kreis", .ja), (1, "Kreis", .ja), (2, "Kreis", .ja)]))
        #expect(b.verdictsUnchanged == 1 && b.verdictsStored == 1)
        #expect(b.conflicts.count == 1)
        let c = try #require(b.conflicts.first)
        #expect(c.einzelleistung == catalog.einzelleistungen[1].id && c.kommunaltyp == "Kreis")
        #expect(c.stored == .nein && c.new == .ja)
        #expect(c.storedProvenance?.file == "a.xlsx" && c.newProvenance.file == "b.ods" && c.newProvenance.cell == "H3")
        #expect(try ws.snapshot().relevanz(catalog.einzelleistungen[1].id, "Kreis") == .nein)
        #expect(try ws.conflicts().map(\.id) == [c.id])
        // A newer version of a.xlsx (same path, other content) may change its own verdict.
        let a2 = try ws.ingest(WorkspaceFixtures.batch("a.xlsx", sha: "a2", [(0, "Kreis", .teilweise)]))
        #expect(a2.verdictsStored == 1 && a2.conflicts.isEmpty)
        #expect(try ws.snapshot().relevanz(catalog.einzelleistungen[0].id, "Kreis") == .teilweise)
        // Two different cells of one file for the same verdict conflict too.
        let dup = try ws.ingest(WorkspaceFixtures.batch("c.xlsx", sha: "c1", [(3, "Kreis", .ja), (3, "Kreis", .nein)]))
        #expect(dup.verdictsStored == 1 && dup.conflicts.count == 1)
        // Resolving keeps the new verdict.
        try ws.resolveConflict(id: c.id, keepNew: true)
        #expect(try ws.snapshot().relevanz(catalog.einzelleistungen[1].id, "Kreis") == .ja)
        #expect(try ws.conflicts().count == 1)
        #expect(try ws.conflicts(includeResolved: true).first?.resolution == "new")
    }

    @Test("a batch that fails midway leaves the workspace unchanged", arguments: ["einzelleistung", "kommunaltyp", "kommune"])
    func failedIngestRollsBack(kind: String) throws {
        let dir = TemporaryDirectory()
        let ws = try Workspace.open(at: dir.path("ws").path)
        try ws.importCatalog(WorkspaceFixtures.catalog())
        _ = try ws.ingest(WorkspaceFixtures.batch("a.xlsx", sha: "a1", [(0, "Kreis", .ja)]))
        let before = try ws.snapshot()
        var batch = WorkspaceFixtures.batch("b.xlsx", sha: "b1", [(1, "Kreis", .ja), (2, "GKS", .nein)])
        let unknown = EinzelleistungID(leika: WorkspaceFixtures.key(777), ozgId: 1)
        switch kind {
        case "einzelleistung":
            batch.verdicts.append(Verdict(einzelleistung: unknown, kommunaltyp: "Kreis", relevanz: .ja, provenance: WorkspaceFixtures.prov("b.xlsx", "H9")))
            #expect(throws: WorkspaceError.unknownEinzelleistung(unknown, file: "b.xlsx", cell: "H9")) { try ws.ingest(batch) }
        case "kommunaltyp":
            batch.verdicts.append(Verdict(einzelleistung: before.catalog.einzelleistungen[3].id, kommunaltyp: "Bezirk", relevanz: .ja))
            #expect(throws: WorkspaceError.self) { try ws.ingest(batch) }
        default:
            batch.exceptions = [KommuneException(kommune: "Atlantis", einzelleistung: before.catalog.einzelleistungen[3].id, relevanz: .ja)]
            #expect(throws: WorkspaceError.unknownKommune("Atlantis", file: "b.xlsx")) { try ws.ingest(batch) }
        }
        #expect(try ws.snapshot() == before)
        #expect(try ws.ingestedFiles().count == 1)
        #expect(try !ws.isIngested(sha256: "b1"))
    }

    @Test("two writers at once on the same workspace both succeed")
    func concurrentIngest() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("ws").path
        let catalog = WorkspaceFixtures.catalog()
        // Both open a workspace that does not exist yet: creation and migration are serialised.
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            do {
                let ws = try Workspace.open(at: path)
                try ws.importCatalog(catalog)
                let typ = KommunaltypSet.krzVerband.names[i]
                let o = try ws.ingest(WorkspaceFixtures.batch("f\(i).xlsx", sha: "s\(i)",
                    (0..<catalog.einzelleistungen.count).map { ($0, typ, Relevanz.ja) }))
                results.add(o.verdictsStored)
            } catch {
                results.fail("\(error)")
            }
        }
        #expect(results.errors == [])
        #expect(results.stored == 4 * catalog.einzelleistungen.count)
        let ws = try Workspace.open(at: path)
        #expect(try ws.snapshot().verdicts.count == 4 * catalog.einzelleistungen.count)
        #expect(try ws.ingestedFiles().count == 4)
    }

    @Test("two processes at once: the test binary runs a child that ingests while it ingests", .requires("sqlite3"))
    func concurrentProcesses() throws {
        // A second process through sqlite3 writing in a long transaction while we ingest:
        // our write waits for the busy timeout instead of failing.
        try ExternalTools.require("sqlite3")
        let sqlite = try #require(ExternalTools.which("sqlite3"))
        let dir = TemporaryDirectory()
        let ws = try Workspace.open(at: dir.path("ws").path)
        try ws.importCatalog(WorkspaceFixtures.catalog())
        let p = Process()
        p.executableURL = URL(fileURLWithPath: sqlite)
        p.arguments = [ws.databasePath]
        let input = Pipe()
        p.standardInput = input
        try p.run()
        input.fileHandleForWriting.write(Data("""
            BEGIN IMMEDIATE;
            INSERT INTO meta VALUES ('other', 'process');
            SELECT 1;
            .shell sleep 1
            COMMIT;

            """.utf8))
        Thread.sleep(forTimeInterval: 0.3)
        let start = Date()
        let o = try ws.ingest(WorkspaceFixtures.batch("x.xlsx", sha: "x", [(0, "Kreis", .ja)]))
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(o.verdictsStored == 1)
        #expect(Date().timeIntervalSince(start) > 0.3)
        #expect(try ws.read { db in try Workspace.meta("other", db) } == "process")
    }

    @Test("the real catalogue: import, full verdicts, snapshot (timings printed, not asserted)")
    func realCatalogue() throws {
        let dir = TemporaryDirectory()
        let ws = try Workspace.open(at: dir.path("ws").path)
        let catalog = try Catalog.load(rows: DomainTestData.csvRows("ozg-katalog-2019.csv")).catalog
        let cpuStart = processCPUSeconds()
        var t = Date()
        let summary = try ws.importCatalog(catalog)
        let importTime = Date().timeIntervalSince(t)
        #expect(summary.added == 5225)
        var verdicts: [Verdict] = []
        for (i, e) in catalog.einzelleistungen.enumerated() {
            for (n, typ) in KommunaltypSet.krzVerband.names.enumerated() {
                verdicts.append(Verdict(einzelleistung: e.id, kommunaltyp: typ, relevanz: [.ja, .nein, .teilweise][(i + n) % 3],
                    provenance: Provenance(file: "all.xlsx", sheet: e.themenfeld, cell: "E\(i + 2)", sha256: "", ingestedAt: "")))
            }
        }
        t = Date()
        let o = try ws.ingest(IngestBatch(file: "all.xlsx", sha256: "all", verdicts: verdicts))
        let ingestTime = Date().timeIntervalSince(t)
        #expect(o.verdictsStored == 20_900)
        t = Date()
        let model = try ws.snapshot()
        let snapshotTime = Date().timeIntervalSince(t)
        #expect(model.catalog == catalog)
        #expect(model.verdicts.map(\.relevanz) == verdicts.map(\.relevanz))
        #expect(model.verdicts.map(\.einzelleistung) == verdicts.map(\.einzelleistung))
        t = Date()
        #expect(try ws.importCatalog(catalog).unchanged == 5225)
        let reimportTime = Date().timeIntervalSince(t)
        print(String(format: "workspace timings (wall): import %.3f s, ingest 20,900 verdicts %.3f s, snapshot %.3f s, re-import %.3f s; process CPU for all four %.3f s",
            importTime, ingestTime, snapshotTime, reimportTime, processCPUSeconds() - cpuStart))
    }
}

/// CPU seconds used by the whole process so far (all threads: GRDB writes on its own queue).
func processCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Collects results from concurrent work.
final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var stored = 0
    private(set) var errors: [String] = []
    func add(_ n: Int) { lock.lock(); stored += n; lock.unlock() }
    func fail(_ e: String) { lock.lock(); errors.append(e); lock.unlock() }
}
