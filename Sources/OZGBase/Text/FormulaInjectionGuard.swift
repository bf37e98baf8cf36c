/// The one policy against formula (CSV) injection, after OWASP: text a spreadsheet program could
/// run as a formula is written with a leading apostrophe.
///
/// Applied to text values wherever OZGKit writes CSV for people to open (``CSVWriter`` by
/// default, report CSV files, the roadmap's project CSV). Numbers, dates and booleans are values,
/// never guarded; `.xlsx` and `.ods` cells are typed, so text there is never a formula and needs
/// no guard. `ozg cat` prints the cells as they are (it is a data tool, not an export).
///
/// | text | written as | why |
/// | --- | --- | --- |
/// | `=SUM(A1)` | `'=SUM(A1)` | a formula |
/// | `+49 30 1234` | `'+49 30 1234` | `+` starts a formula |
/// | `-x`, `- 1 + 2` | `'-x`, `'- 1 + 2` | `-` starts a formula |
/// | `@SUM(A1)` | `'@SUM(A1)` | `@` starts a function call |
/// | tab or CR first | `'` + text | a cell break trick |
/// | `-5`, `+49`, `-1,5`, `+3.25` | as it is | a plain number, read as a number |
/// | `-`, `+`, `=`, `@` alone | as it is | a lone sign is no formula (`-` is a common "none") |
/// | `Wohngeld`, `` (empty) | as it is | nothing to run |
///
/// Readers never remove the apostrophe again.
public enum FormulaInjectionGuard {
    /// Whether `text` needs the apostrophe.
    @inlinable
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
    @inlinable
    public static func guarded(_ text: String) -> String { needsGuard(text) ? "'" + text : text }

    /// A sign, digits, and at most one `.` or `,` followed by digits.
    @usableFromInline
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
