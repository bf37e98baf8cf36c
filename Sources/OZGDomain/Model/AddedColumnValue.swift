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

    /// Equal when Einzelleistung, column and text are: where a value was read is no part of it.
    public static func == (a: AddedColumnValue, b: AddedColumnValue) -> Bool {
        a.einzelleistung == b.einzelleistung && a.column == b.column && a.text == b.text
    }

    public func hash(into h: inout Hasher) {
        h.combine(einzelleistung)
        h.combine(column)
        h.combine(text)
    }
}
