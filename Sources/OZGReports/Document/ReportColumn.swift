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
    /// Set for a column the reader fills in (a council's status sheet): in a workbook its data
    /// cells stay editable while the sheet is protected, with a drop-down where it has values.
    /// Other renderers show it like any column. `nil` for read-only columns.
    public var input: ReportInput?

    public init(_ name: String, kind: Kind = .text, width: Double? = nil, input: ReportInput? = nil) {
        self.name = name
        self.kind = kind
        self.width = width
        self.input = input
    }
}

/// What a reader may enter in an input column.
public struct ReportInput: Hashable, Codable, Sendable {
    /// The drop-down's entries; empty for free input.
    public var values: [String]
    /// What the reading side accepts besides the list (`Gelesen werden auch …`), shown in the
    /// drop-down's prompt and warning; the drop-down only warns about other input.
    public var accepted: String

    public init(values: [String] = [], accepted: String = "") {
        self.values = values
        self.accepted = accepted
    }

    /// Free input, no drop-down.
    public static let free = ReportInput()
}
