import Foundation
import GRDB
import OZGDomain
import OZGSpreadsheet

extension Workspace {
    /// Replaces the Kommunaltypen (display order as given).
    ///
    /// Stored verdicts are kept, also for types the new set does not hold.
    public func setKommunaltypen(_ set: KommunaltypSet) throws {
        try write { db in try Workspace.replaceKommunaltypen(set, db) }
    }

    /// Replaces the councils; each must name a Kommunaltyp of the workspace (aliases allowed,
    /// stored under the canonical name).
    public func setKommunen(_ kommunen: [Kommune]) throws {
        try write { db in
            let set = try Workspace.fetchKommunaltypen(db)
            var canonical: [Kommune] = []
            for var k in kommunen {
                guard let t = set.type(named: k.kommunaltyp) else {
                    throw WorkspaceError.unknownKommunaltyp(k.kommunaltyp, context: "Kommune „\(k.name)“")
                }
                k.kommunaltyp = t.name
                canonical.append(k)
            }
            try Workspace.replaceKommunen(canonical, db)
        }
    }

    /// Replaces Kommunaltypen and councils together.
    public func setConfiguration(_ config: KommunalConfiguration) throws {
        try write { db in
            try Workspace.replaceKommunaltypen(config.kommunaltypen, db)
            try Workspace.replaceKommunen(config.kommunen, db)
        }
    }

    /// Replaces the Paten (one per Themenfeld; a later entry for the same Themenfeld wins).
    public func setPaten(_ paten: [Pate]) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM pate")
            for p in paten { try Workspace.upsertPate(p, db) }
        }
    }

    /// Marks the data as made up (`Beispieldaten`) or real.
    public func setSampleData(_ isSample: Bool) throws {
        try write { db in try Workspace.setMeta("sampleData", isSample ? "1" : "0", db) }
    }

    /// Sets or clears the Stand (the date of the data); an ingest sets it to the day of ingest.
    public func setStand(_ date: CalendarDate?) throws {
        try write { db in
            if let date { try Workspace.setMeta("stand", date.iso, db) }
            else { try db.execute(sql: "DELETE FROM meta WHERE key = 'stand'") }
        }
    }

    /// The Stand, if one is known.
    public var stand: CalendarDate? {
        get throws { try read { db in CalendarDateText.parse(try Workspace.meta("stand", db)) } }
    }

    /// Whether the workspace holds example data.
    public var isSampleData: Bool {
        get throws { try read { db in try Workspace.meta("sampleData", db) == "1" } }
    }

    /// The files ingested so far, oldest first.
    public func ingestedFiles() throws -> [IngestedFile] {
        try read { db in
            try GRDB.Row.fetchAll(db, sql: "SELECT * FROM ingested_file ORDER BY id").map { r in
                IngestedFile(
                    path: r["path"], sha256: r["sha256"], ingestedAt: r["ingested_at"], verdicts: r["verdicts"],
                    vorhaben: r["vorhaben"], exceptions: r["exceptions"], conflicts: r["conflicts"], status: r["status"])
            }
        }
    }

    // MARK: - Statements shared by the operations

    static func replaceKommunaltypen(_ set: KommunaltypSet, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM kommunaltyp")
        for (i, t) in set.types.enumerated() {
            let aliases = String(decoding: try JSONEncoder().encode(t.aliases), as: UTF8.self)
            try db.execute(
                sql: "INSERT INTO kommunaltyp (position, name, aliases, kurzname) VALUES (?, ?, ?, ?)",
                arguments: [i, t.name, aliases, t.kurzname])
        }
    }

    static func replaceKommunen(_ kommunen: [Kommune], _ db: Database) throws {
        try db.execute(sql: "DELETE FROM kommune")
        for (i, k) in kommunen.enumerated() {
            try db.execute(
                sql: "INSERT INTO kommune (position, name, kreis, kommunaltyp, status) VALUES (?, ?, ?, ?, ?)",
                arguments: [i, k.name, k.kreis, k.kommunaltyp, k.status])
        }
    }

    static func upsertPate(_ p: Pate, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO pate (themenfeld, name, email) VALUES (?, ?, ?)
                ON CONFLICT(themenfeld) DO UPDATE SET name = excluded.name, email = excluded.email
                """, arguments: [p.themenfeld, p.name, p.email])
    }

    static func fetchKommunaltypen(_ db: Database) throws -> KommunaltypSet {
        let rows = try GRDB.Row.fetchAll(db, sql: "SELECT * FROM kommunaltyp ORDER BY position")
        return KommunaltypSet(types: try rows.map { r in
            let aliasText: String = r["aliases"]
            let aliases = try JSONDecoder().decode([String].self, from: Data(aliasText.utf8))
            return Kommunaltyp(name: r["name"], aliases: aliases, kurzname: r["kurzname"])
        })
    }

    static func fetchKommunen(_ db: Database) throws -> [Kommune] {
        try GRDB.Row.fetchAll(db, sql: "SELECT * FROM kommune ORDER BY position").map { r in
            Kommune(name: r["name"], kreis: r["kreis"], kommunaltyp: r["kommunaltyp"], status: r["status"])
        }
    }

    static func setMeta(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    static func meta(_ key: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }
}
