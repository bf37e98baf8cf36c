import GRDB

/// The migrations of the councils' statuses. `v5-umsetzung`: what the councils offer today
/// (their returned status sheets) and what the federal dashboard lists as online for them, with
/// history and conflicts; it only adds tables, so an older workspace keeps everything.
/// `v6-status-source`: the same rows, leaner (396 councils' sheets are 1.3 million rows and each
/// has a history row): a row names its file, SHA-256 and time of ingest by one `status_source`
/// id instead of repeating them, the current rows are kept in key order (`WITHOUT ROWID`), and
/// the index by Einzelleistung that no query used is gone. The views `kommune_status_row` and
/// `status_history_row` read as the tables did before, with the five provenance columns.
/// `v7-status-history-written`: the history row of a stored status is written with it, not by
/// a trigger.
enum SchemaUmsetzung {
    /// The value columns of `kommune_status`, in table order (after the key columns).
    static let valueColumns = [
        "stand", "url", "loesung", "loesungsart", "reifegrad", "reifegrad_modell", "prioritaet", "fallzahl",
        "geplant_bis", "geplant_bis_datum", "ansprechpartner", "anmerkung", "datenstand", "flaechendeckung",
    ]
    static let keyColumns = ["kommune", "einzelleistung", "quelle"]
    /// Every column of the views `kommune_status_row` (and, after `seq`, `status_history_row`):
    /// key, values, then the provenance as every table of the workspace names it.
    static let columns = keyColumns + valueColumns + ["file", "sheet", "cell", "sha256", "ingested_at"]
    /// Every column of the table `kommune_status` (and of `status_history` after `seq`).
    static let storedColumns = keyColumns + valueColumns + ["source", "sheet", "cell"]

    /// Stores one row of ``storedColumns`` (``StatusRowWriter``), replacing the slot’s row.
    static let upsertSQL = "INSERT OR REPLACE INTO kommune_status (\(storedColumns.joined(separator: ", "))) VALUES ("
        + Array(repeating: "?", count: storedColumns.count).joined(separator: ", ") + ")"

    /// Records one row of ``storedColumns`` in `status_history` at its source's time of ingest
    /// (the last parameter; the time of writing when it has none).
    static let historySQL = "INSERT INTO status_history (\(storedColumns.joined(separator: ", ")), recorded_at) VALUES ("
        + Array(repeating: "?", count: storedColumns.count).joined(separator: ", ") + ", COALESCE(?, \(SchemaHistory.nowSQL)))"

    /// `v7-status-history-written`: a stored status row gets its history row from the one writer
    /// of status rows (``StatusRowWriter``) instead of a trigger that fired per row (a trigger
    /// program and the source's time looked up again for each of 1.3 million rows). Removals
    /// keep their trigger: a dashboard import deletes the rows the export no longer lists in one
    /// statement.
    static func historyWritten(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER status_history_insert;
            DROP TRIGGER status_history_update;
            """)
    }

    /// `v5-umsetzung`, as it was written (its columns are frozen here; `v6` reshapes them).
    static func create(_ db: Database) throws {
        let now = SchemaHistory.nowSQL
        let columns = keyColumns + valueColumns + ["file", "sheet", "cell", "sha256", "ingested_at"]
        let list = columns.joined(separator: ", ")
        let newValues = columns.map { "NEW." + $0 }.joined(separator: ", ")
        let oldValues = columns.map { "OLD." + $0 }.joined(separator: ", ")
        let definition = """
            kommune TEXT NOT NULL, einzelleistung TEXT NOT NULL, quelle TEXT NOT NULL, stand TEXT NOT NULL,
            url TEXT, loesung TEXT, loesungsart TEXT, reifegrad INTEGER, reifegrad_modell TEXT, prioritaet TEXT,
            fallzahl INTEGER, geplant_bis TEXT, geplant_bis_datum TEXT, ansprechpartner TEXT, anmerkung TEXT,
            datenstand TEXT, flaechendeckung TEXT,
            file TEXT, sheet TEXT, cell TEXT, sha256 TEXT, ingested_at TEXT
            """
        try db.execute(sql: """
            CREATE TABLE kommune_status (\(definition), PRIMARY KEY (kommune, einzelleistung, quelle));
            CREATE INDEX kommune_status_einzelleistung ON kommune_status(einzelleistung);
            CREATE TABLE status_history (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, \(definition), removed INTEGER NOT NULL DEFAULT 0,
                recorded_at TEXT NOT NULL);
            CREATE INDEX status_history_time ON status_history(recorded_at);
            CREATE INDEX status_history_slot ON status_history(kommune, einzelleistung, quelle, seq);
            CREATE TRIGGER status_history_insert AFTER INSERT ON kommune_status BEGIN
                INSERT INTO status_history (\(list), recorded_at) VALUES (\(newValues), COALESCE(NEW.ingested_at, \(now)));
            END;
            CREATE TRIGGER status_history_update AFTER UPDATE ON kommune_status BEGIN
                INSERT INTO status_history (\(list), recorded_at) VALUES (\(newValues), COALESCE(NEW.ingested_at, \(now)));
            END;
            CREATE TRIGGER status_history_delete AFTER DELETE ON kommune_status BEGIN
                INSERT INTO status_history (\(list), removed, recorded_at) VALUES (\(oldValues), 1, \(now));
            END;
            CREATE TABLE status_conflict (
                id INTEGER PRIMARY KEY AUTOINCREMENT, kommune TEXT NOT NULL, einzelleistung TEXT NOT NULL,
                fields TEXT NOT NULL, stored TEXT NOT NULL, new TEXT NOT NULL, new_file TEXT NOT NULL,
                new_sheet TEXT, new_cell TEXT, new_sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL,
                resolution TEXT, resolved_at TEXT);
            CREATE UNIQUE INDEX status_conflict_once ON status_conflict(kommune, einzelleistung, new_sha256);
            CREATE INDEX status_conflict_recorded ON status_conflict(recorded_at);
            ALTER TABLE ingested_file ADD COLUMN status INTEGER NOT NULL DEFAULT 0;
            """)
    }

    /// The value columns' SQL definitions, shared by the table, its history and the migration.
    static let valueDefinition = """
        kommune TEXT NOT NULL, einzelleistung TEXT NOT NULL, quelle TEXT NOT NULL, stand TEXT NOT NULL,
        url TEXT, loesung TEXT, loesungsart TEXT, reifegrad INTEGER, reifegrad_modell TEXT, prioritaet TEXT,
        fallzahl INTEGER, geplant_bis TEXT, geplant_bis_datum TEXT, ansprechpartner TEXT, anmerkung TEXT,
        datenstand TEXT, flaechendeckung TEXT, source INTEGER, sheet TEXT, cell TEXT
        """

    /// `v6-status-source`: moves every row of `v5` into the lean shape, keeping `seq`, the
    /// history's times and every provenance (tested on a workspace made by `v5`). The history
    /// is append-only (no row is ever deleted), so `seq` needs no `AUTOINCREMENT` to keep rising,
    /// and it has no index by time: the two queries by time read it whole anyway or once per
    /// report, while every stored row paid for both (a third of SQLite's time per status row).
    static func sourceIDs(_ db: Database) throws {
        let now = SchemaHistory.nowSQL
        let keyAndValues = (keyColumns + valueColumns).joined(separator: ", ")
        let stored = storedColumns.joined(separator: ", ")
        let new = storedColumns.map { "NEW." + $0 }.joined(separator: ", ")
        let old = storedColumns.map { "OLD." + $0 }.joined(separator: ", ")
        // The source of a v5 row: its file, SHA-256 and time (`IS` so that missing parts match).
        func sourceOf(_ t: String) -> String {
            "(SELECT id FROM status_source WHERE file IS \(t).file AND sha256 IS \(t).sha256 AND ingested_at IS \(t).ingested_at)"
        }
        let v5Values = (keyColumns + valueColumns).map { "s." + $0 }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE status_source (
                id INTEGER PRIMARY KEY, file TEXT, sha256 TEXT, ingested_at TEXT);
            CREATE UNIQUE INDEX status_source_once ON status_source(file, sha256, ingested_at);
            INSERT INTO status_source (file, sha256, ingested_at)
                SELECT file, sha256, ingested_at FROM kommune_status WHERE file IS NOT NULL
                UNION SELECT file, sha256, ingested_at FROM status_history WHERE file IS NOT NULL
                ORDER BY 3, 1, 2;
            DROP TRIGGER status_history_insert;
            DROP TRIGGER status_history_update;
            DROP TRIGGER status_history_delete;
            CREATE TABLE kommune_status_v6 (\(valueDefinition), PRIMARY KEY (kommune, einzelleistung, quelle)) WITHOUT ROWID;
            INSERT INTO kommune_status_v6 (\(stored))
                SELECT \(v5Values), CASE WHEN s.file IS NULL THEN NULL ELSE \(sourceOf("s")) END, s.sheet, s.cell
                FROM kommune_status s;
            CREATE TABLE status_history_v6 (
                seq INTEGER PRIMARY KEY, \(valueDefinition), removed INTEGER NOT NULL DEFAULT 0,
                recorded_at TEXT NOT NULL);
            INSERT INTO status_history_v6 (seq, \(stored), removed, recorded_at)
                SELECT s.seq, \(v5Values), CASE WHEN s.file IS NULL THEN NULL ELSE \(sourceOf("s")) END, s.sheet, s.cell,
                    s.removed, s.recorded_at
                FROM status_history s ORDER BY s.seq;
            DROP TABLE kommune_status;
            DROP TABLE status_history;
            ALTER TABLE kommune_status_v6 RENAME TO kommune_status;
            ALTER TABLE status_history_v6 RENAME TO status_history;
            CREATE INDEX status_history_slot ON status_history(kommune, einzelleistung, quelle, seq);
            CREATE TRIGGER status_history_insert AFTER INSERT ON kommune_status BEGIN
                INSERT INTO status_history (\(stored), recorded_at) VALUES (\(new),
                    COALESCE((SELECT ingested_at FROM status_source WHERE id = NEW.source), \(now)));
            END;
            CREATE TRIGGER status_history_update AFTER UPDATE ON kommune_status BEGIN
                INSERT INTO status_history (\(stored), recorded_at) VALUES (\(new),
                    COALESCE((SELECT ingested_at FROM status_source WHERE id = NEW.source), \(now)));
            END;
            CREATE TRIGGER status_history_delete AFTER DELETE ON kommune_status BEGIN
                INSERT INTO status_history (\(stored), removed, recorded_at) VALUES (\(old), 1, \(now));
            END;
            CREATE VIEW kommune_status_row AS
                SELECT \(keyAndValues), src.file, s.sheet, s.cell, src.sha256, src.ingested_at
                FROM kommune_status s LEFT JOIN status_source src ON src.id = s.source;
            CREATE VIEW status_history_row AS
                SELECT seq, \(keyAndValues), src.file, s.sheet, s.cell, src.sha256, src.ingested_at, removed, recorded_at
                FROM status_history s LEFT JOIN status_source src ON src.id = s.source;
            """)
    }
}
