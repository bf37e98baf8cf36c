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
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for ch in raw.lowercased() where ch.isLetter || ch.isNumber { out.append(ch) }
        return out
    }
}
