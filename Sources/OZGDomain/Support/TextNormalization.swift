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
    ///
    /// Most cells need nothing: plain ASCII without control characters, leading, trailing or
    /// doubled spaces is returned as it is without looking at characters.
    static func collapseSpaces(_ text: String) -> String {
        if isAlreadyCollapsedASCII(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in text.unicodeScalars {
            if isSpaceScalar(u) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(u)
            }
        }
        return String(out)
    }

    /// Whether the text is ASCII with no control characters and single interior spaces only.
    static func isAlreadyCollapsedASCII(_ text: String) -> Bool {
        var previousSpace = true  // a leading space fails
        for b in text.utf8 {
            if b >= 0x80 || b < 0x20 || b == 0x7F { return false }
            if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }

    /// White space scalars: Unicode white space plus zero-width space and byte-order mark.
    @inline(__always) static func isSpaceScalar(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value == 0x20 || (u.value >= 0x09 && u.value <= 0x0D) }
        return u.properties.isWhitespace || u.value == 0x200B || u.value == 0xFEFF
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
