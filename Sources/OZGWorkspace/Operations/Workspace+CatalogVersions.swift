import Foundation
import GRDB
import OZGDomain

extension Workspace {
    /// Imports a catalogue as a new version and carries the verdicts over.
    ///
    /// - An unchanged or renamed Leistung keeps every verdict (its id is the same).
    /// - A Leistung whose id changes (moved to another OZG-ID; a keyless row renamed with a
    ///   certain match) gets the verdicts, exceptions and added-column values of its old id, and
    ///   its Vorhaben; the old id keeps them in the history.
    /// - A moved Leistung is marked for review (``ReviewReason/verschoben``), a new one too
    ///   (``ReviewReason/neu``); a new one has no verdicts (`offen`). Nothing is marked on the
    ///   first import.
    /// - A removed Leistung leaves the current catalogue; its verdicts stay in the database and
    ///   the history.
    ///
    /// The version's rows and its changes against the catalogue before are kept.
    ///
    /// - Parameters:
    ///   - name: the version's name; by default the day of `date` (`2026-12-01`, then
    ///     `2026-12-01 (2)`). A name that exists throws ``HistoryError/duplicateVersion(_:)``.
    ///   - kind: what kind of file it came from.
    ///   - source: the file, for `ozg catalog versions`.
    public func importCatalogVersion(
        _ catalog: Catalog, name: String? = nil, kind: CatalogVersionInfo.Kind = .katalog, source: String? = nil,
        at date: Date = Date()
    ) throws -> CatalogVersionImport {
        try write { db in
            let now = isoTimestamp(date)
            let versionName = try Workspace.newVersionName(name, day: String(now.prefix(10)), db)
            let old = try Workspace.fetchCatalog(db)
            let diff = CatalogDiff(old: old, new: catalog)
            let summary = try upsertCatalog(catalog, at: date, db)

            var carried = 0
            for (from, to) in diff.renamedIDs {
                carried += try Workspace.carryOver(from: from.key, to: to.key, db)
            }
            var marked = 0
            if !old.einzelleistungen.isEmpty {
                let mark = try db.cachedStatement(sql: "UPDATE einzelleistung SET review = ?, review_since = ? WHERE id = ?")
                for id in diff.newIDs {
                    try mark.execute(arguments: [ReviewReason.neu.rawValue, now, id.key])
                    marked += 1
                }
                for id in diff.movedIDs {
                    try mark.execute(arguments: [ReviewReason.verschoben.rawValue, now, id.key])
                    marked += 1
                }
            }
            try db.execute(
                sql: "INSERT INTO catalog_version (name, kind, source, imported_at, row_count) VALUES (?, ?, ?, ?, ?)",
                arguments: [versionName, kind.rawValue, source, now, catalog.einzelleistungen.count])
            let version = db.lastInsertedRowID
            let row = try db.cachedStatement(sql: """
                INSERT INTO catalog_version_row VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (position, e) in catalog.einzelleistungen.enumerated() {
                let s = StoredRow(e, position: position)
                try row.execute(arguments: [version, position, s.id, s.leika, s.ozgId, s.idBezeichnung, s.occurrence,
                    s.bezeichnung, s.ozgLeistung, s.themenfeld, s.lage, s.typRaw, s.typCodes, s.sdg1, s.sdg2, s.gesetz,
                    s.leikaText, s.synonyme])
            }
            // The first version's changes (everything new) say nothing; they are not kept.
            if !old.einzelleistungen.isEmpty {
                let change = try db.cachedStatement(sql: "INSERT INTO catalog_change VALUES (?, ?, ?, ?, ?, ?)")
                let encoder = JSONEncoder()
                for (seq, c) in diff.changes.enumerated() {
                    let json = String(decoding: try encoder.encode(c), as: UTF8.self)
                    try change.execute(arguments: [version, seq, c.kind.rawValue, c.einzelleistung.id.key,
                        c.einzelleistung.themenfeld, json])
                }
            }
            return CatalogVersionImport(
                name: versionName, diff: diff, summary: summary, carriedVerdicts: carried, markedForReview: marked)
        }
    }

    /// The catalogue versions, oldest first.
    public func catalogVersions() throws -> [CatalogVersionInfo] {
        try read { db in
            var counts: [Int64: [CatalogChangeKind: Int]] = [:]
            for r in try GRDB.Row.fetchAll(db, sql: "SELECT version, kind, COUNT(*) FROM catalog_change GROUP BY version, kind") {
                if let k = CatalogChangeKind(rawValue: r[1]) { counts[r[0], default: [:]][k] = r[2] }
            }
            let rows = try GRDB.Row.fetchAll(db, sql: "SELECT * FROM catalog_version ORDER BY id")
            return rows.enumerated().map { i, r in
                CatalogVersionInfo(
                    name: r["name"], kind: CatalogVersionInfo.Kind(rawValue: r["kind"]) ?? .katalog, source: r["source"],
                    importedAt: r["imported_at"], rowCount: r["row_count"], changeCounts: counts[r["id"]] ?? [:],
                    isCurrent: i == rows.count - 1)
            }
        }
    }

    /// The rows of a catalogue version, in its order.
    public func catalog(version name: String) throws -> Catalog {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM catalog_version WHERE name = ?", arguments: [name]) else {
                throw HistoryError.unknownVersion(name, available: try String.fetchAll(db, sql: "SELECT name FROM catalog_version ORDER BY id"))
            }
            return try Workspace.fetchCatalog(version: id, db)
        }
    }

    /// The Einzelleistungen of the current catalogue that are marked for review, with the reason.
    public func reviewMarks() throws -> [EinzelleistungID: ReviewReason] {
        try read { db in
            var out: [EinzelleistungID: ReviewReason] = [:]
            for r in try GRDB.Row.fetchAll(db, sql: "SELECT * FROM einzelleistung WHERE in_catalog = 1 AND review IS NOT NULL") {
                if let reason = ReviewReason(rawValue: r["review"]) { out[StoredRow(r).identity] = reason }
            }
            return out
        }
    }

    static func fetchCatalog(version: Int64, _ db: Database) throws -> Catalog {
        var rows: [Einzelleistung] = []
        let cursor = try GRDB.Row.fetchCursor(db, sql: """
            SELECT id, position, 1, leika, ozg_id, id_bezeichnung, occurrence, bezeichnung, ozg_leistung, themenfeld, lage,
                typ_raw, typ_codes, sdg1, sdg2, gesetz, leika_text, synonyme
            FROM catalog_version_row WHERE version = ? ORDER BY position
            """, arguments: [version])
        while let r = try cursor.next() { rows.append(StoredRow(r).einzelleistung) }
        return Catalog(einzelleistungen: rows)
    }

    /// The name for a new version: the given one (which must be new), else the day, made unique.
    static func newVersionName(_ name: String?, day: String, _ db: Database) throws -> String {
        func taken(_ n: String) throws -> Bool {
            try Bool.fetchOne(db, sql: "SELECT 1 FROM catalog_version WHERE name = ?", arguments: [n]) == true
        }
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw HistoryError.emptyName }
            if try taken(trimmed) { throw HistoryError.duplicateVersion(trimmed) }
            return trimmed
        }
        var candidate = day
        var n = 2
        while try taken(candidate) {
            candidate = "\(day) (\(n))"
            n += 1
        }
        return candidate
    }

    /// Copies verdicts, exceptions and added-column values of one id to another (where the new id
    /// has none yet) and moves the Vorhaben; returns the number of verdicts copied.
    static func carryOver(from old: String, to new: String, _ db: Database) throws -> Int {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO verdict
                SELECT ?, kommunaltyp, relevanz, raw, file, sheet, cell, sha256, ingested_at FROM verdict WHERE einzelleistung = ?
                """,
            arguments: [new, old])
        let verdicts = db.changesCount
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO kommune_exception
                SELECT kommune, ?, relevanz, note, file, sheet, cell, sha256, ingested_at FROM kommune_exception WHERE einzelleistung = ?
                """,
            arguments: [new, old])
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO added_value
                SELECT ?, column_name, text, file, sheet, cell, sha256, ingested_at FROM added_value WHERE einzelleistung = ?
                """,
            arguments: [new, old])
        try db.execute(sql: "UPDATE vorhaben SET einzelleistung = ? WHERE einzelleistung = ?", arguments: [new, old])
        return verdicts
    }
}
