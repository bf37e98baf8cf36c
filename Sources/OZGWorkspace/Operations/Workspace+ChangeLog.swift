import Foundation
import GRDB
import OZGDomain

extension Workspace {
    /// What changed after `since` up to and including `until`, for the change report.
    ///
    /// - Verdicts: every Einzelleistung and Kommunaltyp whose verdict at `until` differs from the
    ///   one at `since` (`offen` when there was none), with the provenance of the new one;
    ///   in catalogue order. Einzelleistungen the current catalogue no longer holds are left out.
    /// - Conflicts opened or resolved in the period.
    /// - The changes of the catalogue versions imported in the period.
    /// - Vorhaben stored in the period (new, or changed), the latest state of each.
    /// - The councils' Umsetzungsstand (own reports and dashboard rows) whose state at `until`
    ///   differs from the one at `since` (`nil` for none or removed); by council, then catalogue order.
    public func changeLog(since: ChangeMoment, until: ChangeMoment) throws -> ChangeLog {
        try read { db in
            let catalog = try Workspace.fetchCatalog(db)
            var rows: [String: (e: Einzelleistung, position: Int)] = [:]
            rows.reserveCapacity(catalog.einzelleistungen.count)
            for (i, e) in catalog.einzelleistungen.enumerated() { rows[e.id.key] = (e, i) }
            let types = try Workspace.fetchKommunaltypen(db)
            var typeOrder: [String: Int] = [:]
            for (i, t) in types.types.enumerated() { typeOrder[t.name] = i }
            let period: StatementArguments = [since.at, until.at]

            var verdicts: [(Int, Int, VerdictChange)] = []
            let vc = try GRDB.Row.fetchCursor(db, sql: """
                WITH touched AS (
                    SELECT DISTINCT einzelleistung, kommunaltyp FROM verdict_history WHERE recorded_at > ?1 AND recorded_at <= ?2)
                SELECT t.einzelleistung, t.kommunaltyp,
                    (SELECT relevanz FROM verdict_history h WHERE h.einzelleistung = t.einzelleistung
                        AND h.kommunaltyp = t.kommunaltyp AND h.recorded_at <= ?1 ORDER BY h.seq DESC LIMIT 1),
                    n.relevanz, n.file, n.sheet, n.cell, n.sha256, COALESCE(n.ingested_at, n.recorded_at)
                FROM touched t JOIN verdict_history n ON n.seq = (
                    SELECT MAX(seq) FROM verdict_history h WHERE h.einzelleistung = t.einzelleistung
                        AND h.kommunaltyp = t.kommunaltyp AND h.recorded_at <= ?2)
                """, arguments: period)
            while let r = try vc.next() {
                guard let (e, position) = rows[r[0] as String] else { continue }
                let before = (r[2] as String?).flatMap(Relevanz.init(rawValue:)) ?? .offen
                let after = Relevanz(rawValue: r[3]) ?? .offen
                guard before != after else { continue }
                let typ: String = r[1]
                verdicts.append((position, typeOrder[typ] ?? Int.max, VerdictChange(
                    einzelleistung: e, kommunaltyp: typ, vorher: before, nachher: after,
                    provenance: Workspace.provenance(r, at: 4))))
            }
            verdicts.sort { ($0.0, $0.1) < ($1.0, $1.1) }

            var conflicts: [ConflictEvent] = []
            for (kind, column) in [(ConflictEvent.Kind.eroeffnet, "recorded_at"), (.geloest, "resolved_at")] {
                for r in try GRDB.Row.fetchAll(
                    db, sql: "SELECT * FROM conflict WHERE \(column) > ? AND \(column) <= ? ORDER BY \(column), id",
                    arguments: period)
                {
                    guard let (e, _) = rows[r["einzelleistung"] as String] else { continue }
                    let owner: String? = r["kommunaltyp"] ?? r["kommune"]
                    conflicts.append(ConflictEvent(
                        kind: kind, einzelleistung: e, owner: owner ?? "",
                        stored: Relevanz(rawValue: r["stored_relevanz"]) ?? .offen,
                        new: Relevanz(rawValue: r["new_relevanz"]) ?? .offen, file: r["new_file"], at: r[column],
                        resolution: r["resolution"]))
                }
            }

            var catalogChanges: [CatalogVersionChange] = []
            let decoder = JSONDecoder()
            for r in try GRDB.Row.fetchAll(db, sql: """
                SELECT v.name, v.imported_at, c.change FROM catalog_change c JOIN catalog_version v ON v.id = c.version
                WHERE v.imported_at > ? AND v.imported_at <= ? ORDER BY v.id, c.seq
                """, arguments: period)
            {
                let change = try decoder.decode(CatalogChange.self, from: Data((r[2] as String).utf8))
                catalogChanges.append(CatalogVersionChange(version: r[0], importedAt: r[1], change: change))
            }

            var vorhaben: [VorhabenChange] = []
            var themaByOzgId: [Int: String] = [:]
            for e in catalog.einzelleistungen where themaByOzgId[e.ozgId] == nil { themaByOzgId[e.ozgId] = e.themenfeld }
            for r in try GRDB.Row.fetchAll(db, sql: """
                WITH touched AS (SELECT DISTINCT identity FROM vorhaben_history WHERE recorded_at > ?1 AND recorded_at <= ?2)
                SELECT n.*, EXISTS (SELECT 1 FROM vorhaben_history h WHERE h.identity = t.identity AND h.recorded_at <= ?1) AS known
                FROM touched t JOIN vorhaben_history n ON n.seq = (
                    SELECT MAX(seq) FROM vorhaben_history h WHERE h.identity = t.identity AND h.recorded_at <= ?2)
                ORDER BY n.recorded_at, n.seq
                """, arguments: period)
            {
                let key: String? = r["einzelleistung"]
                let e = key.flatMap { rows[$0]?.e }
                let v = VorhabenRow.vorhaben(r, id: e?.id ?? key.flatMap(EinzelleistungID.init(key:)))
                vorhaben.append(VorhabenChange(
                    vorhaben: v, themenfeld: e?.themenfeld ?? themaByOzgId[v.ozgId], isNew: !(r["known"] as Bool),
                    at: r["recorded_at"]))
            }
            var kommuneOrder: [String: Int] = [:]
            for (i, k) in try Workspace.fetchKommunen(db).enumerated() { kommuneOrder[k.name] = i }
            var status: [(Int, Int, Int, StatusChange)] = []
            let sc = try GRDB.Row.fetchCursor(db, sql: """
                WITH touched AS (
                    SELECT DISTINCT kommune, einzelleistung, quelle FROM status_history WHERE recorded_at > ?1 AND recorded_at <= ?2)
                SELECT t.kommune, t.einzelleistung, t.quelle,
                    (SELECT CASE WHEN h.removed THEN NULL ELSE h.stand END FROM status_history h WHERE h.kommune = t.kommune
                        AND h.einzelleistung = t.einzelleistung AND h.quelle = t.quelle AND h.recorded_at <= ?1
                        ORDER BY h.seq DESC LIMIT 1),
                    CASE WHEN n.removed THEN NULL ELSE n.stand END,
                    CASE WHEN n.removed THEN NULL ELSE n.file END, n.sheet, n.cell, n.sha256, COALESCE(n.ingested_at, n.recorded_at)
                FROM touched t JOIN status_history_row n ON n.seq = (
                    SELECT MAX(seq) FROM status_history h WHERE h.kommune = t.kommune AND h.einzelleistung = t.einzelleistung
                        AND h.quelle = t.quelle AND h.recorded_at <= ?2)
                """, arguments: period)
            while let r = try sc.next() {
                guard let (e, position) = rows[r[1] as String] else { continue }
                let before = (r[3] as String?).flatMap(Umsetzungsstand.init(rawValue:))
                let after = (r[4] as String?).flatMap(Umsetzungsstand.init(rawValue:))
                guard before != after else { continue }
                let kommune: String = r[0]
                let quelle = StatusQuelle(rawValue: r[2]) ?? .kommune
                status.append((kommuneOrder[kommune] ?? Int.max, position, quelle == .kommune ? 0 : 1, StatusChange(
                    kommune: kommune, einzelleistung: e, quelle: quelle, vorher: before, nachher: after,
                    provenance: Workspace.provenance(r, at: 5))))
            }
            status.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
            return ChangeLog(
                since: since, until: until, verdicts: verdicts.map(\.2), conflicts: conflicts, catalog: catalogChanges,
                vorhaben: vorhaben, status: status.map(\.3))
        }
    }
}
