/// Excel's `_xHHHH_` escapes in strings: characters XML cannot hold (`_x0001_`) and the carriage
/// returns Excel writes as `_x000D_`; `_x005F_` escapes a literal underscore.
enum OOXMLEscapes {
    /// The text of UTF-8 bytes with the escapes replaced.
    static func string(_ bytes: [UInt8]) -> String {
        guard bytes.count >= 7, containsEscape(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5F, i + 6 < bytes.count, bytes[i + 1] == 0x78, bytes[i + 6] == 0x5F,
                let v = hex4(bytes, i + 2), let scalar = Unicode.Scalar(v)
            {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += 7
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of UTF-8 bytes in a buffer with the escapes replaced.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x5F && bytes[i + 1] == 0x78 { return string(Array(bytes)) }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func containsEscape(_ b: [UInt8]) -> Bool {
        var i = 0
        while i + 1 < b.count {
            if b[i] == 0x5F && b[i + 1] == 0x78 { return true }
            i += 1
        }
        return false
    }

    private static func hex4(_ b: [UInt8], _ at: Int) -> UInt32? {
        var v: UInt32 = 0
        for k in at..<(at + 4) {
            let c = b[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            v = v * 16 + d
        }
        return v
    }
}
