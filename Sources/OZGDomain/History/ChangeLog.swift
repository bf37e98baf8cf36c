/// What changed in the workspace between two moments: the material of the change report
/// („Änderungen seit der letzten Sitzung“).
public struct ChangeLog: Hashable, Codable, Sendable {
    public var since: ChangeMoment
    public var until: ChangeMoment
    /// Verdicts whose value at ``until`` differs from the one at ``since``, in catalogue order.
    public var verdicts: [VerdictChange]
    public var conflicts: [ConflictEvent]
    public var catalog: [CatalogVersionChange]
    public var vorhaben: [VorhabenChange]
    /// The councils' Umsetzungsstand that changed (own reports and dashboard rows), by council
    /// and catalogue order. Optional in JSON.
    public var status: [StatusChange]

    public init(
        since: ChangeMoment, until: ChangeMoment, verdicts: [VerdictChange] = [], conflicts: [ConflictEvent] = [],
        catalog: [CatalogVersionChange] = [], vorhaben: [VorhabenChange] = [], status: [StatusChange] = []
    ) {
        self.since = since
        self.until = until
        self.verdicts = verdicts
        self.conflicts = conflicts
        self.catalog = catalog
        self.vorhaben = vorhaben
        self.status = status
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        since = try c.decode(ChangeMoment.self, forKey: .since)
        until = try c.decode(ChangeMoment.self, forKey: .until)
        verdicts = try c.decode([VerdictChange].self, forKey: .verdicts)
        conflicts = try c.decode([ConflictEvent].self, forKey: .conflicts)
        catalog = try c.decode([CatalogVersionChange].self, forKey: .catalog)
        vorhaben = try c.decode([VorhabenChange].self, forKey: .vorhaben)
        status = try c.decodeIfPresent([StatusChange].self, forKey: .status) ?? []
    }
}

extension ChangeLog {
    /// The changes since the beginning, from a model without history: every stored verdict is a
    /// first verdict (`vorher` = `offen`), every Vorhaben is new.
    public init(everythingIn model: DomainModel) {
        var rows: [EinzelleistungID: Einzelleistung] = [:]
        for e in model.catalog.einzelleistungen { rows[e.id] = e }
        var latest = ""
        let verdicts = model.verdicts.compactMap { v -> VerdictChange? in
            guard let e = rows[v.einzelleistung], v.relevanz != .offen else { return nil }
            latest = max(latest, v.provenance?.ingestedAt ?? "")
            return VerdictChange(einzelleistung: e, kommunaltyp: v.kommunaltyp, vorher: .offen, nachher: v.relevanz, provenance: v.provenance)
        }
        var themaByOzgId: [Int: String] = [:]
        for e in model.catalog.einzelleistungen where themaByOzgId[e.ozgId] == nil { themaByOzgId[e.ozgId] = e.themenfeld }
        let vorhaben = model.vorhaben.map { v in
            VorhabenChange(
                vorhaben: v, themenfeld: v.einzelleistung.flatMap { rows[$0]?.themenfeld } ?? themaByOzgId[v.ozgId], isNew: true,
                at: v.provenance?.ingestedAt ?? "")
        }
        let status = model.umsetzung.compactMap { s -> StatusChange? in
            guard let e = rows[s.einzelleistung] else { return nil }
            return StatusChange(kommune: s.kommune, einzelleistung: e, quelle: s.quelle, vorher: nil, nachher: s.stand, provenance: s.provenance)
        }
        let end = model.stand.map { $0.iso + "T23:59:59Z" } ?? latest
        self.init(
            since: ChangeMoment(label: "Beginn", at: ""), until: ChangeMoment(label: "jetzt", at: end), verdicts: verdicts,
            vorhaben: vorhaben, status: status)
    }
}
