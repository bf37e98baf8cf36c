/// The one JSON string writer of OZGKit (RFC 8259).
///
/// Escapes `"` and `\`, writes `\n`, `\r`, `\t` as such and every other control character
/// below U+0020 as `\u00XX` (lower-case hex), and escapes U+2028 and U+2029 as `\u2028` and
/// `\u2029` (valid JSON, but line terminators in JavaScript: a JSON text embedded in a
/// `<script>` or a `.js` file would otherwise break). Everything else is written as UTF-8.
/// `ozg cat --format json`, findings, report documents and every JSON the CLI prints use it.
public enum JSONString {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether `text` holds anything to escape (else its UTF-8 bytes go between the quotes as
    /// they are).
    @inlinable
    public static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
    }

    /// Appends `text` as a quoted JSON string literal to UTF-8 bytes.
    @inlinable
    public static func append(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
                    out.append(b)
                    i += 1
                    continue
                }
                if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    appendEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    i += 3
                    continue
                }
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0xE2: out.append(b)
                default: appendEscape(UInt16(b), to: &out)
                }
                i += 1
            }
        }
        out.append(0x22)
    }

    /// Appends `\uXXXX`.
    @usableFromInline
    static func appendEscape(_ code: UInt16, to out: inout [UInt8]) {
        out.append(0x5C)
        out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((code >> UInt16(shift)) & 0xF)]) }
    }

    /// Appends `text` as a quoted JSON string literal to a string.
    public static func append(_ text: String, to out: inout String) {
        out += quoted(text)
    }

    /// `text` as a quoted JSON string literal.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
