/// Bit flags classifying each byte value for the scanning loops.
enum ByteClass {
    /// Ends a run of plain text: `<`, `&`, CR, non-ASCII, control characters.
    static let textSpecial: UInt8 = 1
    /// Needs a look inside an attribute value: quotes, `<`, `&`, whitespace other than space,
    /// non-ASCII, control characters.
    static let attrSpecial: UInt8 = 2
    /// Ends a name: whitespace, `/`, `>`, `=`, quotes, `<`, `&`, control characters.
    static let nameEnd: UInt8 = 4
    /// Needs a look inside CDATA: `]`, CR, non-ASCII, control characters.
    static let cdataSpecial: UInt8 = 8
    /// XML whitespace: space, tab, LF, CR.
    static let space: UInt8 = 16

    static func makeTable() -> UnsafeMutablePointer<UInt8> {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for i in 0..<256 {
            let b = UInt8(i)
            var f: UInt8 = 0
            let isControl = b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D
            if b == 0x3C || b == 0x26 || b == 0x0D || b >= 0x80 || isControl { f |= textSpecial }
            if b == 0x3C || b == 0x26 || b == 0x22 || b == 0x27 || b == 0x09 || b == 0x0A || b == 0x0D || b >= 0x80
                || isControl
            {
                f |= attrSpecial
            }
            if b <= 0x20 || b == 0x2F || b == 0x3E || b == 0x3D || b == 0x22 || b == 0x27 || b == 0x3C || b == 0x26 {
                f |= nameEnd
            }
            if b == 0x5D || b == 0x0D || b >= 0x80 || isControl { f |= cdataSpecial }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { f |= space }
            t[i] = f
        }
        return t
    }
}

/// Eight bytes at a time: words read from the input with a mark (the high bit) on bytes of a
/// kind. A mark may be wrong only above a byte that is rightly marked, so the lowest mark is
/// always right.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 { UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) }

    /// Bytes equal to `c`.
    @inline(__always)
    static func equal(_ v: UInt64, _ c: UInt8) -> UInt64 {
        let x = v ^ (ones &* UInt64(c))
        return (x &- ones) & ~x & highs
    }

    /// Bytes below 0x20 (control characters, tab, LF, CR) and from 0x80 (non-ASCII).
    @inline(__always)
    static func controlOrHigh(_ v: UInt64) -> UInt64 { ((v &- ones &* 0x20) & ~v & highs) | (v & highs) }

    /// The offset of the lowest marked byte of a word with marks.
    @inline(__always)
    static func first(_ marks: UInt64) -> Int { marks.trailingZeroBitCount >> 3 }

    /// The first byte of class ``ByteClass/attrSpecial`` in `b[p..<e]`, or `e`: the plain run of
    /// an attribute value.
    @inline(__always)
    static func attributeRun(_ b: UnsafeMutablePointer<UInt8>, from start: Int, to e: Int, classes t: UnsafeMutablePointer<UInt8>) -> Int {
        var p = start
        while p + 8 <= e {
            let v = load(b + p)
            let m = controlOrHigh(v) | equal(v, 0x22) | equal(v, 0x27) | equal(v, 0x3C) | equal(v, 0x26)
            if m != 0 { return p + first(m) }
            p += 8
        }
        while p < e && t[Int(b[p])] & ByteClass.attrSpecial == 0 { p &+= 1 }
        return p
    }
}

/// UTF-8 validation of one sequence.
enum UTF8Check {
    /// The length of the valid sequence starting at `p` (lead byte ≥ 0x80), 0 when invalid,
    /// -1 when more than `available` bytes would be needed to decide.
    @inline(__always)
    static func sequenceLength(_ p: UnsafePointer<UInt8>, available: Int) -> Int {
        let b0 = p[0]
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: need = 2
        case 0xE0: need = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 3
        case 0xED: need = 3; hi = 0x9F
        case 0xF0: need = 4; lo = 0x90
        case 0xF1...0xF3: need = 4
        case 0xF4: need = 4; hi = 0x8F
        default: return 0
        }
        if available < 2 { return -1 }
        if p[1] < lo || p[1] > hi { return 0 }
        for i in 2..<need {
            if i >= available { return -1 }
            if p[i] < 0x80 || p[i] > 0xBF { return 0 }
        }
        if need == 3, b0 == 0xEF, p[1] == 0xBF, p[2] >= 0xBE { return 0 }  // U+FFFE, U+FFFF
        return need
    }

    /// Appends the UTF-8 encoding of a scalar to `out`; returns the byte count.
    @inline(__always)
    static func encode(_ c: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        if c < 0x80 { out[0] = UInt8(c); return 1 }
        if c < 0x800 {
            out[0] = UInt8(0xC0 | (c >> 6)); out[1] = UInt8(0x80 | (c & 0x3F)); return 2
        }
        if c < 0x10000 {
            out[0] = UInt8(0xE0 | (c >> 12)); out[1] = UInt8(0x80 | ((c >> 6) & 0x3F))
            out[2] = UInt8(0x80 | (c & 0x3F)); return 3
        }
        out[0] = UInt8(0xF0 | (c >> 18)); out[1] = UInt8(0x80 | ((c >> 12) & 0x3F))
        out[2] = UInt8(0x80 | ((c >> 6) & 0x3F)); out[3] = UInt8(0x80 | (c & 0x3F)); return 4
    }

    /// Whether a numeric character reference names a character XML allows.
    static func isXMLChar(_ c: UInt32) -> Bool {
        c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF)
    }
}
