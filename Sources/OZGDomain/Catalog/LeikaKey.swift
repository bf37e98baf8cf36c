/// A key of the Leistungskatalog (LeiKa-Schlüssel): exactly 14 digits starting with `99`.
///
/// Keys arrive as text (`99107023017000`), with spaces (` 99107 023017000 `), with Excel's text
/// marker (`'99107023017000`) or as numbers, also printed in scientific notation once Excel had
/// them (`9.9107023017E+13`). All of these give the same key; anything else gives `nil`.
/// Catalogue rows without a key carry the text ``notInLeika`` instead.
public struct LeikaKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The 14 digits.
    public let digits: String

    /// The text the catalogue uses for an Einzelleistung without a key.
    public static let notInLeika = "nicht im LeiKa"

    /// Parses a key from text; `nil` unless it denotes exactly 14 digits starting with `99`.
    public init?(text: String) {
        var compact = ""
        compact.reserveCapacity(16)
        for c in text where !TextNormalization.isSpace(c) { compact.append(c) }
        if compact.hasPrefix("'") { compact.removeFirst() }
        if let d = LeikaKey.validDigits(compact) {
            digits = d
            return
        }
        guard let d = LeikaKey.integerDigits(ofDecimal: compact), let v = LeikaKey.validDigits(d) else { return nil }
        digits = v
    }

    /// A key from a number cell; `nil` unless the number is a whole 14-digit number starting `99`.
    public init?(number: Double) {
        guard number.isFinite, number == number.rounded(), number >= 99_000_000_000_000, number < 100_000_000_000_000
        else { return nil }
        digits = String(Int64(number))
    }

    /// A key from digits that are known to be valid (14 digits starting `99`), `nil` otherwise.
    public init?(digits: String) {
        guard let d = LeikaKey.validDigits(digits) else { return nil }
        self.digits = d
    }

    public var description: String { digits }

    public static func < (a: LeikaKey, b: LeikaKey) -> Bool { a.digits < b.digits }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let k = LeikaKey(digits: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a LeiKa key: \(s)")
        }
        self = k
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(digits)
    }

    static func validDigits(_ s: String) -> String? {
        guard s.utf8.count == 14, s.hasPrefix("99"), s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return s
    }

    /// The digits of a whole number written in decimal or scientific notation (`9.91E+13`,
    /// `9,91E13`, `99107023017000.0`), computed exactly on the text; `nil` for a fraction.
    static func integerDigits(ofDecimal s: String) -> String? {
        var mantissa = Substring(s)
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = s[..<e]
            var expText = s[s.index(after: e)...]
            if expText.hasPrefix("+") { expText = expText.dropFirst() }
            guard let x = Int(expText), abs(x) < 40 else { return nil }
            exponent = x
        }
        let parts = mantissa.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard parts.count <= 2, let whole = parts.first else { return nil }
        let fraction = parts.count == 2 ? parts[1] : Substring("")
        let all = Array(whole) + Array(fraction)
        guard !all.isEmpty, all.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let pointAt = whole.count + exponent
        guard pointAt > 0 else { return nil }
        // Whatever stands right of the point must be zeros.
        if pointAt < all.count { guard all[pointAt...].allSatisfy({ $0 == "0" }) else { return nil } }
        var intPart = String(all.prefix(pointAt))
        if pointAt > all.count { intPart += String(repeating: "0", count: pointAt - all.count) }
        while intPart.hasPrefix("0") && intPart.count > 1 { intPart.removeFirst() }
        return intPart.isEmpty ? nil : intPart
    }
}

/// What a LeiKa-Schlüssel cell of the catalogue or a working sheet holds.
public enum LeikaKeyText: Hashable, Sendable {
    /// A valid key.
    case key(LeikaKey)
    /// The text `nicht im LeiKa` (case and spacing ignored): the Einzelleistung has no key.
    case notInLeika
    /// An empty cell.
    case empty
    /// Anything else: not a key (the raw text is kept by the caller).
    case invalid

    /// Classifies the text of a key cell.
    public static func classify(_ text: String) -> LeikaKeyText {
        let t = TextNormalization.collapseSpaces(text)
        if t.isEmpty { return .empty }
        if let k = LeikaKey(text: t) { return .key(k) }
        let f = TextNormalization.fold(t)
        if f == "nicht im leika" || f == "nicht in leika" || f == "nicht im leika." { return .notInLeika }
        return .invalid
    }

    /// The key, if there is one.
    public var key: LeikaKey? {
        if case .key(let k) = self { return k }
        return nil
    }
}
