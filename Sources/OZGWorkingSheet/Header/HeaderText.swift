/// Normalises header texts so that spellings people use compare equal.
///
/// Lower case, line breaks and non-breaking spaces as spaces, a hyphen at a line break joined
/// (`Leistungs-\nbezeichnung` → `leistungsbezeichnung`), soft hyphens and `*`/`:` at the end
/// removed, runs of white space collapsed.
enum HeaderText {
    static func normalize(_ raw: String) -> String {
        var s = raw.replacingOccurrences(of: "\u{00AD}", with: "")
        s = s.replacingOccurrences(of: "\r\n", with: "\n")
        // A word broken with a hyphen at a line break: "Leistungs-\nbezeichnung".
        s = s.replacingOccurrences(of: "-\n", with: "-")
        var out = ""
        var lastSpace = true
        for ch in s.lowercased() {
            if ch.isWhitespace || ch == "\u{00A0}" || ch == "_" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(ch)
                lastSpace = false
            }
        }
        while let last = out.last, last == " " || last == ":" || last == "*" || last == "?" { out.removeLast() }
        return out
    }

    /// The normalised text without punctuation and spaces, for alias comparison
    /// (`LeiKa-Nr.` and `leika nr` both become `leikanr`).
    static func compact(_ raw: String) -> String {
        // Only letters and digits survive, so the steps of `normalize` need not run.
        if let fast = compactLatin1(raw) { return fast }
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for ch in raw.lowercased() where ch.isLetter || ch.isNumber { out.append(ch) }
        return out
    }

    /// ``compact(_:)`` on the bytes for text of ASCII and precomposed Latin-1 letters (German
    /// text, almost always); `nil` for anything else, which takes the general path.
    private static func compactLatin1(_ raw: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var latin1Lead = false
        for b in raw.utf8 {
            if latin1Lead {
                latin1Lead = false
                switch b {
                case 0x97, 0xB7: break  // × and ÷
                case 0x80...0x9E: bytes.append(0xC3); bytes.append(b + 0x20)  // À…Þ → à…þ
                case 0x9F...0xBF: bytes.append(0xC3); bytes.append(b)  // ß, à…ÿ
                default: return nil
                }
                continue
            }
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(b | 0x20)
            case 0xC3: latin1Lead = true
            case 0x80...: return nil
            default: break
            }
        }
        if latin1Lead { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
