/// The text of a page header or footer: a left, a centre and a right part, each a sequence of
/// literal text and fields the program fills in when printing.
public struct PageText: Hashable, Sendable {
    /// One piece of a header or footer part.
    public enum Piece: Hashable, Sendable {
        case text(String)
        /// The number of the printed page (`&P`, `text:page-number`).
        case pageNumber
        /// The number of pages (`&N`, `text:page-count`).
        case pageCount
        /// The name of the sheet (`&A`, `text:sheet-name`).
        case sheetName
    }

    public var left: [Piece]
    public var center: [Piece]
    public var right: [Piece]

    public init(left: [Piece] = [], center: [Piece] = [], right: [Piece] = []) {
        self.left = left
        self.center = center
        self.right = right
    }

    public var isEmpty: Bool { left.isEmpty && center.isEmpty && right.isEmpty }

    /// The parts as text with `{Seite}`, `{Seiten}`, `{Blatt}` for the fields (for tests and logs).
    public static func plain(_ pieces: [Piece]) -> String {
        pieces.map {
            switch $0 {
            case .text(let s): return s
            case .pageNumber: return "{Seite}"
            case .pageCount: return "{Seiten}"
            case .sheetName: return "{Blatt}"
            }
        }.joined()
    }
}
