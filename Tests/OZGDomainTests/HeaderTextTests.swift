import Testing
import OZGDomain

/// `HeaderText.compact` has a byte-level path for ASCII and Latin-1 text; it must give what the
/// general (grapheme-based) definition gives: letters and digits, lower-cased.
@Suite struct HeaderTextCompactTests {
    /// The definition, written independently of the product code.
    static func reference(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    @Test(arguments: [
        "LeiKa-Nr.", "Leistungs-\nbezeichnung", "Große kreisangehörige Stadt (GKS)", "ÄÖÜ äöü ß",
        "Größe × Breite ÷ 2", "Kreis\u{00A0}Lippe", "Mu\u{0308}nster", "ÀÉÎÕÙÝÞ àéîõùýþÿ", "Straße²", "Ⅻ ½ µ",
        "", "  -- ", "Zuständigkeit/Anmerkung", "Ελλάδα", "İstanbul",
    ])
    func matchesDefinition(_ text: String) {
        #expect(HeaderText.compact(text) == Self.reference(text))
    }

    @Test func randomLatin1TextMatchesDefinition() {
        let alphabet = Array("aZ09 .-/()äöüÄÖÜßéÉ×÷ÿÞ\u{00A0}\u{00AD}\u{0308}²\n\t€")
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let n = Int.random(in: 0...12, using: &rng)
            let s = String((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
            #expect(HeaderText.compact(s) == Self.reference(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
