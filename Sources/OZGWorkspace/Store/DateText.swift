import Foundation
import OZGSpreadsheet

/// Dates as the database stores them (`YYYY-MM-DD`).
enum CalendarDateText {
    static func iso(daysSinceEpoch days: Int) -> String { CalendarDate(daysSinceEpoch: days).iso }

    /// Reads `YYYY-MM-DD`, `DD.MM.YYYY` or the date part of an ISO timestamp.
    static func parse(_ text: String?) -> CalendarDate? {
        guard let raw = text?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        if raw.count >= 10, let d = CalendarDate(iso: raw.prefix(10)) { return d }
        let parts = raw.split(separator: ".")
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 {
            return CalendarDate(validYear: y, month: m, day: d)
        }
        return nil
    }
}
