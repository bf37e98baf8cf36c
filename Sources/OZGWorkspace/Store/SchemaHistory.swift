import Foundation
import GRDB

/// The migrations of the living catalogue (`v3-catalog-versions`) and the history
/// (`v4-history`). Both only add tables, columns and triggers, and fill them from what a
/// workspace holds, so nothing of an older workspace is lost.
enum SchemaHistory {
    /// The time of a write in the ISO form every table uses, as SQL.
    static let nowSQL = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

    /// Catalogue versions with their rows and their changes against the version before; the
    /// review mark and synonyms on the current catalogue. A workspace with a catalogue gets it
    /// as its first version, named after the day it was imported.
    static func catalogVersions(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE catalog_version (
                id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
                source TEXT, imported_at TEXT NOT NULL, row_count INTEGER NOT NULL);
            CREATE TABLE catalog_version_row (
                version INTEGER NOT NULL REFERENCES catalog_version(id), position INTEGER NOT NULL,
                id TEXT NOT NULL, leika TEXT, ozg_id INTEGER NOT NULL, id_bezeichnung TEXT NOT NULL,
                occurrence INTEGER NOT NULL, bezeichnung TEXT NOT NULL, ozg_leistung TEXT NOT NULL,
                themenfeld TEXT NOT NULL, lage TEXT NOT NULL, typ_raw TEXT NOT NULL, typ_codes TEXT NOT NULL,
                sdg1 INTEGER, sdg2 INTEGER, gesetz TEXT, leika_text TEXT, synonyme TEXT,
                PRIMARY KEY (version, position)) WITHOUT ROWID;
            CREATE TABLE catalog_change (
                version INTEGER NOT NULL REFERENCES catalog_version(id), seq INTEGER NOT NULL, kind TEXT NOT NULL,
                einzelleistung TEXT NOT NULL, themenfeld TEXT NOT NULL, change TEXT NOT NULL,
                PRIMARY KEY (version, seq)) WITHOUT ROWID;
            ALTER TABLE einzelleistung ADD COLUMN synonyme TEXT;
            ALTER TABLE einzelleistung ADD COLUMN review TEXT;
            ALTER TABLE einzelleistung ADD COLUMN review_since TEXT;
            """)
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM einzelleistung WHERE in_catalog = 1") ?? 0
        guard count > 0 else { return }
        let at = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'catalogImportedAt'")
            ?? String.fetchOne(db, sql: "SELECT \(nowSQL)") ?? "1970-01-01T00:00:00Z"
        try db.execute(
            sql: "INSERT INTO catalog_version (name, kind, source, imported_at, row_count) VALUES (?, 'katalog', NULL, ?, ?)",
            arguments: [String(at.prefix(10)), at, count])
        try db.execute(sql: """
            INSERT INTO catalog_version_row
            SELECT last_insert_rowid(), position, id, leika, ozg_id, id_bezeichnung, occurrence, bezeichnung, ozg_leistung,
                themenfeld, lage, typ_raw, typ_codes, sdg1, sdg2, gesetz, leika_text, synonyme
            FROM einzelleistung WHERE in_catalog = 1 ORDER BY position
            """)
    }

    /// Append-only history of verdicts, exceptions, Vorhaben and added columns, kept by
    /// triggers (so no write can forget it), filled with what the workspace holds; meeting
    /// snapshots; the time a conflict was resolved.
    static func history(_ db: Database) throws {
        let provenance = "file TEXT, sheet TEXT, cell TEXT, sha256 TEXT, ingested_at TEXT"
        let tables: [(name: String, source: String, columns: String, definition: String, slot: String)] = [
            ("verdict_history", "verdict", "einzelleistung, kommunaltyp, relevanz, raw, file, sheet, cell, sha256, ingested_at",
             "einzelleistung TEXT NOT NULL, kommunaltyp TEXT NOT NULL, relevanz TEXT NOT NULL, raw TEXT, \(provenance)",
             "einzelleistung, kommunaltyp"),
            ("exception_history", "kommune_exception", "kommune, einzelleistung, relevanz, note, file, sheet, cell, sha256, ingested_at",
             "kommune TEXT NOT NULL, einzelleistung TEXT NOT NULL, relevanz TEXT NOT NULL, note TEXT, \(provenance)",
             "kommune, einzelleistung"),
            ("vorhaben_history", "vorhaben",
             "identity, position, einzelleistung, ozg_id, titel, loesungsansatz, verantwortlich, start, ende, status, "
                + "reifegrad_ist, reifegrad_ziel, prioritaet, notiz, file, sheet, cell, sha256, ingested_at",
             "identity TEXT NOT NULL, position INTEGER NOT NULL, einzelleistung TEXT, ozg_id INTEGER NOT NULL, "
                + "titel TEXT NOT NULL, loesungsansatz TEXT, verantwortlich TEXT, start TEXT, ende TEXT, status TEXT NOT NULL, "
                + "reifegrad_ist INTEGER, reifegrad_ziel INTEGER, prioritaet INTEGER, notiz TEXT, \(provenance)",
             "identity"),
            ("added_value_history", "added_value", "einzelleistung, column_name, text, file, sheet, cell, sha256, ingested_at",
             "einzelleistung TEXT NOT NULL, column_name TEXT NOT NULL, text TEXT NOT NULL, \(provenance)",
             "einzelleistung, column_name"),
        ]
        for t in tables {
            let newValues = t.columns.split(separator: ",").map { "NEW." + $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: ", ")
            try db.execute(sql: """
                CREATE TABLE \(t.name) (seq INTEGER PRIMARY KEY AUTOINCREMENT, \(t.definition), recorded_at TEXT NOT NULL);
                CREATE INDEX \(t.name)_time ON \(t.name)(recorded_at);
                CREATE INDEX \(t.name)_slot ON \(t.name)(\(t.slot), seq);
                INSERT INTO \(t.name) (\(t.columns), recorded_at)
                    SELECT \(t.columns), COALESCE(ingested_at, \(nowSQL)) FROM \(t.source) ORDER BY ingested_at, rowid;
                CREATE TRIGGER \(t.name)_insert AFTER INSERT ON \(t.source) BEGIN
                    INSERT INTO \(t.name) (\(t.columns), recorded_at) VALUES (\(newValues), COALESCE(NEW.ingested_at, \(nowSQL)));
                END;
                CREATE TRIGGER \(t.name)_update AFTER UPDATE ON \(t.source) BEGIN
                    INSERT INTO \(t.name) (\(t.columns), recorded_at) VALUES (\(newValues), COALESCE(NEW.ingested_at, \(nowSQL)));
                END;
                """)
        }
        try db.execute(sql: """
            CREATE TABLE meeting_snapshot (name TEXT PRIMARY KEY NOT NULL, at TEXT NOT NULL);
            ALTER TABLE conflict ADD COLUMN resolved_at TEXT;
            CREATE INDEX conflict_recorded ON conflict(recorded_at);
            CREATE TRIGGER conflict_resolved AFTER UPDATE OF resolution ON conflict
                WHEN NEW.resolution IS NOT NULL AND OLD.resolution IS NULL BEGIN
                UPDATE conflict SET resolved_at = \(nowSQL) WHERE id = NEW.id;
            END;
            """)
    }
}
