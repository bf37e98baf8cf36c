/// One column of a ``TableSchema``: the header OZGKit writes, the names people use for it, the
/// words that identify it, and what its cells look like.
public struct ColumnSpec<Field: Hashable & Sendable>: Sendable {
    /// The field the column fills.
    public var field: Field
    /// The header OZGKit writes (`LeiKa-Schlüssel`).
    public var header: String
    /// Other complete headers (compared compacted: case, spaces, hyphens and dots do not count).
    public var aliases: [String]
    /// Word sets: a short header that holds every word of one set names the column
    /// (`["bezeichnung"]` recognises `Bezeichnung der Leistung` and `Leistung (Bezeichnung)`).
    /// Words are folded as ``HeaderText/words(_:)`` gives them.
    public var words: [[String]]
    /// Words that rule the column out (`ozg` for the name of the Einzelleistung, so that
    /// `Name OZG-Leistung` is not taken for it).
    public var excluding: [String]
    /// Whether a table without this column cannot be read.
    public var required: Bool
    /// What the cells hold, when the content can find or confirm the column.
    public var content: ColumnContent?

    public init(
        _ field: Field, header: String, aliases: [String] = [], words: [[String]] = [], excluding: [String] = [],
        required: Bool = false, content: ColumnContent? = nil
    ) {
        self.field = field
        self.header = header
        self.aliases = aliases
        self.words = words
        self.excluding = excluding
        self.required = required
        self.content = content
    }
}

/// Cell contents that identify a column whatever its header says.
public enum ColumnContent: String, Hashable, Sendable {
    /// 14-digit keys beginning with 99 (as text, with spaces, or as Excel's `9.9107023017E+13`),
    /// or `nicht im LeiKa`.
    case leikaKey
    /// Five-digit OZG-IDs (10000 to 99999).
    case ozgId

    /// Whether one cell text is such a value.
    public func matches(_ text: String) -> Bool {
        switch self {
        case .leikaKey: return LeikaKey(text: text) != nil || HeaderText.compact(text) == "nichtimleika"
        case .ozgId:
            let t = text.trimmedWhitespace
            if let i = Int(t) { return (10000...99999).contains(i) }
            if let d = Double(t), d == d.rounded() { return (10000...99999).contains(d) }
            return false
        }
    }
}
