/// The guard against CSV (formula) injection, after OWASP: text a spreadsheet could run as a
/// formula is prefixed with an apostrophe.
///
/// A text is guarded when it starts with `=`, `+`, `-` or `@` and is more than that one
/// character, or starts with a tab or a carriage return — unless the whole text is a plain
/// number (`-5`, `+49`, `-1,5`, `+3.25`), which a spreadsheet reads as a number and cannot run.
/// So `=SUM(A1)` becomes `'=SUM(A1)`, `+49 30 1234` becomes `'+49 30 1234`, `@x` becomes
/// `'@x`, while a lone `-` (a common "none" in tables) and `-5` stay as they are.
/// Only text is guarded: numbers, dates and booleans are written as values.
/// ``CSVReader`` does not remove the apostrophe again.
public enum CSVFormulaGuard {
    /// Whether `text` needs the apostrophe.
    public static func needsGuard(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case 0x09, 0x0D: return true
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"):
            return text.utf8.count > 1 && !isPlainNumber(text)
        default: return false
        }
    }

    /// `text` with the apostrophe when it needs one.
    public static func guarded(_ text: String) -> String { needsGuard(text) ? "'" + text : text }

    /// A sign, digits, and at most one `.` or `,` followed by digits.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let sign = bytes.next(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return false }
        var digits = 0, separators = 0, digitsAfter = 0
        while let b = bytes.next() {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                if separators > 0 { digitsAfter += 1 }
            } else if (b == 0x2E || b == 0x2C) && separators == 0 && digits > 0 {
                separators += 1
            } else {
                return false
            }
        }
        return digits > 0 && (separators == 0 || digitsAfter > 0)
    }
}
