import Testing

@testable import OZGBase

@Suite("WebLink: the one rule for links from files")
struct WebLinkTests {
    @Test("only absolute http(s) addresses with a host become links")
    func rule() {
        let cases: [(String?, String?)] = [
            ("https://service.example.de/a?b=1", "https://service.example.de/a?b=1"),
            ("  http://example.org/x  ", "http://example.org/x"),
            ("HTTPS://Example.org", "HTTPS://Example.org"),
            ("javascript:alert(1)", nil), ("data:text/html,<b>", nil), ("/relativ/pfad", nil),
            ("https://", nil), ("https://exa mple.org", nil), ("https://example.org/\\x", nil),
            ("https://example.org/\u{7}", nil), ("www.example.org", nil), (nil, nil),
        ]
        for (raw, expected) in cases { #expect(WebLink.safe(raw) == expected, "\(String(describing: raw))") }
    }
}
