/// Formats ``OZGError/technicalDetail`` uniformly: `Type.case(label: value, …)`, strings
/// quoted and escaped so the detail stays on one line, absent optionals as `nil`.
public enum TechnicalDetail {
    /// `Type.case(label: value, …)` for a case and its fields, in the order given.
    public static func format(_ type: String, _ caseName: String, _ fields: KeyValuePairs<String, Any?> = [:]) -> String {
        let parts = fields.map { label, value -> String in
            let text: String
            if let value {
                if let s = value as? String {
                    text = String(reflecting: s)
                } else if let list = value as? [String] {
                    text = "[" + list.map { String(reflecting: $0) }.joined(separator: ", ") + "]"
                } else {
                    text = String(describing: value)
                }
            } else {
                text = "nil"
            }
            return label.isEmpty ? text : "\(label): \(text)"
        }
        return "\(type).\(caseName)(\(parts.joined(separator: ", ")))"
    }

    /// Quotes a name for a message: „…“ in German, "…" in English.
    public static func quote(_ text: String, _ language: MessageLanguage) -> String {
        switch language {
        case .german: return "„\(text)“"
        case .english: return "\"\(text)\""
        }
    }

    /// Quotes each name and joins them with commas.
    public static func quoteList(_ list: [String], _ language: MessageLanguage) -> String {
        list.isEmpty ? (language == .german ? "keine" : "none") : list.map { quote($0, language) }.joined(separator: ", ")
    }
}
