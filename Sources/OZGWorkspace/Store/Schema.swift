import GRDB

/// The database schema as a list of migrations; never edit a released migration, add one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE einzelleistung (
                    id TEXT PRIMARY KEY NOT NULL,
                    position INTEGER NOT NULL,
                    in_catalog INTEGER NOT NULL DEFAULT 1,
                    leika TEXT, ozg_id INTEGER NOT NULL, id_bezeichnung TEXT NOT NULL, occurrence INTEGER NOT NULL,
                    bezeichnung TEXT NOT NULL, ozg_leistung TEXT NOT NULL, themenfeld TEXT NOT NULL, lage TEXT NOT NULL,
                    typ_raw TEXT NOT NULL, typ_codes TEXT NOT NULL, sdg1 INTEGER, sdg2 INTEGER, gesetz TEXT, leika_text TEXT);
                CREATE INDEX einzelleistung_position ON einzelleistung(in_catalog, position);
                CREATE TABLE kommunaltyp (
                    position INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL UNIQUE, aliases TEXT NOT NULL, kurzname TEXT);
                CREATE TABLE kommune (
                    position INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL UNIQUE, kreis TEXT,
                    kommunaltyp TEXT NOT NULL, status TEXT);
                CREATE TABLE pate (
                    themenfeld TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, email TEXT);
                CREATE TABLE ingested_file (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,
                    ingested_at TEXT NOT NULL, verdicts INTEGER NOT NULL, vorhaben INTEGER NOT NULL,
                    exceptions INTEGER NOT NULL, conflicts INTEGER NOT NULL);
                CREATE TABLE verdict (
                    einzelleistung TEXT NOT NULL, kommunaltyp TEXT NOT NULL, relevanz TEXT NOT NULL, raw TEXT,
                    file TEXT, sheet TEXT, cell TEXT, sha256 TEXT, ingested_at TEXT,
                    PRIMARY KEY (einzelleistung, kommunaltyp));
                CREATE TABLE kommune_exception (
                    kommune TEXT NOT NULL, einzelleistung TEXT NOT NULL, relevanz TEXT NOT NULL, note TEXT,
                    file TEXT, sheet TEXT, cell TEXT, sha256 TEXT, ingested_at TEXT,
                    PRIMARY KEY (kommune, einzelleistung));
                CREATE TABLE vorhaben (
                    identity TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, einzelleistung TEXT,
                    ozg_id INTEGER NOT NULL, titel TEXT NOT NULL, loesungsansatz TEXT, verantwortlich TEXT,
                    start TEXT, ende TEXT, status TEXT NOT NULL, reifegrad_ist INTEGER, reifegrad_ziel INTEGER,
                    prioritaet INTEGER, notiz TEXT,
                    file TEXT, sheet TEXT, cell TEXT, sha256 TEXT, ingested_at TEXT);
                CREATE TABLE conflict (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    einzelleistung TEXT NOT NULL, kommunaltyp TEXT, kommune TEXT,
                    stored_relevanz TEXT NOT NULL, stored_raw TEXT, stored_file TEXT, stored_sheet TEXT,
                    stored_cell TEXT, stored_sha256 TEXT,
                    new_relevanz TEXT NOT NULL, new_raw TEXT, new_file TEXT NOT NULL, new_sheet TEXT,
                    new_cell TEXT, new_sha256 TEXT NOT NULL,
                    recorded_at TEXT NOT NULL, resolution TEXT);
                CREATE UNIQUE INDEX conflict_once ON conflict(
                    einzelleistung, IFNULL(kommunaltyp, ''), IFNULL(kommune, ''), new_sha256, new_relevanz);
                """)
        }
        m.registerMigration("v2-added-columns") { db in
            // Columns Paten add to their sheets: kept verbatim and written back on export.
            try db.execute(sql: """
                CREATE TABLE added_column (name TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL);
                CREATE TABLE added_value (
                    einzelleistung TEXT NOT NULL, column_name TEXT NOT NULL, text TEXT NOT NULL,
                    file TEXT, sheet TEXT, cell TEXT, sha256 TEXT, ingested_at TEXT,
                    PRIMARY KEY (einzelleistung, column_name));
                """)
        }
        m.registerMigration("v3-catalog-versions") { db in try SchemaHistory.catalogVersions(db) }
        m.registerMigration("v4-history") { db in try SchemaHistory.history(db) }
        m.registerMigration("v5-umsetzung") { db in try SchemaUmsetzung.create(db) }
        m.registerMigration("v6-status-source") { db in try SchemaUmsetzung.sourceIDs(db) }
        m.registerMigration("v7-status-history-written") { db in try SchemaUmsetzung.historyWritten(db) }
        return m
    }
}
