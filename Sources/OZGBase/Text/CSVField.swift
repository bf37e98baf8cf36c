import Foundation

/// The one CSV field quoter of OZGKit (RFC 4180).
///
/// A field is quoted when it holds the delimiter, a double quote, a line feed or a carriage
/// return; a double quote inside is doubled. Nothing else is changed: the formula-injection
/// guard is a separate decision (``FormulaInjectionGuard``), taken before quoting.
public enum CSVField {
    /// Whether `text` must be quoted with this delimiter (a single ASCII byte: `,`, `;`, tab).
    @inlinable
    public static func needsQuotes(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) -> Bool {
        text.utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Appends `text` as one field to UTF-8 bytes, quoted where needed.
    @inlinable
    public static func append(_ text: String, delimiter: UInt8 = UInt8(ascii: ","), to out: inout [UInt8]) {
        guard needsQuotes(text, delimiter: delimiter) else {
            out.append(contentsOf: text.utf8)
            return
        }
        out.append(0x22)
        for b in text.utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    /// `text` as one field, quoted where needed.
    public static func quoted(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        guard needsQuotes(text, delimiter: delimiter) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One line of fields (without the line end), each quoted where needed.
    public static func line(_ fields: [String], delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        fields.map { quoted($0, delimiter: delimiter) }.joined(separator: String(UnicodeScalar(delimiter)))
    }
}
