import Foundation
import GRDB
import OZGDomain

extension Workspace {
    /// Everything the reports read, from one consistent read transaction.
    ///
    /// Verdicts, exceptions and Vorhaben of Einzelleistungen that the current catalogue no
    /// longer holds stay in the database but are left out. Verdicts are ordered by catalogue
    /// position, then Kommunaltyp order.
    ///
    /// - Parameter includingUmsetzung: `false` leaves out the councils' statuses
    ///   (``DomainModel/umsetzung``), for what only checks against the catalogue and the
    ///   verdicts, such as reading returned sheets: 396 councils' statuses are over a million rows.
    public func snapshot(includingUmsetzung: Bool = true) throws -> DomainModel {
        try read { db in try Workspace.readModel(.current, includingUmsetzung: includingUmsetzung, db) }
    }

    /// The model from a source: the current tables or the history at a moment.
    static func readModel(_ source: ModelSource, includingUmsetzung: Bool = true, _ db: Database) throws -> DomainModel {
        let catalog = try source.catalogVersion.map { try Workspace.fetchCatalog(version: $0, db) } ?? Workspace.fetchCatalog(db)
        var idByKey: [String: (id: EinzelleistungID, position: Int)] = [:]
        idByKey.reserveCapacity(catalog.einzelleistungen.count)
        for (i, e) in catalog.einzelleistungen.enumerated() { idByKey[e.id.key] = (e.id, i) }
        let types = try Workspace.fetchKommunaltypen(db)
        var typeOrder: [String: Int] = [:]
        for (i, t) in types.types.enumerated() { typeOrder[t.name] = i }

        var verdicts: [(Int, Int, Verdict)] = []
        let vc = try GRDB.Row.fetchCursor(db, sql: """
            SELECT einzelleistung, kommunaltyp, relevanz, raw, file, sheet, cell, sha256, ingested_at FROM \(source.verdict)
            """)
        while let r = try vc.next() {
            guard let (id, pos) = idByKey[r[0] as String] else { continue }
            let typ: String = r[1]
            verdicts.append((pos, typeOrder[typ] ?? Int.max, Verdict(
                einzelleistung: id, kommunaltyp: typ, relevanz: Relevanz(rawValue: r[2]) ?? .offen, raw: r[3],
                provenance: Workspace.provenance(r, at: 4))))
        }
        verdicts.sort { ($0.0, $0.1, $0.2.kommunaltyp) < ($1.0, $1.1, $1.2.kommunaltyp) }

        var exceptions: [KommuneException] = []
        for r in try GRDB.Row.fetchAll(db, sql: "SELECT * FROM \(source.exception) ORDER BY kommune, \(source.exceptionOrder)") {
            guard let (id, _) = idByKey[r["einzelleistung"] as String] else { continue }
            exceptions.append(KommuneException(
                kommune: r["kommune"], einzelleistung: id, relevanz: Relevanz(rawValue: r["relevanz"]) ?? .offen,
                note: r["note"], provenance: Workspace.provenance(r)))
        }
        var vorhaben: [Umsetzungsvorhaben] = []
        for r in try GRDB.Row.fetchAll(db, sql: "SELECT * FROM \(source.vorhaben) ORDER BY position") {
            let key: String? = r["einzelleistung"]
            var id: EinzelleistungID?
            if let key {
                guard let found = idByKey[key] else { continue }
                id = found.id
            }
            vorhaben.append(VorhabenRow.vorhaben(r, id: id))
        }
        let paten = try GRDB.Row.fetchAll(db, sql: "SELECT * FROM pate ORDER BY rowid").map { r in
            Pate(themenfeld: r["themenfeld"], name: r["name"], email: r["email"])
        }
        var added: [(column: Int, position: Int, value: AddedColumnValue)] = []
        let ac = try GRDB.Row.fetchCursor(db, sql: """
            SELECT v.einzelleistung, v.column_name, v.text, v.file, v.sheet, v.cell, v.sha256, v.ingested_at, c.position
            FROM \(source.addedValue) v JOIN added_column c ON c.name = v.column_name
            """)
        while let r = try ac.next() {
            guard let (id, pos) = idByKey[r[0] as String] else { continue }
            added.append((r[8], pos, AddedColumnValue(
                einzelleistung: id, column: r[1], text: r[2],
                provenance: Workspace.provenance(r, at: 3))))
        }
        added.sort { ($0.column, $0.position) < ($1.column, $1.position) }
        var model = DomainModel(
            catalog: catalog, kommunaltypen: types, kommunen: try Workspace.fetchKommunen(db), paten: paten,
            verdicts: verdicts.map(\.2), exceptions: exceptions, vorhaben: vorhaben,
            stand: CalendarDateText.parse(try Workspace.meta("stand", db)),
            isSampleData: try Workspace.meta("sampleData", db) == "1")
        model.addedColumns = added.map(\.value)
        model.settings = try Workspace.fetchSettings(db)
        if includingUmsetzung {
            model.umsetzung = try Workspace.fetchUmsetzung(source, idByKey: idByKey, kommunen: model.kommunen, db)
        }
        return model
    }

    /// The recorded conflicts, oldest first; resolved ones only when asked.
    public func conflicts(includeResolved: Bool = false) throws -> [VerdictConflict] {
        try read { db in
            var ids: [String: EinzelleistungID] = [:]
            for r in try GRDB.Row.fetchAll(db, sql: "SELECT * FROM einzelleistung") {
                let s = StoredRow(r)
                ids[s.id] = s.identity
            }
            let sql = "SELECT * FROM conflict" + (includeResolved ? "" : " WHERE resolution IS NULL") + " ORDER BY id"
            return try GRDB.Row.fetchAll(db, sql: sql).map { r in
                let key: String = r["einzelleistung"]
                let storedFile: String? = r["stored_file"]
                return VerdictConflict(
                    id: r["id"], einzelleistung: ids[key] ?? EinzelleistungID(key: key) ?? EinzelleistungID(leika: nil, ozgId: 0, bezeichnung: key),
                    kommunaltyp: r["kommunaltyp"], kommune: r["kommune"],
                    stored: Relevanz(rawValue: r["stored_relevanz"]) ?? .offen, storedRaw: r["stored_raw"],
                    storedProvenance: storedFile.map {
                        Provenance(file: $0, sheet: r["stored_sheet"] ?? "", cell: r["stored_cell"] ?? "",
                            sha256: r["stored_sha256"] ?? "", ingestedAt: "")
                    },
                    new: Relevanz(rawValue: r["new_relevanz"]) ?? .offen, newRaw: r["new_raw"],
                    newProvenance: Provenance(file: r["new_file"], sheet: r["new_sheet"] ?? "", cell: r["new_cell"] ?? "",
                        sha256: r["new_sha256"], ingestedAt: r["recorded_at"]),
                    resolution: r["resolution"])
            }
        }
    }

    /// Resolves a conflict: keep the stored verdict, or replace it with the new one (with its provenance).
    public func resolveConflict(id: Int64, keepNew: Bool) throws {
        try write { db in
            guard let r = try GRDB.Row.fetchOne(db, sql: "SELECT * FROM conflict WHERE id = ?", arguments: [id]) else {
                throw WorkspaceError.database(path: databasePath, message: "Konflikt \(id) gibt es nicht")
            }
            if keepNew {
                var history: String?
                if let typ: String = r["kommunaltyp"] {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO verdict VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: [r["einzelleistung"], typ, r["new_relevanz"], r["new_raw"], r["new_file"],
                            r["new_sheet"], r["new_cell"], r["new_sha256"], r["recorded_at"]])
                    history = "verdict_history"
                } else if let kommune: String = r["kommune"] {
                    try db.execute(
                        sql: """
                            UPDATE kommune_exception SET relevanz = ?, file = ?, sheet = ?, cell = ?, sha256 = ?, ingested_at = ?
                            WHERE kommune = ? AND einzelleistung = ?
                            """,
                        arguments: [r["new_relevanz"], r["new_file"], r["new_sheet"], r["new_cell"], r["new_sha256"],
                            r["recorded_at"], kommune, r["einzelleistung"]])
                    history = db.changesCount > 0 ? "exception_history" : nil
                }
                // The value keeps the provenance of the file it came from, but it takes effect now:
                // its history row (just written by the trigger) gets the time of the resolution,
                // so that the state at a meeting held before it does not show it, and the changes
                // since that meeting do.
                if let history {
                    try db.execute(sql: """
                        UPDATE \(history) SET recorded_at = \(SchemaHistory.nowSQL)
                        WHERE seq = (SELECT MAX(seq) FROM \(history))
                        """)
                }
            }
            try db.execute(sql: "UPDATE conflict SET resolution = ? WHERE id = ?", arguments: [keepNew ? "new" : "stored", id])
        }
    }

    /// The provenance stored in five consecutive columns `file, sheet, cell, sha256, ingested_at`
    /// starting at index `i` (the order every table and query here uses); `nil` without a file.
    static func provenance(_ r: GRDB.Row, at i: Int) -> Provenance? {
        guard let file: String = r[i] else { return nil }
        return Provenance(file: file, sheet: r[i + 1] ?? "", cell: r[i + 2] ?? "", sha256: r[i + 3] ?? "",
            ingestedAt: r[i + 4] ?? "")
    }

    static func provenance(_ r: GRDB.Row) -> Provenance? {
        guard let file: String = r["file"] else { return nil }
        return Provenance(file: file, sheet: r["sheet"] ?? "", cell: r["cell"] ?? "", sha256: r["sha256"] ?? "",
            ingestedAt: r["ingested_at"] ?? "")
    }
}
