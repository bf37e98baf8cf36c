#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses numbers straight from bytes, without making a String.
///
/// Decimal numbers of up to 15 significant digits with a decimal exponent up to 22 take the
/// exact fast path (Clinger); anything longer goes through `strtod`, so every result is
/// correctly rounded. Infinity, NaN and hexadecimal forms are refused.
public enum NumberScanner {
    private static let powersOf10: [Double] = (0...22).map { pow(10.0, Double($0)) }

    /// A decimal number, XML whitespace around it allowed.
    public static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard var p = bytes.baseAddress else { return nil }
        var e = p + bytes.count
        while p < e, isSpace(p[0]) { p += 1 }
        while e > p, isSpace(e[-1]) { e -= 1 }
        if p == e { return nil }
        let start = p
        var negative = false
        if p[0] == 0x2D { negative = true; p += 1 } else if p[0] == 0x2B { p += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var significant = 0
        var exp10 = 0
        var sawDigit = false
        while p < e, p[0] >= 0x30, p[0] <= 0x39 {
            sawDigit = true
            if significant < 19 {
                mantissa = mantissa * 10 + UInt64(p[0] - 0x30)
                if mantissa != 0 { significant += 1 }
            } else {
                exp10 += 1
                significant += 1
            }
            digits += 1
            p += 1
        }
        if p < e, p[0] == 0x2E {
            p += 1
            while p < e, p[0] >= 0x30, p[0] <= 0x39 {
                sawDigit = true
                if significant < 19 {
                    mantissa = mantissa * 10 + UInt64(p[0] - 0x30)
                    if mantissa != 0 { significant += 1 }
                    exp10 -= 1
                } else {
                    significant += 1
                }
                p += 1
            }
        }
        guard sawDigit else { return nil }
        if p < e, p[0] | 0x20 == 0x65 {
            p += 1
            var eneg = false
            if p < e, p[0] == 0x2D { eneg = true; p += 1 } else if p < e, p[0] == 0x2B { p += 1 }
            var ev = 0
            var edigits = 0
            while p < e, p[0] >= 0x30, p[0] <= 0x39 {
                if ev < 100_000 { ev = ev * 10 + Int(p[0] - 0x30) }
                edigits += 1
                p += 1
            }
            guard edigits > 0 else { return nil }
            exp10 += eneg ? -ev : ev
        }
        guard p == e else { return nil }
        if significant <= 15 && exp10 >= -22 && exp10 <= 22 {
            var v = Double(mantissa)
            if exp10 < 0 { v /= powersOf10[-exp10] } else if exp10 > 0 { v *= powersOf10[exp10] }
            return negative ? -v : v
        }
        // Slow path: strtod on a terminated copy.
        let n = e - start
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { tmp -> Double? in
            guard let t = tmp.baseAddress else { return nil }
            UnsafeMutableRawPointer(t).copyMemory(from: start, byteCount: n)
            t[n] = 0
            let v = strtod(t, nil)
            return v.isFinite ? v : nil
        }
    }

    /// A decimal integer with optional sign, XML whitespace around it allowed.
    public static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard var p = bytes.baseAddress else { return nil }
        var e = p + bytes.count
        while p < e, isSpace(p[0]) { p += 1 }
        while e > p, isSpace(e[-1]) { e -= 1 }
        if p == e { return nil }
        var negative = false
        if p[0] == 0x2D { negative = true; p += 1 } else if p[0] == 0x2B { p += 1 }
        if p == e || e - p > 18 { return nil }
        var v = 0
        while p < e {
            let c = p[0]
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
            p += 1
        }
        return negative ? -v : v
    }

    @inline(__always)
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
}
