import Foundation
import GRDB
import OZGDomain

extension Workspace {
    /// Imports a catalogue as a new version named after the day (see
    /// ``importCatalogVersion(_:name:kind:source:at:)``, which also carries verdicts over).
    @discardableResult
    public func importCatalog(_ catalog: Catalog, at date: Date = Date()) throws -> ImportSummary {
        try importCatalogVersion(catalog, at: date).summary
    }

    /// Writes a catalogue into `einzelleistung`: new rows are added, known rows (same
    /// ``EinzelleistungID``) get the new names, Lage, LeiKa-Typ, flags and position; rows the new
    /// catalogue lacks are kept with their verdicts but leave the current catalogue. Verdicts are
    /// never touched.
    func upsertCatalog(_ catalog: Catalog, at date: Date, _ db: Database) throws -> ImportSummary {
        var existing: [String: StoredRow] = [:]
        for r in try GRDB.Row.fetchAll(db, sql: "SELECT * FROM einzelleistung") {
            let row = StoredRow(r)
            existing[row.id] = row
        }
        var added = 0, updated = 0, unchanged = 0
        var seen = Set<String>()
        let insert = try db.cachedStatement(sql: """
            INSERT INTO einzelleistung (id, position, in_catalog, leika, ozg_id, id_bezeichnung, occurrence,
                bezeichnung, ozg_leistung, themenfeld, lage, typ_raw, typ_codes, sdg1, sdg2, gesetz, leika_text, synonyme)
            VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET position = excluded.position, in_catalog = 1,
                bezeichnung = excluded.bezeichnung, ozg_leistung = excluded.ozg_leistung,
                themenfeld = excluded.themenfeld, lage = excluded.lage, typ_raw = excluded.typ_raw,
                typ_codes = excluded.typ_codes, sdg1 = excluded.sdg1, sdg2 = excluded.sdg2,
                gesetz = excluded.gesetz, leika_text = excluded.leika_text, synonyme = excluded.synonyme
            """)
        for (position, e) in catalog.einzelleistungen.enumerated() {
            let key = e.id.key
            guard seen.insert(key).inserted else {
                throw WorkspaceError.database(
                    path: databasePath, message: "Katalog enthält die Einzelleistung \(key) zweimal")
            }
            let new = StoredRow(e, position: position)
            if let old = existing[key] {
                if old == new { unchanged += 1; continue }
                updated += 1
            } else {
                added += 1
            }
            try insert.execute(arguments: new.arguments)
        }
        let gone = existing.keys.filter { !seen.contains($0) && existing[$0]?.inCatalog == true }
        var orphaned = 0
        for key in gone {
            try db.execute(sql: "UPDATE einzelleistung SET in_catalog = 0 WHERE id = ?", arguments: [key])
            orphaned += try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM verdict WHERE einzelleistung = ?", arguments: [key]) ?? 0
        }
        try Workspace.setMeta("catalogImportedAt", isoTimestamp(date), db)
        return ImportSummary(added: added, updated: updated, unchanged: unchanged, removed: gone.count, orphanedVerdicts: orphaned)
    }

    /// The current catalogue, in catalogue order.
    public func catalog() throws -> Catalog {
        try read { db in try Workspace.fetchCatalog(db) }
    }

    static func fetchCatalog(_ db: Database) throws -> Catalog {
        var rows: [Einzelleistung] = []
        let cursor = try GRDB.Row.fetchCursor(db, sql: "SELECT * FROM einzelleistung WHERE in_catalog = 1 ORDER BY position")
        while let r = try cursor.next() { rows.append(StoredRow(r).einzelleistung) }
        return Catalog(einzelleistungen: rows)
    }
}

/// One `einzelleistung` row, for comparing and writing.
struct StoredRow: Equatable {
    var id: String
    var position: Int
    var inCatalog: Bool
    var leika: String?
    var ozgId: Int
    var idBezeichnung: String
    var occurrence: Int
    var bezeichnung: String
    var ozgLeistung: String
    var themenfeld: String
    var lage: String
    var typRaw: String
    var typCodes: String
    var sdg1: Bool?
    var sdg2: Bool?
    var gesetz: String?
    var leikaText: String?
    /// The synonyms joined by `|`, `nil` without.
    var synonyme: String?

    /// Reads a row of `SELECT * FROM einzelleistung` by column position (the order of
    /// migration v1; later migrations only append columns), which is faster than by name.
    init(_ r: GRDB.Row) {
        id = r[0]
        position = r[1]
        inCatalog = r[2]
        leika = r[3]
        ozgId = r[4]
        idBezeichnung = r[5]
        occurrence = r[6]
        bezeichnung = r[7]
        ozgLeistung = r[8]
        themenfeld = r[9]
        lage = r[10]
        typRaw = r[11]
        typCodes = r[12]
        sdg1 = r[13]
        sdg2 = r[14]
        gesetz = r[15]
        leikaText = r[16]
        synonyme = r.count > 17 ? r[17] : nil
    }

    init(_ e: Einzelleistung, position: Int) {
        id = e.id.key
        self.position = position
        inCatalog = true
        leika = e.id.leika?.digits
        ozgId = e.id.ozgId
        idBezeichnung = e.id.bezeichnung
        occurrence = e.id.occurrence
        bezeichnung = e.bezeichnung
        ozgLeistung = e.ozgLeistung
        themenfeld = e.themenfeld
        lage = e.lage
        typRaw = e.typ.raw
        typCodes = e.typ.codes.joined(separator: ",")
        sdg1 = e.sdg1
        sdg2 = e.sdg2
        gesetz = e.gesetz
        leikaText = e.leikaText
        synonyme = e.synonyme.map { $0.joined(separator: "|") }
    }

    var arguments: StatementArguments {
        [id, position, leika, ozgId, idBezeichnung, occurrence, bezeichnung, ozgLeistung, themenfeld, lage, typRaw,
         typCodes, sdg1, sdg2, gesetz, leikaText, synonyme]
    }

    var identity: EinzelleistungID {
        EinzelleistungID(leika: leika.flatMap { LeikaKey(digits: $0) }, ozgId: ozgId, bezeichnung: idBezeichnung,
            occurrence: occurrence)
    }

    var einzelleistung: Einzelleistung {
        let key = leika.flatMap { LeikaKey(digits: $0) }
        let codes = typCodes.isEmpty ? [] : typCodes.split(separator: ",").map(String.init)
        var e = Einzelleistung(
            id: identity, leika: key, bezeichnung: bezeichnung, ozgId: ozgId, ozgLeistung: ozgLeistung,
            themenfeld: themenfeld, lage: lage, typ: LeikaTyp(raw: typRaw, codes: codes), sdg1: sdg1, sdg2: sdg2,
            gesetz: gesetz, leikaText: leikaText)
        e.synonyme = synonyme.map { $0.split(separator: "|").map(String.init) }
        return e
    }
}
