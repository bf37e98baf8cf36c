import Foundation

/// The language of messages for people: German (the working group's language) or English.
///
/// Findings meant for the Paten (validation, Prüfbericht) are always German; this language is
/// for error messages of the tools.
public enum MessageLanguage: String, Sendable, Hashable, CaseIterable {
    case german = "de"
    case english = "en"

    /// The language the POSIX locale variables ask for: the first non-empty of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` decides. A value starting with `de` is German; none at all,
    /// `C`, `POSIX` and `C.<encoding>` fall back to German; any other locale is English.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> MessageLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return language(ofLocale: value) }
        }
        return .german
    }

    /// The language for one locale name such as `de_DE.UTF-8`, `en_US.UTF-8` or `C`.
    public static func language(ofLocale locale: String) -> MessageLanguage {
        let lower = locale.lowercased()
        if lower.hasPrefix("de") { return .german }
        if lower == "c" || lower == "posix" || lower.hasPrefix("c.") || lower.hasPrefix("c@") { return .german }
        return .english
    }
}

/// An error of OZGKit that can explain itself to a person and to a developer.
///
/// Every module's error type adopts it. ``message(_:)`` is one or two short sentences a
/// municipal clerk understands: what is wrong with which file (and sheet, cell or part where
/// known) and what to do. ``technicalDetail`` names the case and all its fields for bug reports
/// (`ozg --verbose`).
public protocol OZGError: Error {
    /// What is wrong and what to do, in the given language, on one line.
    func message(_ language: MessageLanguage) -> String
    /// The case and every field (part, byte offset, limits, the underlying message), on one line.
    var technicalDetail: String { get }
}

extension OZGError {
    /// The message in the language of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    public var localizedMessage: String { message(.current()) }
}

/// Formats ``OZGError/technicalDetail`` uniformly: `Type.case(label: value, …)`, strings
/// quoted and escaped so the detail stays on one line, absent optionals as `nil`.
public enum TechnicalDetail {
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
