import Foundation
import GRDB
import OZGTestSupport
import Testing

@testable import OZGDomain
@testable import OZGWorkspace

/// A workspace made by `main` before catalogue versions and history (schema `v1`,
/// `v2-added-columns`; see `Fixtures/workspace-main-2026-12-01/README.md`) migrates forward
/// without losing anything.
@Suite("WorkspaceMigration")
struct WorkspaceMigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workspace-main-2026-12-01/ozg.sqlite")

    /// A workspace folder holding a copy of `fixture` (opened by the test), and a second copy
    /// beside it that is never opened (the original to compare with).
    static func copies(of fixture: URL, _ label: String) throws -> (TemporaryDirectory, folder: URL, copy: String, original: String) {
        let dir = TemporaryDirectory(label)
        let folder = dir.path("ws")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("ozg.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: copy)
        let original = dir.path("original.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: original)
        return (dir, folder, copy, original)
    }

    /// Every row of every table of the old schema, as text, in primary-key order; a table the
    /// new schema reshaped is read through the view that stands for it (`readAs`).
    static func dump(_ path: String, columnsOf original: String, readAs: [String: String] = [:]) throws -> [String: [[String]]] {
        var config = Configuration()
        config.readonly = true
        let old = try DatabaseQueue(path: original, configuration: config)
        let tables = try old.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
        }
        var columns: [String: [String]] = [:]
        try old.read { db in
            for t in tables { columns[t] = try db.columns(in: t).map(\.name) }
        }
        let db = try DatabaseQueue(path: path, configuration: config)
        var out: [String: [[String]]] = [:]
        try db.read { db in
            for t in tables {
                let list = columns[t, default: []]
                let sql = "SELECT \(list.joined(separator: ", ")) FROM \(readAs[t] ?? t) ORDER BY \(list.joined(separator: ", "))"
                out[t] = try GRDB.Row.fetchAll(db, sql: sql).map { r in
                    (0..<r.count).map { i in (r[i] as DatabaseValue).description }
                }
            }
        }
        return out
    }

    static let allMigrations = ["v1", "v2-added-columns", "v3-catalog-versions", "v4-history", "v5-umsetzung", "v6-status-source",
        "v7-status-history-written",
    ]

    /// A workspace of schema `v5-umsetzung` with the councils' statuses, their history (an update,
    /// a removal by a newer dashboard export), conflicts and a meeting snapshot; see
    /// `Fixtures/workspace-v5-2026-12-01/README.md`.
    static let fixtureV5 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workspace-v5-2026-12-01/ozg.sqlite")

    @Test("a workspace with the councils' statuses (v5) keeps every status row, its history, provenance and conflicts")
    func statusesMigrateToSources() throws {
        let (dir, folder, copy, original) = try Self.copies(of: Self.fixtureV5, "migration-v5")
        defer { _ = dir }
        let before = try Self.dump(original, columnsOf: original)
        #expect(before["kommune_status"]?.count == 126 && before["status_history"]?.count == 129)
        #expect(before["status_conflict"]?.count == 4 && before["ingested_file"]?.count == 14)

        let ws = try Workspace.open(at: folder.path, createIfMissing: false)
        #expect(try ws.appliedMigrations() == Self.allMigrations)
        // Every row of every table reads as before: the reshaped tables through their views,
        // with file, SHA-256 and time of ingest from `status_source`.
        let after = try Self.dump(
            copy, columnsOf: original, readAs: ["kommune_status": "kommune_status_row", "status_history": "status_history_row"])
        for (table, rows) in before {
            #expect(after[table] == rows, "table \(table) unchanged")
        }
        let model = try ws.snapshot()
        #expect(model.umsetzung.count == 126)
        #expect(model.umsetzung.allSatisfy { $0.provenance?.sha256.count == 64 && !($0.provenance?.cell.isEmpty ?? true) })
        #expect(try ws.model(at: Workspace.now()) == model)
        // The history keeps its times: the dashboard row the second export no longer listed
        // was there until it was removed (2026-12-01T17:47:09Z), and gone after.
        let lemgo = "Lemgo", hund = try #require(model.catalog.einzelleistungen.first { $0.id.key.hasPrefix("99102013002000") }?.id)
        let earlier = try ws.model(at: ChangeMoment(label: "vorher", at: "2026-12-01T17:47:08Z"))
        #expect(earlier.status(hund, kommune: lemgo, quelle: .dashboard)?.stand == .online)
        #expect(model.status(hund, kommune: lemgo, quelle: .dashboard) == nil)
        #expect(try ws.statusConflicts(includeResolved: true).count == 4)
        // Writing goes on in the new shape: resolving a conflict stores the row with the
        // provenance of the file it came from and adds one history row after the old ones.
        let open = try ws.statusConflicts()
        let pending = try #require(open.first)
        let resolvedAt = Workspace.now()
        try ws.resolveStatusConflict(id: pending.id, keepNew: true)
        let resolved = try ws.snapshot().status(pending.einzelleistung, kommune: pending.kommune, quelle: .kommune)
        #expect(resolved?.stand == pending.new.stand && resolved?.provenance == pending.new.provenance)
        // (written by the one writer of status rows since `v7`, no longer by a trigger: exactly one
        // row, recorded at the time of the resolution, not at the time its file came in).
        let history = try Self.dump(copy, columnsOf: copy, readAs: [:])["status_history"] ?? []
        #expect(history.count == 130 && history.map { $0[0] }.contains("130"))
        let added = try #require(history.first { $0[0] == "130" })
        #expect(added.last == "\"\(resolvedAt.at)\"" || added.last == "\"\(Workspace.now().at)\"")
        #expect(added.contains("\"\(pending.new.stand.rawValue)\""))
        // Opening it again changes nothing.
        #expect(try Workspace.open(at: folder.path, createIfMissing: false).appliedMigrations() == Self.allMigrations)
    }

    @Test("a workspace of today's main keeps every verdict, Vorhaben, added column, conflict and provenance")
    func keepsEverything() throws {
        let (dir, folder, copy, original) = try Self.copies(of: Self.fixture, "migration")
        defer { _ = dir }
        let before = try Self.dump(original, columnsOf: original)
        #expect(before["verdict"]?.count == 279 && before["vorhaben"]?.count == 3 && before["added_value"]?.count == 14)
        #expect(before["conflict"]?.count == 1 && before["ingested_file"]?.count == 6)

        let ws = try Workspace.open(at: folder.path, createIfMissing: false)
        #expect(try ws.appliedMigrations() == Self.allMigrations)
        let after = try Self.dump(copy, columnsOf: original)
        for (table, rows) in before {
            #expect(after[table] == rows, "table \(table) unchanged")
        }
        // The model reads the same; the history holds every value; the catalogue is version 1.
        let model = try ws.snapshot()
        #expect(model.verdicts.count == 279)
        #expect(model.verdicts.allSatisfy { $0.provenance?.sha256.count == 64 && !($0.provenance?.cell.isEmpty ?? true) })
        #expect(model.vorhaben.count == 3 && model.addedColumns.count == 14)
        #expect(try ws.model(at: Workspace.now()) == model)
        let versions = try ws.catalogVersions()
        #expect(versions.count == 1 && versions[0].rowCount == 1562 && versions[0].name == "2026-12-01")
        #expect(try ws.catalog(version: versions[0].name) == model.catalog)
        #expect(try ws.conflicts().count == 1)
        // Opening it again changes nothing.
        let again = try Workspace.open(at: folder.path, createIfMissing: false)
        #expect(try again.snapshot() == model)
    }
}
