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
