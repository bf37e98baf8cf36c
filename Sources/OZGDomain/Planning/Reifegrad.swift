/// The OZG maturity level of an online service, 0 to 4.
public enum Reifegrad: Int, Codable, CaseIterable, Sendable, CustomStringConvertible {
    case offline = 0, information, formularAssistent, onlineLeistung, onlineTransaktion

    /// The German label: `Offline`, `Information`, `Formular-Assistent`, `Online-Leistung`,
    /// `Online-Transaktion`.
    public var label: String {
        switch self {
        case .offline: return "Offline"
        case .information: return "Information"
        case .formularAssistent: return "Formular-Assistent"
        case .onlineLeistung: return "Online-Leistung"
        case .onlineTransaktion: return "Online-Transaktion"
        }
    }

    /// `3 – Online-Leistung`: the form used in drop-down lists.
    public var description: String { "\(rawValue) – \(label)" }

    /// Whether the OZG duty is met (level 3 or more).
    public var meetsOZG: Bool { rawValue >= 3 }

    /// Reads `3`, `3.0`, `Online-Leistung`, `3 – Online-Leistung`, `Stufe 3`, `RG 3`; `nil` otherwise.
    public static func parse(_ raw: String) -> Reifegrad? {
        let t = TextNormalization.fold(TextNormalization.collapseSpaces(raw))
        if t.isEmpty { return nil }
        if let n = Int(t) { return Reifegrad(rawValue: n) }
        if let d = Double(t), let i = Int(exactly: d), let v = Reifegrad(rawValue: i) { return v }
        for r in Reifegrad.allCases {
            let label = TextNormalization.fold(r.label)
            if t == label || t == label.replacingOccurrences(of: "-", with: " ")
                || t == label.replacingOccurrences(of: "-", with: "")
            {
                return r
            }
        }
        // A leading digit with a label or a prefix: "3 – Online-Leistung", "Stufe 3", "RG 3".
        let digits = t.filter { $0.isASCII && $0.isNumber }
        if digits.count == 1, let n = Int(digits), let r = Reifegrad(rawValue: n) {
            let rest = t.replacingOccurrences(of: digits, with: " ")
                .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == ":" })
                .joined(separator: "-")
            if rest.isEmpty || ["stufe", "rg", "reifegrad", "level"].contains(rest)
                || rest == TextNormalization.fold(r.label) || rest.replacingOccurrences(of: "-", with: "")
                    == TextNormalization.fold(r.label).replacingOccurrences(of: "-", with: "")
            {
                return r
            }
        }
        return nil
    }
}
