import OZGSpreadsheet

/// A setting that cannot be stored as given (`ozg config set`).
public enum SettingsError: Error, Hashable, Sendable {
    /// No setting has this name.
    case unknownKey(String, known: [String])
    /// A date setting holds something that is not a date.
    case badDate(key: String, value: String)
    /// A milestone line is not `JJJJ-MM-TT Titel`.
    case badMilestone(String)
    /// A setting with a fixed set of values holds another.
    case badValue(key: String, value: String, expected: String)
}

extension SettingsError: OZGError {
    public func message(_ language: MessageLanguage) -> String {
        func q(_ s: String) -> String { TechnicalDetail.quote(s, language) }
        let de = language == .german
        switch self {
        case .unknownKey(let k, let known):
            return de
                ? "Die Einstellung \(q(k)) gibt es nicht. Möglich sind: \(known.joined(separator: ", "))."
                : "There is no setting \(q(k)). Known settings: \(known.joined(separator: ", "))."
        case .badDate(let k, let v):
            return de
                ? "\(q(v)) ist für \(q(k)) kein Datum. Schreiben Sie es als JJJJ-MM-TT oder TT.MM.JJJJ, z. B. 2026-03-31."
                : "\(q(v)) is not a date for \(q(k)). Write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-03-31."
        case .badMilestone(let line):
            return de
                ? "Der Meilenstein \(q(line)) ist nicht lesbar. Schreiben Sie je Meilenstein „JJJJ-MM-TT Titel“, mehrere durch ; getrennt."
                : "The milestone \(q(line)) cannot be read. Write each milestone as \"YYYY-MM-DD title\", several separated by ;."
        case .badValue(let k, let v, let expected):
            return de
                ? "\(q(v)) ist für \(q(k)) nicht möglich. Möglich ist: \(expected)."
                : "\(q(v)) is not possible for \(q(k)). Possible: \(expected)."
        }
    }

    public var category: ErrorCategory { .usage }

    public var technicalDetail: String {
        let t = "SettingsError"
        switch self {
        case .unknownKey(let k, let known): return TechnicalDetail.format(t, "unknownKey", ["key": k, "known": known.joined(separator: ",")])
        case .badDate(let k, let v): return TechnicalDetail.format(t, "badDate", ["key": k, "value": v])
        case .badMilestone(let l): return TechnicalDetail.format(t, "badMilestone", ["line": l])
        case .badValue(let k, let v, let e): return TechnicalDetail.format(t, "badValue", ["key": k, "value": v, "expected": e])
        }
    }
}
