/// A verdict that differs between two moments (one row of „Geänderte Bewertungen“).
public struct VerdictChange: Hashable, Codable, Sendable {
    public var einzelleistung: Einzelleistung
    public var kommunaltyp: String
    /// The verdict at the start of the period; `offen` when there was none.
    public var vorher: Relevanz
    public var nachher: Relevanz
    /// Where the new verdict came from (file, sheet, cell, time of ingest).
    public var provenance: Provenance?

    public init(einzelleistung: Einzelleistung, kommunaltyp: String, vorher: Relevanz, nachher: Relevanz, provenance: Provenance?) {
        self.einzelleistung = einzelleistung
        self.kommunaltyp = kommunaltyp
        self.vorher = vorher
        self.nachher = nachher
        self.provenance = provenance
    }
}
