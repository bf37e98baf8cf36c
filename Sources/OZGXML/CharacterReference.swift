/// The five predefined entities and numeric character references; nothing else exists here.
enum CharacterReference {
    enum Result {
        /// A character and the length of the reference including `&` and `;`.
        case character(UInt32, length: Int)
        /// The buffer ends before the `;`.
        case incomplete
        case invalid(String)
    }

    private static let maxLength = 40

    /// Parses the reference starting at `p` (which points at `&`).
    static func parse(_ p: UnsafePointer<UInt8>, available: Int) -> Result {
        var semi = -1
        let limit = min(available, maxLength)
        var i = 1
        while i < limit {
            let c = p[i]
            if c == 0x3B { semi = i; break }
            let isNameByte = (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x23
            if !isNameByte { return .invalid("unterminated character reference") }
            i += 1
        }
        if semi < 0 {
            return available < maxLength ? .incomplete : .invalid("unterminated character reference")
        }
        let n = semi - 1
        let body = p + 1
        if n >= 2, body[0] == 0x23 {  // '#'
            var value: UInt32 = 0
            var digits = 0
            if body[1] == 0x78 {  // 'x'
                var j = 2
                while j < n {
                    let c = body[j]
                    let d: UInt32
                    switch c {
                    case 0x30...0x39: d = UInt32(c - 0x30)
                    case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                    case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                    default: return .invalid("bad hexadecimal character reference")
                    }
                    value = value &* 16 &+ d
                    digits += 1
                    if value > 0x10FFFF { return .invalid("character reference beyond U+10FFFF") }
                    j += 1
                }
            } else {
                var j = 1
                while j < n {
                    let c = body[j]
                    guard c >= 0x30, c <= 0x39 else { return .invalid("bad decimal character reference") }
                    value = value &* 10 &+ UInt32(c - 0x30)
                    digits += 1
                    if value > 0x10FFFF { return .invalid("character reference beyond U+10FFFF") }
                    j += 1
                }
            }
            guard digits > 0 else { return .invalid("empty character reference") }
            guard UTF8Check.isXMLChar(value) else {
                return .invalid("character reference to a character XML does not allow (U+\(String(value, radix: 16, uppercase: true)))")
            }
            return .character(value, length: semi + 1)
        }
        let c: UInt32
        switch n {
        case 2 where body[0] == 0x6C && body[1] == 0x74: c = 0x3C  // lt
        case 2 where body[0] == 0x67 && body[1] == 0x74: c = 0x3E  // gt
        case 3 where body[0] == 0x61 && body[1] == 0x6D && body[2] == 0x70: c = 0x26  // amp
        case 4 where body[0] == 0x61 && body[1] == 0x70 && body[2] == 0x6F && body[3] == 0x73: c = 0x27  // apos
        case 4 where body[0] == 0x71 && body[1] == 0x75 && body[2] == 0x6F && body[3] == 0x74: c = 0x22  // quot
        default:
            let name = String(decoding: UnsafeBufferPointer(start: body, count: max(0, n)), as: UTF8.self)
            return .invalid("undefined entity &\(name); (only the five predefined entities are allowed)")
        }
        return .character(c, length: semi + 1)
    }
}
