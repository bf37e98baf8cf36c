import OZGSpreadsheet

/// One cell of a report table: a typed value that every renderer knows how to show.
///
/// In JSON a value is a plain JSON value: text, dates (`YYYY-MM-DD`) and verdicts are strings,
/// integers, numbers and percentages (as a fraction, `0.25` for 25 %) are numbers, and an
/// empty cell is `null`.
public enum ReportValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case number(Double)
    /// A fraction shown as a percentage: `0.25` is 25 %.
    case percent(Double)
    case date(CalendarDate)
    /// A categorical value with a semantic colour: a Relevanz (`ja`, `teilweise`, …), a
    /// Vorhaben status, a flag such as `verspätet`; see ``ReportPalette``.
    case verdict(String)
    case empty

    /// The text a reader sees, with German number and date conventions (`25 %`, `31.12.2022`).
    public var displayText: String {
        switch self {
        case .text(let s), .verdict(let s): return s
        case .integer(let n): return String(n)
        case .number(let d): return ReportValue.german(d)
        case .percent(let p): return String(Int((p * 100).rounded())) + " %"
        case .date(let d): return ReportValue.germanDate(d)
        case .empty: return ""
        }
    }

    /// A plain, locale-free text: what CSV and JSON carry (`0.25`, `2022-12-31`).
    public var plainText: String {
        switch self {
        case .text(let s), .verdict(let s): return s
        case .integer(let n): return String(n)
        case .number(let d), .percent(let d): return NumberText.shortest(d)
        case .date(let d): return d.iso
        case .empty: return ""
        }
    }

    /// The numeric value for charts and heat maps, `nil` for non-numbers.
    public var numericValue: Double? {
        switch self {
        case .integer(let n): return Double(n)
        case .number(let d), .percent(let d): return d
        default: return nil
        }
    }

    public var isEmpty: Bool { self == .empty }

    /// `31.12.2022`.
    public static func germanDate(_ d: CalendarDate) -> String { d.german }

    /// A decimal number with a comma, up to two decimals.
    static func german(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        let rounded = (d * 100).rounded() / 100
        return NumberText.shortest(rounded).replacingOccurrences(of: ".", with: ",")
    }
}
