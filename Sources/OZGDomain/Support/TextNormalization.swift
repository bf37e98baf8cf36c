/// Small text helpers shared by the parsers of this module.
///
/// Spreadsheet cells carry all kinds of white space (non-breaking spaces, line breaks inside
/// wrapped headers, tabs); these helpers make comparisons tolerant of them.
enum TextNormalization {
    /// Whether a character counts as white space for the parsers (includes NBSP, thin spaces,
    /// line and paragraph separators and the zero-width space).
    static func isSpace(_ c: Character) -> Bool {
        if c.isWhitespace { return true }
        return c == "\u{200B}" || c == "\u{FEFF}"
    }

    /// Trims and collapses every run of white space into one ordinary space.
    static func collapseSpaces(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for c in text {
            if isSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }

    /// Lower case with German umlauts and `ß` folded (`ö` → `oe`, `ß` → `ss`), for comparisons.
    static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.lowercased() {
            switch c {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            default: out.append(c)
            }
        }
        return out
    }
}
