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
