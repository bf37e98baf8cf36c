/// Character data: plain runs, references, CDATA, comments and processing instructions.
extension XMLScanner {
    /// Scans character data at `pos` up to the next start or end tag (or the end of input).
    ///
    /// Returns whether there is text to report: whitespace between top-level items is not
    /// reported, other text outside the root element is an error.
    func scanText() throws -> Bool {
        textLen = 0
        let t = cls
        while true {
            var p = pos
            let e = end
            let b = buf
            let runStart = p
            while p < e && t[Int(b[p])] & ByteClass.textSpecial == 0 { p &+= 1 }
            if p > runStart { try appendText(b + runStart, p - runStart) }
            pos = p
            if p >= e {
                if try fill(keeping: p) { continue }
                break
            }
            let c = b[p]
            if c == 0x3C {  // <
                _ = try ensure(9)
                let avail = end - pos
                let q = buf + pos
                if avail >= 2 && q[1] == 0x21 {  // <!
                    if avail >= 4 && q[2] == 0x2D && q[3] == 0x2D {
                        try skipPast([0x2D, 0x2D, 0x3E], skipping: 4, what: "comment")
                        continue
                    }
                    if avail >= 9 && q[2] == 0x5B && q[3] == 0x43 && q[4] == 0x44 && q[5] == 0x41 && q[6] == 0x54
                        && q[7] == 0x41 && q[8] == 0x5B
                    {
                        try scanCDATA()
                        continue
                    }
                    if avail >= 3 && q[2] == 0x44 {
                        throw malformed("a DOCTYPE is not allowed (DTDs and their entities are refused)", at: pos)
                    }
                    throw malformed("unexpected markup after <!", at: pos)
                }
                if avail >= 2 && q[1] == 0x3F {  // <?
                    try skipPast([0x3F, 0x3E], skipping: 2, what: "processing instruction")
                    continue
                }
                break  // a tag
            } else if c == 0x26 {  // &
                switch CharacterReference.parse(b + p, available: e - p) {
                case .incomplete:
                    guard try fill(keeping: p) else { throw malformed("unterminated character reference", at: pos) }
                case .invalid(let reason):
                    throw malformed(reason, at: p)
                case .character(let ch, let length):
                    var tmp: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                    try withUnsafeMutableBytes(of: &tmp) { raw in
                        let out = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
                        let n = UTF8Check.encode(ch, into: out)
                        try appendText(out, n)
                    }
                    pos = p + length
                }
            } else if c == 0x0D {  // CR: CR LF and lone CR become LF
                if p + 1 >= e {
                    if try fill(keeping: p) { continue }
                    var lf: UInt8 = 0x0A
                    try appendText(&lf, 1)
                    pos += 1
                    continue
                }
                var lf: UInt8 = 0x0A
                try appendText(&lf, 1)
                pos = p + (b[p + 1] == 0x0A ? 2 : 1)
            } else if c >= 0x80 {
                let n = UTF8Check.sequenceLength(b + p, available: e - p)
                if n < 0 {
                    if try fill(keeping: p) { continue }
                    throw malformed("invalid UTF-8 (truncated sequence at the end)", at: pos)
                }
                if n == 0 { throw malformed("invalid UTF-8", at: p) }
                try appendText(b + p, n)
                pos = p + n
            } else {
                throw malformed("control character U+\(hex2(c)) is not allowed in XML", at: p)
            }
        }
        if textLen == 0 { return false }
        if depth == 0 {
            for i in 0..<textLen where cls[Int(textBuf[i])] & ByteClass.space == 0 {
                throw malformed("text outside the root element", at: pos)
            }
            textLen = 0
            return false
        }
        return true
    }

    /// Appends CDATA content at `pos` (which points at `<![CDATA[`) to the text.
    private func scanCDATA() throws {
        if depth == 0 { throw malformed("CDATA outside the root element", at: pos) }
        pos += 9
        let t = cls
        while true {
            var p = pos
            let e = end
            let b = buf
            let runStart = p
            while p < e && t[Int(b[p])] & ByteClass.cdataSpecial == 0 { p &+= 1 }
            if p > runStart { try appendText(b + runStart, p - runStart) }
            pos = p
            if p >= e {
                guard try fill(keeping: p) else { throw malformed("unterminated CDATA section", at: pos) }
                continue
            }
            let c = b[p]
            if c == 0x5D {  // ]
                if e - p < 3 {
                    guard try fill(keeping: p) else { throw malformed("unterminated CDATA section", at: pos) }
                    continue
                }
                if b[p + 1] == 0x5D && b[p + 2] == 0x3E {
                    pos = p + 3
                    return
                }
                try appendText(b + p, 1)
                pos = p + 1
            } else if c == 0x0D {
                if p + 1 >= e {
                    guard try fill(keeping: p) else { throw malformed("unterminated CDATA section", at: pos) }
                    continue
                }
                var lf: UInt8 = 0x0A
                try appendText(&lf, 1)
                pos = p + (b[p + 1] == 0x0A ? 2 : 1)
            } else if c >= 0x80 {
                let n = UTF8Check.sequenceLength(b + p, available: e - p)
                if n < 0 {
                    guard try fill(keeping: p) else { throw malformed("invalid UTF-8 (truncated sequence at the end)", at: pos) }
                    continue
                }
                if n == 0 { throw malformed("invalid UTF-8", at: p) }
                try appendText(b + p, n)
                pos = p + n
            } else {
                throw malformed("control character U+\(hex2(c)) is not allowed in XML", at: p)
            }
        }
    }

    /// Skips from `pos` past `skipping` bytes and then past the next `terminator`.
    func skipPast(_ terminator: [UInt8], skipping: Int, what: String) throws {
        let start = base + pos
        pos += skipping
        let n = terminator.count
        let first = terminator[0]
        while true {
            var p = pos
            while p + n <= end {
                if buf[p] == first {
                    var ok = true
                    for i in 1..<n where buf[p + i] != terminator[i] { ok = false; break }
                    if ok {
                        pos = p + n
                        return
                    }
                }
                p += 1
            }
            pos = p
            guard try fill(keeping: p) else {
                throw XMLError.malformed(offset: start, reason: "unterminated \(what)")
            }
        }
    }

    @inline(__always)
    func appendText(_ p: UnsafePointer<UInt8>, _ n: Int) throws {
        if discardText { return }
        let newLen = textLen + n
        if newLen > textCap {
            if newLen > limits.maxStringBytes {
                throw XMLError.limitExceeded(
                    offset: base + pos, limit: "text length", value: newLen, maximum: limits.maxStringBytes)
            }
            let newCap = min(max(textCap * 2, newLen), limits.maxStringBytes)
            let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: newCap)
            nb.update(from: textBuf, count: textLen)
            textBuf.deallocate()
            textBuf = nb
            textCap = newCap
        }
        (textBuf + textLen).update(from: p, count: n)
        textLen = newLen
    }
}

func hex2(_ b: UInt8) -> String {
    let s = String(b, radix: 16, uppercase: true)
    return s.count == 1 ? "000" + s : "00" + s
}
