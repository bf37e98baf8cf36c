import Foundation
import GRDB
import OZGDomain

extension Workspace {
    /// Stores what one file contributes, in one transaction.
    ///
    /// - A file whose SHA-256 was ingested before changes nothing (``IngestOutcome/alreadyIngested``).
    /// - A verdict for an Einzelleistung and Kommunaltyp that has none is stored with its provenance
    ///   (file, sheet, cell, the batch's SHA-256, the time of ingest).
    /// - The same verdict as the stored one changes nothing (the first provenance stays).
    /// - A different verdict from the same file path (a newer version of that file) replaces it.
    /// - A different verdict from another file is a conflict: recorded, reported, not stored.
    /// - `offen` never overwrites and is not stored.
    /// - Exceptions behave like verdicts (per Kommune and Einzelleistung); Vorhaben are replaced
    ///   by identity (``Umsetzungsvorhaben/identity``); Paten named in the batch are upserted.
    ///
    /// A verdict, exception or Vorhaben for an Einzelleistung that is not in the catalogue, an
    /// unknown Kommunaltyp or Kommune throws, and nothing of the batch is stored.
    public func ingest(_ batch: IngestBatch, at date: Date = Date()) throws -> IngestOutcome {
        try write { db in
            if try Workspace.wasIngested(batch, db) {
                var o = IngestOutcome.nothing
                o.alreadyIngested = true
                return o
            }
            let now = isoTimestamp(date)
            let references = try references(db)
            let known = references.known, types = references.types, kommunen = references.kommunen
            var ctx = IngestContext(batch: batch, now: now)
            try ctx.preload(db)

            for v in batch.verdicts {
                let key = v.einzelleistung.key
                guard known.contains(key) else {
                    throw WorkspaceError.unknownEinzelleistung(v.einzelleistung, file: batch.file, cell: v.provenance?.cell)
                }
                guard let typ = types.type(named: v.kommunaltyp)?.name else {
                    throw WorkspaceError.unknownKommunaltyp(v.kommunaltyp, context: ctx.place(v.provenance))
                }
                try ctx.store(
                    Slot(table: "verdict", ownerColumn: "kommunaltyp", owner: typ, key: key, id: v.einzelleistung),
                    relevanz: v.relevanz, raw: v.raw, note: nil, provenance: v.provenance, db)
            }
            for e in batch.exceptions {
                let key = e.einzelleistung.key
                guard known.contains(key) else {
                    throw WorkspaceError.unknownEinzelleistung(e.einzelleistung, file: batch.file, cell: e.provenance?.cell)
                }
                guard kommunen.contains(e.kommune) else { throw WorkspaceError.unknownKommune(e.kommune, file: batch.file) }
                try ctx.store(
                    Slot(table: "kommune_exception", ownerColumn: "kommune", owner: e.kommune, key: key, id: e.einzelleistung),
                    relevanz: e.relevanz, raw: nil, note: e.note, provenance: e.provenance, db)
            }
            var nextPosition = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM vorhaben") ?? -1) + 1
            for v in batch.vorhaben {
                if let id = v.einzelleistung, !known.contains(id.key) {
                    throw WorkspaceError.unknownEinzelleistung(id, file: batch.file, cell: v.provenance?.cell)
                }
                let identity = v.identity
                let p = ctx.provenance(v.provenance)
                let stored = try GRDB.Row.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM vorhaben WHERE identity = ?"), arguments: [identity])
                if let stored, VorhabenRow.vorhaben(stored, id: v.einzelleistung).sameContent(as: v) {
                    ctx.outcome.vorhabenUnchanged += 1
                    continue
                }
                let position: Int = stored?["position"] ?? nextPosition
                if stored == nil { nextPosition += 1 }
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO vorhaben VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .execute(arguments: VorhabenRow.arguments(v, identity: identity, position: position, provenance: p))
                ctx.outcome.vorhabenStored += 1
            }
            for a in batch.addedColumns {
                let key = a.einzelleistung.key
                guard known.contains(key) else {
                    throw WorkspaceError.unknownEinzelleistung(a.einzelleistung, file: batch.file, cell: a.provenance?.cell)
                }
                try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO added_column (name, position)
                    VALUES (?, (SELECT IFNULL(MAX(position), -1) + 1 FROM added_column))
                    """).execute(arguments: [a.column])
                let p = ctx.provenance(a.provenance)
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO added_value VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .execute(arguments: [key, a.column, a.text, p.file, p.sheet, p.cell, p.sha256, p.ingestedAt])
            }
            try Workspace.storeUmsetzung(batch, known: known, kommunen: kommunen, ctx: &ctx, db)
            for p in batch.paten { try Workspace.upsertPate(p, db) }
            try Workspace.clearReviewMarks(batch, now: now, db)
            let stand = CalendarDateText.parse(batch.stand)?.iso ?? String(now.prefix(10))
            try Workspace.setMeta("stand", stand, db)
            let o = ctx.outcome
            // (A dashboard export read for a second council keeps the entry of the first.)
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO ingested_file (path, sha256, ingested_at, verdicts, vorhaben, exceptions, conflicts, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [batch.file, batch.sha256, now, o.verdictsStored, o.vorhabenStored, o.exceptionsStored,
                    o.conflicts.count + o.statusConflicts.count, o.statusStored])
            return o
        }
    }

    /// What an ingest checks every row against, read once for the files of one run: a status
    /// sheet's thousands of rows of 396 councils would otherwise read the catalogue's 5,000 keys
    /// 396 times. Kept while nothing else changed the database: no other write of this workspace
    /// came in between (an ingest itself never changes them) and no other connection committed
    /// (SQLite's `data_version`).
    private func references(_ db: Database) throws -> IngestReferences {
        let writes = writesBegun.load(ordering: .sequentiallyConsistent)
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        return try ingestReferences.withLock { kept in
            if var still = kept, still.writes == writes - 1, still.dataVersion == version {
                still.writes = writes
                kept = still
                return still
            }
            let fresh = IngestReferences(
                known: Set(try String.fetchAll(db, sql: "SELECT id FROM einzelleistung WHERE in_catalog = 1")),
                kommunen: Set(try Workspace.fetchKommunen(db).map(\.name)), types: try Workspace.fetchKommunaltypen(db),
                dataVersion: version, writes: writes)
            kept = fresh
            return fresh
        }
    }

    /// A Leistung marked for review (``ReviewReason``) is reviewed once a file ingested after
    /// the mark gives it a verdict other than `offen`, also when that verdict is unchanged.
    static func clearReviewMarks(_ batch: IngestBatch, now: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM einzelleistung WHERE review IS NOT NULL LIMIT 1") == true else { return }
        let clear = try db.cachedStatement(sql: """
            UPDATE einzelleistung SET review = NULL, review_since = NULL
            WHERE id = ? AND review IS NOT NULL AND review_since <= ?
            """)
        var done = Set<String>()
        for v in batch.verdicts where v.relevanz != .offen && done.insert(v.einzelleistung.key).inserted {
            try clear.execute(arguments: [v.einzelleistung.key, now])
        }
    }

    /// Whether the batch's file was ingested already. A dashboard export is the list of one
    /// council: the same file (two councils with nothing online export the same header) is new to
    /// another council, so it counts as ingested only when rows of this council came from it.
    static func wasIngested(_ batch: IngestBatch, _ db: Database) throws -> Bool {
        guard let kommune = batch.dashboardKommune else {
            return try Bool.fetchOne(db, sql: "SELECT 1 FROM ingested_file WHERE sha256 = ?", arguments: [batch.sha256]) == true
        }
        return try Bool.fetchOne(
            db,
            sql: """
                SELECT 1 FROM status_history h JOIN status_source src ON src.id = h.source
                WHERE h.kommune = ? AND h.quelle = 'dashboard' AND src.sha256 = ? LIMIT 1
                """,
            arguments: [kommune, batch.sha256]) == true
    }

    /// Whether a file with this SHA-256 was ingested already.
    public func isIngested(sha256: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM ingested_file WHERE sha256 = ?", arguments: [sha256]) == true
        }
    }
}

/// The catalogue keys (in the catalogue), council names and Kommunaltypen of the workspace, as
/// of the write `writes` and SQLite's `data_version` `dataVersion`.
struct IngestReferences: Sendable {
    let known: Set<String>
    let kommunen: Set<String>
    let types: KommunaltypSet
    let dataVersion: Int
    var writes: Int
}

/// Where a verdict or exception lives: table, owner (Kommunaltyp or Kommune) and Einzelleistung.
struct Slot {
    var table: String
    var ownerColumn: String
    var owner: String
    var key: String
    var id: EinzelleistungID
}

/// A verdict (Kommunaltyp as owner) or exception (Kommune as owner) of one Einzelleistung.
struct SlotKey: Hashable {
    var isVerdict: Bool
    var owner: String
    var key: String
}

/// A stored verdict or exception, as far as ingest compares it.
struct StoredValue {
    var relevanz: Relevanz
    var raw: String?
    var provenance: Provenance?
}

/// The state of one ingest while it runs.
struct IngestContext {
    let batch: IngestBatch
    let now: String
    var outcome = IngestOutcome.nothing
    /// What this batch wrote so far, so that two different cells of one file conflict too.
    var written: [SlotKey: Relevanz] = [:]
    /// The stored verdicts and exceptions by table, owner and Einzelleistung.
    var existing: [SlotKey: StoredValue] = [:]

    init(batch: IngestBatch, now: String) {
        self.batch = batch
        self.now = now
    }

    /// The provenance to store: the value's sheet and cell with this batch's file, hash and time.
    func provenance(_ p: Provenance?) -> Provenance {
        Provenance(
            file: (p?.file).flatMap { $0.isEmpty ? nil : $0 } ?? batch.file, sheet: p?.sheet ?? "",
            cell: p?.cell ?? "", sha256: batch.sha256, ingestedAt: now)
    }

    func place(_ p: Provenance?) -> String {
        [batch.file, p?.sheet, p?.cell].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    mutating func store(
        _ slot: Slot, relevanz: Relevanz, raw: String?, note: String?, provenance: Provenance?, _ db: Database
    ) throws {
        let isVerdict = slot.table == "verdict"
        if relevanz == .offen {
            if isVerdict { outcome.verdictsOpen += 1 }
            return
        }
        let p = self.provenance(provenance)
        let slotKey = SlotKey(isVerdict: isVerdict, owner: slot.owner, key: slot.key)
        if let stored = existing[slotKey] {
            if stored.relevanz == relevanz {
                if isVerdict { outcome.verdictsUnchanged += 1 } else { outcome.exceptionsUnchanged += 1 }
                return
            }
            let sameFile = stored.provenance?.file == batch.file && written[slotKey] == nil
            if !sameFile {
                try recordConflict(slot, stored: stored, new: relevanz, raw: raw, provenance: p, db)
                return
            }
        }
        if isVerdict {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO verdict VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(
                arguments: [slot.key, slot.owner, relevanz.rawValue, raw, p.file, p.sheet, p.cell, p.sha256, p.ingestedAt])
            outcome.verdictsStored += 1
        } else {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO kommune_exception VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(
                arguments: [slot.owner, slot.key, relevanz.rawValue, note, p.file, p.sheet, p.cell, p.sha256, p.ingestedAt])
            outcome.exceptionsStored += 1
        }
        written[slotKey] = relevanz
        existing[slotKey] = StoredValue(relevanz: relevanz, raw: raw, provenance: p)
    }

    /// Loads the stored verdicts and exceptions of the batch's Einzelleistungen once, instead of
    /// one query per value (and instead of the whole table for every file).
    mutating func preload(_ db: Database) throws {
        var keys = Set<String>()
        for v in batch.verdicts { keys.insert(v.einzelleistung.key) }
        for e in batch.exceptions { keys.insert(e.einzelleistung.key) }
        guard !keys.isEmpty else { return }
        let json = String(decoding: try JSONEncoder().encode(Array(keys)), as: UTF8.self)
        existing.reserveCapacity(batch.verdicts.count + batch.exceptions.count)
        for (table, owner) in [("verdict", "kommunaltyp"), ("kommune_exception", "kommune")] {
            let hasRaw = table == "verdict"
            let cursor = try GRDB.Row.fetchCursor(
                db,
                sql: """
                    SELECT \(owner), einzelleistung, relevanz, \(hasRaw ? "raw" : "NULL"), file, sheet, cell, sha256,
                        ingested_at FROM \(table) WHERE einzelleistung IN (SELECT value FROM json_each(?))
                    """,
                arguments: [json])
            while let r = try cursor.next() {
                let key = SlotKey(isVerdict: hasRaw, owner: r[0], key: r[1])
                existing[key] = StoredValue(
                    relevanz: Relevanz(rawValue: r[2]) ?? .offen, raw: r[3], provenance: Workspace.provenance(r, at: 4))
            }
        }
    }

    mutating func recordConflict(
        _ slot: Slot, stored: StoredValue, new: Relevanz, raw: String?, provenance p: Provenance, _ db: Database
    ) throws {
        let isVerdict = slot.table == "verdict"
        let old = stored.relevanz, storedRaw = stored.raw, sp = stored.provenance
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO conflict (einzelleistung, kommunaltyp, kommune, stored_relevanz, stored_raw,
                    stored_file, stored_sheet, stored_cell, stored_sha256, new_relevanz, new_raw, new_file, new_sheet,
                    new_cell, new_sha256, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                slot.key, isVerdict ? slot.owner : nil, isVerdict ? nil : slot.owner, old.rawValue, storedRaw,
                sp?.file, sp?.sheet, sp?.cell, sp?.sha256, new.rawValue, raw, p.file, p.sheet,
                p.cell, p.sha256, now,
            ])
        outcome.conflicts.append(VerdictConflict(
            id: db.lastInsertedRowID, einzelleistung: slot.id, kommunaltyp: isVerdict ? slot.owner : nil,
            kommune: isVerdict ? nil : slot.owner, stored: old, storedRaw: storedRaw, storedProvenance: sp,
            new: new, newRaw: raw, newProvenance: p, resolution: nil))
    }
}
