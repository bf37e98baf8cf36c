import Foundation

/// The one rule for turning a URL from a file people send into a link: only an absolute
/// `http://` or `https://` address with a host, without white space, control characters or
/// backslashes. Everything else (`javascript:`, `data:`, relative paths, text) stays text.
public enum WebLink {
    /// The trimmed URL when it may be a link; `nil` otherwise.
    public static func safe(_ text: String?) -> String? {
        guard let text else { return nil }
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = t.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        guard t.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" }) else { return nil }
        guard let url = URL(string: t), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return nil }
        return t
    }
}
