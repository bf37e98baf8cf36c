/// The LeiKa-Typ of an Einzelleistung: who regulates it and who executes it.
///
/// The catalogue holds free text (`2/3`, `1`, `1, 2/3`, an empty value, a typo `44`). The raw
/// text is always kept; ``codes`` holds the known codes when every part of the text is one,
/// and is empty otherwise (so `44` keeps its raw text and has no codes).
public struct LeikaTyp: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The text as it stood in the source, trimmed.
    public var raw: String
    /// The known codes in the order of the text: `1`, `2`, `3`, `2/3`, `4`, `5`, `6`.
    public var codes: [String]

    /// The codes the LeiKa knows, with their meaning.
    public static let knownCodes: [(code: String, meaning: String)] = [
        ("1", "Bund regelt und vollzieht"),
        ("2", "Bund regelt, Land vollzieht"),
        ("3", "Bund regelt, Kommune vollzieht"),
        ("2/3", "Bund regelt, Land oder Kommune vollzieht"),
        ("4", "Land regelt und vollzieht"),
        ("5", "Land regelt, Kommune vollzieht"),
        ("6", "Kommune regelt und vollzieht"),
    ]

    /// Parses the raw text of a LeiKa-Typ cell.
    public init(raw: String) {
        let trimmed = TextNormalization.collapseSpaces(raw)
        self.raw = trimmed
        self.codes = LeikaTyp.parseCodes(trimmed)
    }

    /// Builds a value from its parts as stored (no parsing).
    public init(raw: String, codes: [String]) {
        self.raw = raw
        self.codes = codes
    }

    /// Whether the raw text was understood completely (an empty text counts as understood).
    public var isRecognized: Bool { raw.isEmpty || !codes.isEmpty }

    public var description: String { raw }

    static func parseCodes(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var codes: [String] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let p = String(part.filter { !TextNormalization.isSpace($0) })
            guard knownCodes.contains(where: { $0.code == p }) else { return [] }
            if !codes.contains(p) { codes.append(p) }
        }
        return codes
    }
}
