/// How a spreadsheet stores dates as numbers (serials).
///
/// Excel counts days from 1899-12-31 as day 1 and keeps Lotus 1-2-3's phantom 1900-02-29 as
/// day 60 (the leap-year bug); Mac Excel's 1904 system counts from 1904-01-01 as day 0.
public enum DateSystem: String, Hashable, Sendable {
    case excel1900 = "1900"
    case excel1904 = "1904"

    private static let epoch1899 = CalendarDate(year: 1899, month: 12, day: 30).daysSinceEpoch
    private static let epoch1904 = CalendarDate(year: 1904, month: 1, day: 1).daysSinceEpoch

    /// The calendar date of the whole part of a serial number.
    ///
    /// In the 1900 system serials 1 to 59 are 1900-01-01 to 1900-02-28; serial 60 is the phantom
    /// 1900-02-29, which is returned as 1900-02-28 (it does not exist); serial 0 is 1899-12-31 as
    /// Excel displays `1900-01-00`.
    public func date(serialDay: Int) -> CalendarDate {
        switch self {
        case .excel1904:
            return CalendarDate(daysSinceEpoch: DateSystem.epoch1904 + serialDay)
        case .excel1900:
            if serialDay >= 61 { return CalendarDate(daysSinceEpoch: DateSystem.epoch1899 + serialDay) }
            if serialDay == 60 { return CalendarDate(year: 1900, month: 2, day: 28) }
            return CalendarDate(daysSinceEpoch: DateSystem.epoch1899 + serialDay + 1)
        }
    }

    /// The serial number of a calendar date (the inverse of ``date(serialDay:)``).
    public func serialDay(of date: CalendarDate) -> Int {
        let d = date.daysSinceEpoch
        switch self {
        case .excel1904: return d - DateSystem.epoch1904
        case .excel1900:
            let s = d - DateSystem.epoch1899
            return s >= 61 ? s : s - 1
        }
    }

    /// Splits a serial into date and time of day, rounding to the millisecond as Excel does.
    public func dateTime(serial: Double) -> LocalDateTime? {
        guard serial.isFinite, abs(serial) < 3_000_000 else { return nil }
        let ms = (serial * 86_400_000).rounded()
        var day = Int((ms / 86_400_000).rounded(.down))
        var rest = ms - Double(day) * 86_400_000
        if rest >= 86_400_000 { day += 1; rest -= 86_400_000 }
        return LocalDateTime(date: date(serialDay: day), time: TimeOfDay(seconds: rest / 1000))
    }

    public func serial(of dateTime: LocalDateTime) -> Double {
        Double(serialDay(of: dateTime.date)) + dateTime.time.seconds / 86_400
    }

    public func serial(of date: CalendarDate) -> Double { Double(serialDay(of: date)) }
}
