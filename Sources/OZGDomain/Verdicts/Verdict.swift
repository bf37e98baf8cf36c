/// A Relevanz verdict for one Einzelleistung and one Kommunaltyp.
public struct Verdict: Hashable, Codable, Sendable {
    public var einzelleistung: EinzelleistungID
    /// The canonical name of the Kommunaltyp.
    public var kommunaltyp: String
    public var relevanz: Relevanz
    /// The cell's text as the Pate wrote it (`X`, `teilw.`), when it differs from the label.
    public var raw: String?
    public var provenance: Provenance?

    public init(
        einzelleistung: EinzelleistungID, kommunaltyp: String, relevanz: Relevanz, raw: String? = nil,
        provenance: Provenance? = nil
    ) {
        self.einzelleistung = einzelleistung
        self.kommunaltyp = kommunaltyp
        self.relevanz = relevanz
        self.raw = raw
        self.provenance = provenance
    }
}
