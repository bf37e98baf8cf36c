/// A day of the proleptic Gregorian calendar, independent of time zones.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Validates the components; `nil` for 2021-02-30 and the like.
    public init?(validYear year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year),
            (-9999...9999).contains(year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: m <= 2 ? y + 1 : y, month: m, day: d)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let y = year < 0 ? "-" + padYear(-year) : padYear(year)
        return y + "-" + pad2(month) + "-" + pad2(day)
    }

    public var description: String { iso }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(validYear: y, month: m, day: d)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The calendar quarter, 1 to 4.
    public var quarter: Int { (month - 1) / 3 + 1 }
}

private func padYear(_ y: Int) -> String {
    let s = String(y)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}

/// A time of day in seconds after midnight, `0 ..< 86400`.
public struct TimeOfDay: Hashable, Comparable, Sendable {
    public var seconds: Double

    public init(seconds: Double) { self.seconds = seconds }

    public init(hour: Int, minute: Int, second: Double = 0) {
        self.seconds = Double(hour * 3600 + minute * 60) + second
    }

    public var hour: Int { Int(seconds) / 3600 }
    public var minute: Int { (Int(seconds) % 3600) / 60 }
    public var second: Int { Int(seconds) % 60 }

    /// `HH:MM:SS`, with milliseconds when there are any.
    public var iso: String {
        let whole = Int(seconds.rounded(.down))
        var s = pad2(whole / 3600) + ":" + pad2((whole % 3600) / 60) + ":" + pad2(whole % 60)
        let ms = Int(((seconds - Double(whole)) * 1000).rounded())
        if ms > 0 && ms < 1000 { s += "." + format3(ms) }
        return s
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.seconds < b.seconds }
}

/// A date with a time of day, without a time zone (spreadsheets have none).
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: CalendarDate
    public var time: TimeOfDay

    public init(date: CalendarDate, time: TimeOfDay) {
        self.date = date
        self.time = time
    }

    /// `YYYY-MM-DDTHH:MM:SS`.
    public var iso: String { date.iso + "T" + time.iso }
    public var description: String { iso }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.time) < (b.date, b.time)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` (a trailing `Z` or offset is ignored).
    public static func parseISO(_ text: String) -> CellValue? {
        let s = Substring(text)
        if s.count == 10 { return CalendarDate(iso: s).map(CellValue.date) }
        guard let t = s.firstIndex(where: { $0 == "T" || $0 == " " }),
            let d = CalendarDate(iso: s[..<t])
        else { return nil }
        var rest = s[s.index(after: t)...]
        if let z = rest.firstIndex(where: { $0 == "Z" || $0 == "+" }) { rest = rest[..<z] }
        else if let minus = rest.lastIndex(of: "-") { rest = rest[..<minus] }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, let h = Int(parts[0]), let m = Int(parts[1]),
            (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        var sec = 0.0
        if parts.count == 3 {
            guard let v = Double(parts[2]), v >= 0, v < 61 else { return nil }
            sec = v
        }
        return .dateTime(LocalDateTime(date: d, time: TimeOfDay(hour: h, minute: m, second: sec)))
    }
}

extension CalendarDate: Codable {
    /// Encoded as `YYYY-MM-DD`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = CalendarDate(iso: Substring(s)) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a date YYYY-MM-DD: \(s)")
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
