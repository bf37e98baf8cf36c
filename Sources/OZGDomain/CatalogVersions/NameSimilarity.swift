/// How alike two Leistungsbezeichnungen are: the Dice coefficient of their character bigrams
/// after folding (case, umlauts, white space), from 0 (nothing shared) to 1 (same text).
///
/// Used only for rows without a LeiKa key under the same OZG-ID, where the name is all there is.
public enum NameSimilarity {
    /// At or above: the same Einzelleistung, renamed.
    public static let certain = 0.8
    /// At or above (and below ``certain``): perhaps the same; listed as uncertain, never merged.
    public static let uncertain = 0.5

    /// The similarity of two names, 0…1.
    public static func score(_ a: String, _ b: String) -> Double {
        let x = bigrams(a), y = bigrams(b)
        if x.isEmpty && y.isEmpty { return 1 }
        if x.isEmpty || y.isEmpty { return 0 }
        var counts: [String: Int] = [:]
        for g in x { counts[g, default: 0] += 1 }
        var shared = 0
        for g in y where counts[g, default: 0] > 0 {
            counts[g, default: 0] -= 1
            shared += 1
        }
        return Double(2 * shared) / Double(x.count + y.count)
    }

    static func bigrams(_ text: String) -> [String] {
        let chars = Array(TextNormalization.fold(TextNormalization.collapseSpaces(text)))
        guard chars.count >= 2 else { return chars.isEmpty ? [] : [String(chars)] }
        return (0..<(chars.count - 1)).map { String(chars[$0...$0 + 1]) }
    }
}
