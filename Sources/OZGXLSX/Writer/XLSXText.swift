#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Protects text that looks like an OOXML escape (`_x0041_`) from being decoded by readers.
///
/// SpreadsheetML stores characters XML cannot hold as `_xHHHH_`; libxlsxwriter writes control
/// characters that way but leaves a literal `_x0041_` in the text alone, which Excel and
/// calamine then read as `A`. Escaping the underscore of such a sequence as `_x005F_` keeps the
/// text as written.
enum XLSXText {
    /// `s`, with `_x005F_` in front of every `_xHHHH_` sequence; `s` itself when there is none.
    @inline(__always)
    static func escaped(_ s: String) -> String {
        guard hasUnderscore(s) else { return s }
        let bytes = Array(s.utf8)
        guard hasEscapeLike(bytes) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 14)
        var i = 0
        while i < bytes.count {
            if isEscapeLike(bytes, at: i) { out.append(contentsOf: Array("_x005F".utf8)) }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `s` holds a `_` at all: the common answer is no, found with `memchr` on the
    /// string's own bytes (the generic `contains` walked them one by one).
    @inline(__always)
    private static func hasUnderscore(_ s: String) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, 0x5F, bytes.count) != nil
        }) {
            return found
        }
        return s.utf8.contains(0x5F)
    }

    private static func hasEscapeLike(_ b: [UInt8]) -> Bool {
        for i in b.indices where b[i] == 0x5F && isEscapeLike(b, at: i) { return true }
        return false
    }

    /// `_x` + four hex digits + `_` at `i`.
    private static func isEscapeLike(_ b: [UInt8], at i: Int) -> Bool {
        guard i + 6 < b.count, b[i] == 0x5F, b[i + 1] | 0x20 == UInt8(ascii: "x"), b[i + 6] == 0x5F else { return false }
        for k in 2...5 {
            let c = b[i + k]
            let hex = (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66)
            if !hex { return false }
        }
        return true
    }
}
