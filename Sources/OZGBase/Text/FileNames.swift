import Foundation

/// The one rule for file names OZGKit derives from names (councils, Themenfelder, sheets).
public enum FileNames {
    /// A file name stem safe on every system: ASCII letters, digits and hyphens
    /// (`Kreis Minden-Lübbecke` → `Kreis-Minden-Luebbecke`).
    public static func safeStem(_ name: String, fallback: String = "bericht") -> String {
        var out = ""
        let map: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"]
        for ch in name {
            if let m = map[ch] {
                out += m
            } else if ch.isASCII, ch.isLetter || ch.isNumber {
                out.append(ch)
            } else if ch == "-" || ch == "_" || ch == "." {
                out.append(ch == "." ? "-" : ch)
            } else if let folded = String(ch).applyingTransform(.stripDiacritics, reverse: false),
                folded.count == 1, let f = folded.first, f.isASCII, f.isLetter
            {
                out.append(f)
            } else {
                out += "-"
            }
        }
        // Collapse runs of hyphens and trim them.
        var collapsed = ""
        for ch in out where !(ch == "-" && collapsed.last == "-") { collapsed.append(ch) }
        let trimmed = collapsed.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? fallback : String(trimmed.prefix(100))
    }
}
