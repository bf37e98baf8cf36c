/// A council-specific verdict that overrides the one of its Kommunaltyp.
public struct KommuneException: Hashable, Codable, Sendable {
    /// The name of the ``Kommune``.
    public var kommune: String
    public var einzelleistung: EinzelleistungID
    public var relevanz: Relevanz
    public var note: String?
    public var provenance: Provenance?

    public init(
        kommune: String, einzelleistung: EinzelleistungID, relevanz: Relevanz, note: String? = nil,
        provenance: Provenance? = nil
    ) {
        self.kommune = kommune
        self.einzelleistung = einzelleistung
        self.relevanz = relevanz
        self.note = note
        self.provenance = provenance
    }
}
