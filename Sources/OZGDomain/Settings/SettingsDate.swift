import OZGSpreadsheet

/// Dates in settings as people type them: `2026-03-31` or `31.03.2026`.
public enum SettingsDate {
    /// The date of `text`, `nil` when it is neither `JJJJ-MM-TT` nor `TT.MM.JJJJ` or not a real day.
    public static func parse(_ text: String) -> CalendarDate? {
        let raw = TextNormalization.collapseSpaces(text)
        if raw.count == 10, let d = CalendarDate(iso: Substring(raw)) { return d }
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else {
            return nil
        }
        return CalendarDate(validYear: y, month: m, day: d)
    }
}
