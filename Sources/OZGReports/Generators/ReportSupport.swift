import Foundation
import OZGDomain
import OZGSpreadsheet

/// Small helpers the built-in generators share.
enum ReportSupport {
    /// The date part of an ISO 8601 timestamp (`2020-03-31T10:00:00Z` → 2020-03-31).
    static func date(ofTimestamp text: String) -> CalendarDate? {
        guard text.count >= 10 else { return nil }
        return CalendarDate(iso: Substring(text.prefix(10)))
    }

    /// Today in UTC.
    static func today() -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86400).rounded(.down)))
    }

    /// The councils of a per-council report with unique file name stems (`PREFIX-Name`, then
    /// `PREFIX-Name-2`, … for names that differ only in case or in characters a file name drops).
    static func planEntries(_ kommunen: [Kommune], prefix: String) -> [PerKommunePlan.Entry] {
        var used = Set<String>()
        var entries: [PerKommunePlan.Entry] = []
        for k in kommunen {
            var stem = prefix + FileNames.safeStem(k.name)
            var n = 2
            while !used.insert(stem.lowercased()).inserted {
                stem = prefix + FileNames.safeStem(k.name) + "-\(n)"
                n += 1
            }
            entries.append(PerKommunePlan.Entry(kommune: k, fileStem: stem))
        }
        return entries
    }

    /// The sample-data note every report made from sample data carries.
    static func notes(for model: DomainModel) -> [String] {
        model.isSampleData ? ["Beispieldaten: Die Bewertungen und Planungen sind erfunden und dienen nur der Vorführung."] : []
    }
}

/// A calendar quarter (`2022 Q4`).
struct Quarter: Hashable, Comparable {
    var year: Int
    var quarter: Int

    init(year: Int, quarter: Int) {
        self.year = year
        self.quarter = quarter
    }

    init(_ d: CalendarDate) { self.init(year: d.year, quarter: d.quarter) }

    var label: String { "\(year) Q\(quarter)" }
    var next: Quarter { quarter == 4 ? Quarter(year: year + 1, quarter: 1) : Quarter(year: year, quarter: quarter + 1) }
    var first: CalendarDate { CalendarDate(year: year, month: (quarter - 1) * 3 + 1, day: 1) }
    var last: CalendarDate { next.first.adding(days: -1) }

    static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }

    /// Every quarter from `a` to `b` inclusive.
    static func range(_ a: Quarter, _ b: Quarter) -> [Quarter] {
        var out: [Quarter] = []
        var q = a
        while q <= b && out.count < 400 {
            out.append(q)
            q = q.next
        }
        return out
    }
}
