import Foundation
import GRDB
import GRDBSQLite
import OZGDomain

extension Workspace {
    /// Stores the status rows of a batch (inside ``ingest(_:at:)``'s transaction).
    ///
    /// A council's row (``StatusQuelle/kommune``):
    /// - the same content as the stored row changes nothing;
    /// - a row for a Leistung without a stored row is stored with its provenance;
    /// - a different row replaces the stored one when the council answered on what was stored:
    ///   the sheet was prefilled after the stored row was written (``IngestBatch/statusVorbelegtAm``),
    ///   or, for a sheet without that mark, it comes from the same file path (a newer version);
    /// - otherwise (someone else changed the row after the sheet was made, or two files of
    ///   different paths, or two rows of one file) it is a conflict: recorded, not stored.
    ///
    /// Dashboard rows (``StatusQuelle/dashboard``) replace that council's earlier dashboard rows
    /// (the export is the whole list); they never touch what the council reported.
    static func storeUmsetzung(_ batch: IngestBatch, known: Set<String>, kommunen: Set<String>, ctx: inout IngestContext, _ db: Database) throws {
        guard !batch.umsetzung.isEmpty || batch.dashboardKommune != nil else { return }
        if let k = batch.dashboardKommune, !kommunen.contains(k) { throw WorkspaceError.unknownKommune(k, file: batch.file) }
        // The councils and sources the batch names, each checked and read once: a status sheet
        // answers thousands of rows of one council. Per row, only its Einzelleistung is looked up.
        var owners: [StatusOwner] = []
        var stored: [[String: KommuneStatus]] = []
        // Per owner, the rows this batch wrote: the position of the row stored for it, or -1 when
        // the stored row was kept (unchanged); a slot's second row in one file is compared with it.
        var written: [[String: Int]] = []
        var dashboardKommunen = Set(batch.dashboardKommune.map { [$0] } ?? [])
        var writer = try StatusRowWriter(db)
        var sources = StatusSources()
        var o = -1
        for (i, s) in batch.umsetzung.enumerated() {
            let key = s.einzelleistung.key
            guard known.contains(key) else {
                throw WorkspaceError.unknownEinzelleistung(s.einzelleistung, file: batch.file, cell: s.provenance?.cell)
            }
            if o < 0 || owners[o].kommune != s.kommune || owners[o].quelle != s.quelle {
                o = try owners.firstIndex(of: StatusOwner(kommune: s.kommune, quelle: s.quelle)) ?? {
                    guard kommunen.contains(s.kommune) else { throw WorkspaceError.unknownKommune(s.kommune, file: batch.file) }
                    owners.append(StatusOwner(kommune: s.kommune, quelle: s.quelle))
                    stored.append(try storedStatuses(of: owners[owners.count - 1], in: batch, db))
                    written.append(Dictionary(minimumCapacity: batch.umsetzung.count))
                    if s.quelle == .dashboard { dashboardKommunen.insert(s.kommune) }
                    return owners.count - 1
                }()
            }
            let earlier = written[o][key]
            let before: KommuneStatus?
            if let earlier, earlier >= 0 {
                var row = batch.umsetzung[earlier]
                row.provenance = ctx.provenance(row.provenance)
                before = row
            } else {
                before = stored[o].isEmpty ? nil : stored[o][key]
            }
            if let before {
                if before.sameContent(as: s) {
                    ctx.outcome.statusUnchanged += 1
                    if earlier == nil { written[o][key] = -1 }
                    continue
                }
                if s.quelle == .kommune {
                    let answeredOnStored: Bool
                    if earlier != nil {
                        answeredOnStored = false
                    } else if let basis = batch.statusVorbelegtAm {
                        answeredOnStored = (before.provenance?.ingestedAt ?? "") <= basis
                    } else {
                        answeredOnStored = before.provenance?.file == batch.file
                    }
                    if !answeredOnStored {
                        var new = s
                        new.provenance = ctx.provenance(s.provenance)
                        try recordStatusConflict(stored: before, new: new, batch: batch, ctx: &ctx, db)
                        continue
                    }
                }
            }
            let p = ctx.provenance(s.provenance)
            try writer.write(s, key: key, source: try sources.id(of: p, db), provenance: p)
            written[o][key] = i
            ctx.outcome.statusStored += 1
        }
        for k in dashboardKommunen {
            let keep = owners.indices.filter { owners[$0].quelle == .dashboard && owners[$0].kommune == k }
                .flatMap { written[$0].keys }
            let json = String(decoding: try JSONEncoder().encode(keep), as: UTF8.self)
            try db.execute(
                sql: """
                    DELETE FROM kommune_status WHERE kommune = ? AND quelle = 'dashboard'
                    AND einzelleistung NOT IN (SELECT value FROM json_each(?))
                    """,
                arguments: [k, json])
            ctx.outcome.statusRemoved += db.changesCount
        }
    }

    /// The stored rows of one council and source for the Leistungen the batch names, by key.
    private static func storedStatuses(of owner: StatusOwner, in batch: IngestBatch, _ db: Database) throws -> [String: KommuneStatus] {
        guard try Bool.fetchOne(
            db, sql: "SELECT 1 FROM kommune_status WHERE kommune = ? AND quelle = ? LIMIT 1",
            arguments: [owner.kommune, owner.quelle.rawValue]) == true
        else { return [:] }
        var ids: [String: EinzelleistungID] = [:]
        for s in batch.umsetzung where s.kommune == owner.kommune && s.quelle == owner.quelle {
            ids[s.einzelleistung.key] = s.einzelleistung
        }
        var rows: [String: KommuneStatus] = [:]
        let cursor = try GRDB.Row.fetchCursor(
            db,
            sql: "SELECT \(SchemaUmsetzung.columns.joined(separator: ", ")) FROM kommune_status_row WHERE kommune = ? AND quelle = ?",
            arguments: [owner.kommune, owner.quelle.rawValue])
        while let r = try cursor.next() {
            let key: String = r["einzelleistung"]
            guard let id = ids[key] else { continue }
            rows[key] = statusRow(r, id: id)
        }
        return rows
    }

    static func recordStatusConflict(
        stored: KommuneStatus, new: KommuneStatus, batch: IngestBatch, ctx: inout IngestContext, _ db: Database
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let fields = stored.differences(to: new)
        let p = new.provenance
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO status_conflict (kommune, einzelleistung, fields, stored, new, new_file, new_sheet,
                    new_cell, new_sha256, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                new.kommune, new.einzelleistung.key, fields.joined(separator: ", "),
                String(decoding: try encoder.encode(stored), as: UTF8.self),
                String(decoding: try encoder.encode(new), as: UTF8.self),
                p?.file ?? batch.file, p?.sheet, p?.cell, batch.sha256, ctx.now,
            ])
        ctx.outcome.statusConflicts.append(StatusConflict(
            id: db.lastInsertedRowID, kommune: new.kommune, einzelleistung: new.einzelleistung, fields: fields,
            stored: stored, new: new, resolution: nil))
    }

    /// A status from a row with the columns of ``SchemaUmsetzung/columns`` (by name).
    static func statusRow(_ r: GRDB.Row, id: EinzelleistungID) -> KommuneStatus {
        let stufe: Int? = r["reifegrad"]
        let modell = (r["reifegrad_modell"] as String?).flatMap(ReifegradModell.init(rawValue:))
        return KommuneStatus(
            kommune: r["kommune"], einzelleistung: id, quelle: StatusQuelle(rawValue: r["quelle"]) ?? .kommune,
            stand: Umsetzungsstand(rawValue: r["stand"]) ?? .offen, url: r["url"], loesung: r["loesung"],
            loesungsart: (r["loesungsart"] as String?).flatMap(Loesungsart.init(rawValue:)),
            reifegrad: stufe.map { ReifegradAngabe(stufe: $0, modell: modell ?? .v2_0) },
            prioritaet: (r["prioritaet"] as String?).flatMap(Prioritaet.init(rawValue:)), fallzahl: r["fallzahl"],
            geplantBis: r["geplant_bis"], geplantBisDatum: CalendarDateText.parse(r["geplant_bis_datum"]),
            ansprechpartner: r["ansprechpartner"], anmerkung: r["anmerkung"], datenstand: r["datenstand"],
            flaechendeckung: r["flaechendeckung"], provenance: provenance(r))
    }

    /// The councils' statuses of a model source, in council order, then catalogue order, own
    /// reports before dashboard rows.
    static func fetchUmsetzung(
        _ source: ModelSource, idByKey: [String: (id: EinzelleistungID, position: Int)], kommunen: [Kommune], _ db: Database
    ) throws -> StatusList {
        var order: [String: Int] = [:]
        for (i, k) in kommunen.enumerated() { order[k.name] = i }
        var list = StatusList()
        var keys: [(kommune: Int, position: Int, quelle: Int)] = []
        let cursor = try GRDB.Row.fetchCursor(db, sql: "SELECT * FROM \(source.status)")
        while let r = try cursor.next() {
            guard let (id, pos) = idByKey[r["einzelleistung"] as String] else { continue }
            let s = statusRow(r, id: id)
            keys.append((order[s.kommune] ?? Int.max, pos, s.quelle == .kommune ? 0 : 1))
            list.append(s)
        }
        list.reorder(keys.indices.sorted { (keys[$0].kommune, keys[$0].position, keys[$0].quelle) < (keys[$1].kommune, keys[$1].position, keys[$1].quelle) })
        return list
    }

    /// The recorded conflicts between status rows, oldest first; resolved ones only when asked.
    public func statusConflicts(includeResolved: Bool = false) throws -> [StatusConflict] {
        try read { db in
            let decoder = JSONDecoder()
            let sql = "SELECT * FROM status_conflict" + (includeResolved ? "" : " WHERE resolution IS NULL") + " ORDER BY id"
            return try GRDB.Row.fetchAll(db, sql: sql).compactMap { r in
                guard let stored = try? decoder.decode(KommuneStatus.self, from: Data((r["stored"] as String).utf8)),
                    let new = try? decoder.decode(KommuneStatus.self, from: Data((r["new"] as String).utf8))
                else { return nil }
                let fields = (r["fields"] as String).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                return StatusConflict(
                    id: r["id"], kommune: r["kommune"], einzelleistung: new.einzelleistung, fields: fields, stored: stored,
                    new: new, resolution: r["resolution"])
            }
        }
    }

    /// Resolves a status conflict: keep the stored row, or store the new one with its provenance.
    public func resolveStatusConflict(id: Int64, keepNew: Bool) throws {
        try write { db in
            guard let r = try GRDB.Row.fetchOne(db, sql: "SELECT * FROM status_conflict WHERE id = ?", arguments: [id]) else {
                throw WorkspaceError.database(path: databasePath, message: "Statuskonflikt \(id) gibt es nicht")
            }
            if keepNew {
                let new = try JSONDecoder().decode(KommuneStatus.self, from: Data((r["new"] as String).utf8))
                var sources = StatusSources()
                var writer = try StatusRowWriter(db)
                // Stored with the provenance of its file, recorded as taking effect now (as a
                // resolved verdict is).
                try writer.write(
                    new, key: new.einzelleistung.key, source: try sources.id(of: new.provenance, db), provenance: new.provenance,
                    recordedNow: true)
            }
            try db.execute(
                sql: "UPDATE status_conflict SET resolution = ?, resolved_at = \(SchemaHistory.nowSQL) WHERE id = ?",
                arguments: [keepNew ? "new" : "stored", id])
        }
    }
}

/// The `status_source` rows (file, SHA-256, time of ingest) a write refers to, each looked up or
/// added once: a status sheet's thousands of rows share one.
struct StatusSources {
    private var last: (file: String, sha256: String, ingestedAt: String, id: Int64)?
    private var ids: [[String]: Int64] = [:]

    mutating func id(of p: Provenance?, _ db: Database) throws -> Int64? {
        guard let p else { return nil }
        if let l = last, l.file == p.file, l.sha256 == p.sha256, l.ingestedAt == p.ingestedAt { return l.id }
        let key = [p.file, p.sha256, p.ingestedAt]
        let id: Int64
        if let known = ids[key] {
            id = known
        } else {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO status_source (file, sha256, ingested_at) VALUES (?, ?, ?)")
                .execute(arguments: [p.file, p.sha256, p.ingestedAt])
            guard let found = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM status_source WHERE file = ? AND sha256 = ? AND ingested_at = ?"),
                arguments: [p.file, p.sha256, p.ingestedAt])
            else { throw DatabaseError(message: "status_source row for \(p.file) missing") }
            id = found
            ids[key] = id
        }
        last = (p.file, p.sha256, p.ingestedAt, id)
        return id
    }
}

/// One council's rows from one source.
struct StatusOwner: Hashable {
    var kommune: String
    var quelle: StatusQuelle
}
