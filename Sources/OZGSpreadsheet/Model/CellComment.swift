/// A note on a cell: an Excel comment or an ODF annotation, hidden until the cell is pointed at.
public struct CellComment: Hashable, Sendable {
    public var cell: CellReference
    public var text: String
    public var author: String?

    public init(cell: CellReference, text: String, author: String? = nil) {
        self.cell = cell
        self.text = text
        self.author = author
    }
}
