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

    public init(
        since: ChangeMoment, until: ChangeMoment, verdicts: [VerdictChange] = [], conflicts: [ConflictEvent] = [],
        catalog: [CatalogVersionChange] = [], vorhaben: [VorhabenChange] = []
    ) {
        self.since = since
        self.until = until
        self.verdicts = verdicts
        self.conflicts = conflicts
        self.catalog = catalog
        self.vorhaben = vorhaben
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
        let end = model.stand.map { $0.iso + "T23:59:59Z" } ?? latest
        self.init(
            since: ChangeMoment(label: "Beginn", at: ""), until: ChangeMoment(label: "jetzt", at: end), verdicts: verdicts,
            vorhaben: vorhaben)
    }
}
