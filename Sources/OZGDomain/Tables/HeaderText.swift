import Foundation

/// The one place where header texts are folded, so that spellings people use compare equal.
///
/// Every header matcher of OZGKit (the column schemas, the working-sheet columns, the
/// Kommunaltyp names) goes through these functions:
/// - ``joinBrokenWords(_:)``: soft hyphens removed; a hyphen at a line break joins a word
///   broken in two when the next part starts in lower case (`Leistungs-⏎bezeichnung` →
///   `Leistungsbezeichnung`) and stays a hyphen before a capital (`OZG-⏎Leistung` → `OZG-Leistung`).
/// - ``normalize(_:)``: lower case, line breaks and non-breaking spaces as spaces, runs of white
///   space collapsed, `*`, `:`, `?` at the end removed.
/// - ``compact(_:)``: letters and digits only (`LeiKa-Nr.` and `leika nr` both `leikanr`).
/// - ``words(_:)``: the words, umlauts folded (`Schlüssel` → `schluessel`).
public enum HeaderText {
    /// Soft hyphens removed; a hyphen at a line break before a lower-case letter joins the word.
    public static func joinBrokenWords(_ raw: String) -> String {
        var s = raw
        if s.unicodeScalars.contains("\u{00AD}") { s = s.replacingOccurrences(of: "\u{00AD}", with: "") }
        guard s.utf8.contains(0x0A) || s.utf8.contains(0x0D) else { return s }
        s = s.replacingOccurrences(of: "\r\n", with: "\n")
        var out = ""
        var chars = s.makeIterator()
        var pending: [Character] = []
        while let c = chars.next() {
            pending.append(c)
            // Look at "-", "\n", next.
            if pending.count == 3 {
                if pending[0] == "-" && pending[1] == "\n" {
                    out.append(pending[2].isLowercase ? "" : "-")
                    out.append(pending[2])
                    pending.removeAll()
                    continue
                }
                out.append(pending.removeFirst())
            }
        }
        out.append(contentsOf: pending)
        return out
    }

    public static func normalize(_ raw: String) -> String {
        let s = joinBrokenWords(raw)
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
    public static func compact(_ raw: String) -> String {
        // Only letters and digits survive, so the steps of `normalize` need not run.
        if let fast = compactLatin1(raw) { return fast }
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for ch in raw.lowercased() where ch.isLetter || ch.isNumber { out.append(ch) }
        return out
    }

    /// Words that carry no meaning in a header (`Bezeichnung der Leistung`).
    static let stopWords: Set<String> = ["der", "die", "das", "des", "dem", "den", "und", "je", "pro", "fuer", "im", "in", "zur", "zum", "von", "a", "an"]

    /// The meaningful words of a header: folded (`ä` → `ae`, `ß` → `ss`), split at everything
    /// that is neither letter nor digit, stop words (`der`, `je`, `für` …) left out.
    public static func words(_ raw: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty && !stopWords.contains(current) { words.append(current) }
            current = ""
        }
        for c in joinBrokenWords(raw).lowercased() {
            switch c {
            case "ä": current += "ae"
            case "ö": current += "oe"
            case "ü": current += "ue"
            case "ß": current += "ss"
            default:
                if c.isLetter || c.isNumber { current.append(c) } else { flush() }
            }
        }
        flush()
        return words
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
