import Foundation
import OZGSpreadsheet

/// Reads the dates Paten write: date cells, `31.12.2022`, `2022-12-31`, `Q3/2022`, `2022-12`,
/// `12/2022`, `2022`, and serial numbers in cells without a date format.
///
/// A period (quarter, month, year) gives its last day for an end date (`Ende`, `geprüft am`)
/// and its first day for a start date (`Start`). A serial number or a bare year is accepted
/// with a warning, because the Pate should see what it was read as: decided so that no value
/// is dropped and none is taken silently.
public enum DateParser {
    public enum Result: Hashable, Sendable {
        case empty
        case date(CalendarDate, warning: String?)
        case invalid
    }

    /// Whether a period stands for its first or its last day.
    public enum PeriodEdge: Sendable { case start, end }

    public static func parse(_ value: CellValue, edge: PeriodEdge = .end) -> Result {
        switch value {
        case .empty: return .empty
        case .date(let d): return .date(d, warning: nil)
        case .dateTime(let dt): return .date(dt.date, warning: nil)
        case .number(let n): return number(n, edge: edge)
        case .text(let s): return text(s, edge: edge)
        default: return .invalid
        }
    }

    static func number(_ n: Double, edge: PeriodEdge) -> Result {
        guard let i = Int(exactly: n) else { return .invalid }
        if (2000...2100).contains(i) {
            let d = period(year: i, firstMonth: 1, lastMonth: 12, edge: edge)
            return .date(d, warning: "Die Zahl \(i) wurde als Jahr gelesen (\(german(d))).")
        }
        // 1 Jan 2000 … 31 Dec 2099 in Excel's 1900 system.
        if (36_526...73_050).contains(i) {
            let d = DateSystem.excel1900.date(serialDay: i)
            return .date(d, warning: "Die Zahl \(i) wurde als Datum \(german(d)) gelesen. Bitte formatieren Sie die Zelle als Datum.")
        }
        return .invalid
    }

    static func text(_ raw: String, edge: PeriodEdge) -> Result {
        let s = raw.trimmedWhitespace
        if s.isEmpty { return .empty }
        if let n = Double(s), !s.contains(".") || s.split(separator: ".").count == 2 && s.hasSuffix(".0") {
            return number(n, edge: edge)
        }
        let lower = s.lowercased()
        // 31.12.2022, 1.1.22
        let dot = lower.split(separator: ".", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if dot.count == 3, let d = Int(dot[0]), let m = Int(dot[1]), let y = year(dot[2]) {
            return CalendarDate(validYear: y, month: m, day: d).map { .date($0, warning: nil) } ?? .invalid
        }
        // 2022-12-31, 2022-12
        let dash = lower.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if dash.count == 3, dash[0].count == 4, let y = Int(dash[0]), let m = Int(dash[1]), let d = Int(dash[2].prefix(2)) {
            return CalendarDate(validYear: y, month: m, day: d).map { .date($0, warning: nil) } ?? .invalid
        }
        if dash.count == 2, dash[0].count == 4, let y = Int(dash[0]), let m = Int(dash[1]), (1...12).contains(m) {
            return .date(period(year: y, firstMonth: m, lastMonth: m, edge: edge), warning: nil)
        }
        // Q3/2022, Q3 2022, Q3-2022, 3. Quartal 2022, III/2022 is not supported.
        if let q = quarter(lower) {
            return .date(period(year: q.year, firstMonth: q.quarter * 3 - 2, lastMonth: q.quarter * 3, edge: edge), warning: nil)
        }
        // 12/2022, 12.2022, 31/12/2022
        let slash = lower.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if slash.count == 3, let d = Int(slash[0]), let m = Int(slash[1]), let y = year(slash[2]) {
            return CalendarDate(validYear: y, month: m, day: d).map { .date($0, warning: nil) } ?? .invalid
        }
        let monthYear = slash.count == 2 ? slash : (dot.count == 2 ? dot : [])
        if monthYear.count == 2, let m = Int(monthYear[0]), (1...12).contains(m), monthYear[1].count == 4, let y = Int(monthYear[1]) {
            return .date(period(year: y, firstMonth: m, lastMonth: m, edge: edge), warning: nil)
        }
        // Dezember 2022, Dez. 2022, Ende 2022
        let words = lower.replacingOccurrences(of: ".", with: " ").split(separator: " ").map(String.init)
        if words.count == 2, let y = Int(words[1]), words[1].count == 4 {
            if let m = monthNames.firstIndex(where: { words[0].hasPrefix($0) }) {
                return .date(period(year: y, firstMonth: m + 1, lastMonth: m + 1, edge: edge), warning: nil)
            }
            if words[0] == "ende" { return .date(CalendarDate(year: y, month: 12, day: 31), warning: nil) }
            if words[0] == "anfang" || words[0] == "beginn" { return .date(CalendarDate(year: y, month: 1, day: 1), warning: nil) }
        }
        return .invalid
    }

    static let monthNames = ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"]

    private static func year(_ s: String) -> Int? {
        guard let y = Int(s) else { return nil }
        if s.count == 4 { return y }
        if s.count == 2 { return 2000 + y }
        return nil
    }

    private static func quarter(_ s: String) -> (quarter: Int, year: Int)? {
        let compact = s.replacingOccurrences(of: " ", with: "")
        var q: Int?
        var rest = Substring(compact)
        if rest.hasPrefix("q"), let d = rest.dropFirst().first?.wholeNumberValue {
            q = d
            rest = rest.dropFirst(2)
        } else if let d = rest.first?.wholeNumberValue, rest.dropFirst().hasPrefix(".quartal") {
            q = d
            rest = rest.dropFirst(9)
        } else if let d = rest.first?.wholeNumberValue, rest.dropFirst().hasPrefix("q") {
            q = d
            rest = rest.dropFirst(2)
        }
        guard let q, (1...4).contains(q) else { return nil }
        while let f = rest.first, f == "/" || f == "-" || f == "." { rest = rest.dropFirst() }
        guard let y = year(String(rest)) else { return nil }
        return (q, y)
    }

    private static func period(year: Int, firstMonth: Int, lastMonth: Int, edge: PeriodEdge) -> CalendarDate {
        switch edge {
        case .start: return CalendarDate(year: year, month: firstMonth, day: 1)
        case .end: return CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))
        }
    }

    /// `31.12.2022`.
    public static func german(_ d: CalendarDate) -> String {
        (d.day < 10 ? "0" : "") + "\(d.day)." + (d.month < 10 ? "0" : "") + "\(d.month).\(d.year)"
    }
}
