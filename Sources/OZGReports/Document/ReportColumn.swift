/// A column of a report table: its header and the kind of values it holds.
public struct ReportColumn: Hashable, Codable, Sendable {
    /// What a column holds; decides number formats, alignment and colours.
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        case text, integer, number, percent, date
        /// Coloured categorical values (Relevanz, status, flags).
        case verdict
        /// A timeline cell: the colour of its category is shown, the text only as a tooltip.
        case timeline
        /// Text that wraps inside its column (notes, instructions).
        case paragraph
    }

    public var name: String
    public var kind: Kind
    /// Width in characters; `nil` lets the renderer choose.
    public var width: Double?

    public init(_ name: String, kind: Kind = .text, width: Double? = nil) {
        self.name = name
        self.kind = kind
        self.width = width
    }
}
