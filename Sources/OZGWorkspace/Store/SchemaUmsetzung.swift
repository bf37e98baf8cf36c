import GRDB

/// The migration `v5-umsetzung`: what the councils offer today (their returned status sheets)
/// and what the federal dashboard lists as online for them, with history and conflicts. Only
/// adds tables, so an older workspace keeps everything.
enum SchemaUmsetzung {
    /// The value columns of `kommune_status`, in table order (after the key columns).
    static let valueColumns = [
        "stand", "url", "loesung", "loesungsart", "reifegrad", "reifegrad_modell", "prioritaet", "fallzahl",
        "geplant_bis", "geplant_bis_datum", "ansprechpartner", "anmerkung", "datenstand", "flaechendeckung",
    ]
    /// Every column of `kommune_status` in table order.
    static let columns = ["kommune", "einzelleistung", "quelle"] + valueColumns
        + ["file", "sheet", "cell", "sha256", "ingested_at"]

    /// Stores one row of ``columns`` (``Workspace/statusArguments(_:)``), replacing the slot's row.
    static let upsertSQL = "INSERT OR REPLACE INTO kommune_status (\(columns.joined(separator: ", "))) VALUES ("
        + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"

    static func create(_ db: Database) throws {
        let now = SchemaHistory.nowSQL
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
}
