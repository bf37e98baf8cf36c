import Foundation

/// Links on the site: a URL from a file becomes a link only when it is a plain `http(s)` address.
enum SiteLink {
    /// The URL when it is an absolute `http://` or `https://` address without white space or
    /// control characters; `nil` for anything else (`javascript:`, `data:`, relative paths).
    static func safeURL(_ text: String?) -> String? {
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

    /// An `<a>` to a safe URL, else the text itself (escaped); empty for `nil`.
    ///
    /// - Parameter href: the address to link when it differs from the text shown (a host name
    ///   written without `https://`, ``KommuneStatus/linkURL``); it must be safe too.
    static func html(url: String?, href: String? = nil) -> String {
        guard let url else { return "" }
        guard let safe = safeURL(href ?? url) else { return HTMLEscape.text(url) }
        return "<a href=\"\(HTMLEscape.text(safe))\" rel=\"noopener noreferrer\">\(HTMLEscape.text(url.trimmingCharacters(in: .whitespacesAndNewlines)))</a>"
    }

    /// An `<a>` to a page of the site (the path is made by the site, the label is escaped).
    static func page(_ path: String, _ label: String) -> String {
        "<a href=\"\(HTMLEscape.text(path))\">\(HTMLEscape.text(label))</a>"
    }
}
