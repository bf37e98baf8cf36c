import Foundation
import OZGBase

/// Links on the site: a URL from a file becomes a link only when it is a plain `http(s)` address.
enum SiteLink {
    /// The URL when it may be a link (``WebLink/safe(_:)``, the one rule); `nil` otherwise.
    static func safeURL(_ text: String?) -> String? { WebLink.safe(text) }

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
