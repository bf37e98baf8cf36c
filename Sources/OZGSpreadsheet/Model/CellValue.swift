/// The typed value of one spreadsheet cell.
///
/// Dates and times are real calendar values, never raw serial numbers: a reader converts
/// a serial number in a date-formatted cell with the workbook's date system, and a writer
/// converts back. A formula cell carries its cached result as its value and the formula text
/// in ``Cell/formula``.
public enum CellValue: Hashable, Sendable {
    case empty
    case number(Double)
    case text(String)
    case boolean(Bool)
    /// A calendar date without a time of day.
    case date(CalendarDate)
    /// A calendar date with a time of day.
    case dateTime(LocalDateTime)
    /// A time of day, below 24 hours.
    case time(TimeOfDay)
    /// An elapsed time in seconds (`[h]:mm:ss` in Excel, `PT…` in ODF).
    case duration(Double)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)

    public var isEmpty: Bool {
        if case .empty = self { return true }
        return false
    }

    /// The text of a `.text` value, `nil` for every other case.
    public var textValue: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    /// The number of a `.number` value, `nil` for every other case.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The error codes that spreadsheet programs know.
    public static let knownErrors: Set<String> = [
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
        "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "Err:502", "Err:504",
    ]
}

extension CellValue {
    /// A plain display text: what a person would read in the cell when no number format applies.
    ///
    /// Numbers use the shortest round-tripping form (`1.5`, `3`, `1e-07`), dates ISO 8601.
    public var plainText: String {
        switch self {
        case .empty: return ""
        case .number(let n): return NumberText.shortest(n)
        case .text(let s): return s
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.iso
        case .dateTime(let dt): return dt.iso
        case .time(let t): return t.iso
        case .duration(let s): return Duration.isoClock(seconds: s)
        case .error(let e): return e
        }
    }
}

enum Duration {
    /// `H:MM:SS` with hours unbounded, fractional seconds kept to milliseconds.
    static func isoClock(seconds: Double) -> String {
        let negative = seconds < 0
        let total = abs(seconds)
        // Beyond what Int64 holds (or not a number): no clock form, the number itself.
        guard total < 9.0e18 else { return "\(seconds)" }
        let whole = Int64(total.rounded(.down))
        let frac = total - Double(whole)
        let h = whole / 3600, m = (whole % 3600) / 60, s = whole % 60
        var out = (negative ? "-" : "") + "\(h):" + pad2(Int(m)) + ":" + pad2(Int(s))
        let ms = Int((frac * 1000).rounded())
        if ms > 0 && ms < 1000 { out += "." + String(format3(ms)) }
        return out
    }
}

@inline(__always) func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
@inline(__always) func format3(_ v: Int) -> String { v < 10 ? "00\(v)" : v < 100 ? "0\(v)" : "\(v)" }
