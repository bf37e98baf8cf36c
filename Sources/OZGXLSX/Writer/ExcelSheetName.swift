import OZGSpreadsheet

/// Excel's rules for sheet names, as a check that throws and as a sanitiser callers can use.
///
/// A name has 1 to 31 characters (counted in UTF-16 units, as Excel does), none of
/// `[ ] : * ? / \`, does not start or end with an apostrophe, is not `History` (reserved by
/// Excel) and differs from every other sheet's name ignoring case (Unicode case folding:
/// `Übersicht` and `übersicht` clash).
public enum ExcelSheetName {
    /// The longest name Excel accepts.
    public static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why `name` cannot be a sheet name next to `existing`, or `nil` when it can.
    public static func problem(with name: String, existing: [String] = []) -> String? {
        if name.isEmpty { return "a sheet name cannot be empty" }
        if name.utf16.count > maxLength {
            return "the sheet name has \(name.utf16.count) characters; Excel allows at most \(maxLength)"
        }
        if let bad = name.first(where: { forbidden.contains($0) }) {
            return "the sheet name contains \"\(bad)\"; Excel forbids [ ] : * ? / \\"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            return "a sheet name cannot start or end with an apostrophe"
        }
        if name.lowercased() == "history" { return "Excel reserves the sheet name \"History\"" }
        let folded = name.lowercased()
        if let clash = existing.first(where: { $0.lowercased() == folded }) {
            return "another sheet is already named \"\(clash)\" (Excel ignores case)"
        }
        return nil
    }

    /// Throws ``SpreadsheetError/invalidValue(path:sheet:cell:reason:)`` when `name` breaks a rule.
    public static func validate(_ name: String, existing: [String] = [], path: String) throws {
        if let reason = problem(with: name, existing: existing) {
            throw SpreadsheetError.invalidValue(path: path, sheet: name, cell: "-", reason: reason)
        }
    }

    /// A valid name close to `name`: forbidden characters become `_`, apostrophes at the ends are
    /// dropped, the name is cut to 31 characters, and a clash gets ` (2)`, ` (3)`, … appended.
    public static func sanitize(_ name: String, existing: [String] = []) -> String {
        var s = String(name.map { forbidden.contains($0) ? "_" : $0 })
        while s.hasPrefix("'") { s.removeFirst() }
        while s.hasSuffix("'") { s.removeLast() }
        if s.isEmpty { s = "Tabelle" }
        if s.lowercased() == "history" { s += "_" }
        s = truncated(s, to: maxLength)
        let taken = Set(existing.map { $0.lowercased() })
        if !taken.contains(s.lowercased()) { return s }
        var n = 2
        while true {
            let suffix = " (\(n))"
            let candidate = truncated(s, to: maxLength - suffix.utf16.count) + suffix
            if !taken.contains(candidate.lowercased()) { return candidate }
            n += 1
        }
    }

    private static func truncated(_ s: String, to units: Int) -> String {
        var out = ""
        var count = 0
        for ch in s {
            let u = ch.utf16.count
            if count + u > units { break }
            out.append(ch)
            count += u
        }
        return out
    }
}
