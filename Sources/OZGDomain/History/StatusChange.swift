/// A council's Umsetzungsstand for one Einzelleistung and source that differs at the end of a
/// period from what it was at the start.
public struct StatusChange: Hashable, Codable, Sendable {
    public var kommune: String
    public var einzelleistung: Einzelleistung
    public var quelle: StatusQuelle
    /// The state at the start of the period; `nil` when there was none.
    public var vorher: Umsetzungsstand?
    /// The state at the end; `nil` when the row was removed (a dashboard row the newer export no longer lists).
    public var nachher: Umsetzungsstand?
    /// Where the new state came from (file, sheet, cell, time of ingest); `nil` for a removal.
    public var provenance: Provenance?

    public init(
        kommune: String, einzelleistung: Einzelleistung, quelle: StatusQuelle, vorher: Umsetzungsstand?, nachher: Umsetzungsstand?,
        provenance: Provenance?
    ) {
        self.kommune = kommune
        self.einzelleistung = einzelleistung
        self.quelle = quelle
        self.vorher = vorher
        self.nachher = nachher
        self.provenance = provenance
    }
}
