/// One cell of a column a Pate added to the working sheet (`Ansprechpartner`, `Bemerkung Kreis
/// Lippe`, …): kept verbatim with its provenance and written back, to the right, on export.
public struct AddedColumnValue: Hashable, Codable, Sendable {
    public var einzelleistung: EinzelleistungID
    /// The header text of the added column, as the Pate wrote it.
    public var column: String
    public var text: String
    public var provenance: Provenance?

    public init(einzelleistung: EinzelleistungID, column: String, text: String, provenance: Provenance? = nil) {
        self.einzelleistung = einzelleistung
        self.column = column
        self.text = text
        self.provenance = provenance
    }
}
