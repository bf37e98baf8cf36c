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

    /// Whether the text has no white space other than single interior ASCII spaces, judged on
    /// its UTF-8 bytes (umlauts and dashes pass; NBSP, thin spaces and the like do not).
    static func isAlreadyCollapsedASCII(_ text: String) -> Bool {
        var previousSpace = true  // a leading space fails
        var p: UInt8 = 0, pp: UInt8 = 0
        for b in text.utf8 {
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return false }
                if b == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                } else {
                    previousSpace = false
                }
            } else {
                previousSpace = false
                switch (pp, p, b) {
                case (_, 0xC2, 0x85), (_, 0xC2, 0xA0), (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8B),
                    (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80),
                    (0xEF, 0xBB, 0xBF):
                    return false
                default: break
                }
            }
            pp = p
            p = b
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

extension String {
    /// The text without leading and trailing white space and line breaks: the same result as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without the Foundation bridge when
    /// there is nothing to trim (the common case for cell texts).
    public var trimmedWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
