import OZGSpreadsheet

/// The Pate's verdict for one Einzelleistung and one Kommunaltyp.
public enum Relevanz: String, Codable, CaseIterable, Sendable {
    case ja, nein, teilweise, offen

    /// Whether the Leistung is relevant at all (`ja` or `teilweise`).
    public var isRelevant: Bool { self == .ja || self == .teilweise }

    /// Whether a verdict was given (anything but `offen`).
    public var isDecided: Bool { self != .offen }

    /// Reads a verdict in every spelling people use; `nil` when the text is not understood.
    ///
    /// - `ja`: `ja`, `j`, `x`, `✓`, `✔`, `☑`, `1`, `WAHR`, `TRUE`, `yes`, `relevant`
    /// - `nein`: `nein`, `n`, `-`, `–`, `—`, `0`, `FALSCH`, `FALSE`, `no`, `✗`, `nicht relevant`
    /// - `teilweise`: `teilweise`, `teilw.`, `teilw`, `tw.`, `t`, `(x)`, `(ja)`, `bedingt`, `½`
    /// - `offen`: empty, `offen`, `?`, `??`, `k.A.`, `unklar`, `prüfen`
    ///
    /// Case, surrounding white space and a trailing full stop or exclamation mark are ignored.
    /// A sentence (`nur wenn Kreis zuständig`) gives `nil`: the caller reports it as a finding.
    public static func parse(_ raw: String) -> Relevanz? {
        var t = TextNormalization.collapseSpaces(raw)
        if t.isEmpty { return .offen }
        if let exact = table[t] { return exact }
        t = TextNormalization.fold(t)
        if let v = table[t] { return v }
        while let last = t.last, last == "." || last == "!" {
            t.removeLast()
            if let v = table[t] { return v }
        }
        // Whole numbers written as decimals (1.0, 0,0).
        if t == "1.0" || t == "1,0" { return .ja }
        if t == "0.0" || t == "0,0" { return .nein }
        return nil
    }

    /// Reads a verdict from a typed cell: booleans and the numbers 1/0 too; `nil` when not understood.
    public static func parse(_ value: CellValue) -> Relevanz? {
        switch value {
        case .empty: return .offen
        case .boolean(let b): return b ? .ja : .nein
        case .number(let n): return n == 1 ? .ja : n == 0 ? .nein : nil
        case .text(let s): return parse(s)
        default: return nil
        }
    }

    /// Lower-case (folded) spellings; looked up after the exact text.
    static let table: [String: Relevanz] = {
        var d: [String: Relevanz] = [:]
        for s in ["ja", "j", "x", "✓", "✔", "✔️", "☑", "☒", "1", "wahr", "true", "yes", "y", "relevant", "+"] { d[s] = .ja }
        for s in [
            "nein", "n", "-", "–", "—", "--", "0", "falsch", "false", "no", "✗", "✘", "❌", "nicht relevant",
            "irrelevant", "entfällt", "entfaellt", "./.",
        ] { d[s] = .nein }
        for s in [
            "teilweise", "teilw", "teilw.", "tw", "tw.", "t", "(x)", "( x )", "(ja)", "bedingt", "½", "teilweise relevant",
            "eingeschränkt", "eingeschraenkt", "(✓)", "(✔)", "teils", "(j)",
        ] { d[s] = .teilweise }
        for s in ["offen", "?", "??", "???", "k.a.", "k. a.", "ka", "unklar", "prüfen", "pruefen", "tbd", "noch offen"] {
            d[s] = .offen
        }
        return d
    }()

    /// The German label used in sheets and reports (`ja`, `nein`, `teilweise`, `offen`).
    public var label: String { rawValue }
}
