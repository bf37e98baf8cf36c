extension XMLOutput {
    /// Writes a cell's text as `text:p` paragraphs the way LibreOffice does.
    ///
    /// Each line (split at LF, CR LF or CR) becomes its own `text:p`: that is what LibreOffice
    /// writes for a cell with line breaks, and what python-calamine, pandas (odfpy) and
    /// LibreOffice join back with "\n". Runs of spaces, and spaces at the start or end of a
    /// line, become `text:s` (ODF collapses plain white space); tabs become `text:tab`. Control
    /// characters that XML cannot hold are dropped. With `link`, the text of the first line is
    /// wrapped in a `text:a`.
    func paragraphs(_ s: String, link: String? = nil) {
        var needsCare = false
        for b in s.utf8 where b <= 0x20 || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") {
            needsCare = true
            break
        }
        if !needsCare && link == nil {
            raw("<text:p>")
            bytes.append(contentsOf: s.utf8)
            raw("</text:p>")
            return
        }
        let u = Array(s.utf8)
        var i = 0
        var first = true
        repeat {
            raw("<text:p>")
            if first, let link {
                raw("<text:a xlink:type=\"simple\" xlink:href=\"")
                attribute(link)
                raw("\">")
            }
            var atStart = true
            while i < u.count {
                let b = u[i]
                if b == 0x0A || b == 0x0D { break }
                switch b {
                case 0x20:
                    var n = 0
                    while i < u.count, u[i] == 0x20 { n += 1; i += 1 }
                    let atEnd = i >= u.count || u[i] == 0x0A || u[i] == 0x0D
                    if atStart || atEnd {
                        spaces(n)
                    } else {
                        bytes.append(0x20)
                        if n > 1 { spaces(n - 1) }
                    }
                    atStart = false
                    continue
                case 0x09: raw("<text:tab/>")
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                case 0..<0x20: break
                default: bytes.append(b)
                }
                atStart = false
                i += 1
            }
            if first && link != nil { raw("</text:a>") }
            raw("</text:p>")
            first = false
            if i < u.count {
                if u[i] == 0x0D, i + 1 < u.count, u[i + 1] == 0x0A { i += 2 } else { i += 1 }
                if i >= u.count {
                    raw("<text:p/>")
                    break
                }
            }
        } while i < u.count
    }

    private func spaces(_ n: Int) {
        if n == 1 {
            raw("<text:s/>")
        } else {
            raw("<text:s text:c=\"")
            int(n)
            raw("\"/>")
        }
    }
}
