import OZGSpreadsheet
import Testing

@Suite("Date systems and calendar values")
struct DateSystemTests {
    @Test func excel1900KnownSerials() {
        let s = DateSystem.excel1900
        #expect(s.date(serialDay: 1) == CalendarDate(year: 1900, month: 1, day: 1))
        #expect(s.date(serialDay: 59) == CalendarDate(year: 1900, month: 2, day: 28))
        // Serial 60 is Lotus' phantom 1900-02-29.
        #expect(s.date(serialDay: 60) == CalendarDate(year: 1900, month: 2, day: 28))
        #expect(s.date(serialDay: 61) == CalendarDate(year: 1900, month: 3, day: 1))
        #expect(s.date(serialDay: 44227) == CalendarDate(year: 2021, month: 1, day: 31))
        #expect(s.date(serialDay: 44926) == CalendarDate(year: 2022, month: 12, day: 31))
        #expect(s.serialDay(of: CalendarDate(year: 2022, month: 12, day: 31)) == 44926)
        #expect(s.serialDay(of: CalendarDate(year: 1900, month: 1, day: 1)) == 1)
        #expect(s.serialDay(of: CalendarDate(year: 1900, month: 3, day: 1)) == 61)
    }

    @Test func excel1904KnownSerials() {
        let s = DateSystem.excel1904
        #expect(s.date(serialDay: 0) == CalendarDate(year: 1904, month: 1, day: 1))
        // The same day is 1462 lower in the 1904 system.
        #expect(s.date(serialDay: 44227 - 1462) == CalendarDate(year: 2021, month: 1, day: 31))
    }

    @Test("serial round trip", arguments: [DateSystem.excel1900, .excel1904])
    func roundTrip(system: DateSystem) {
        for serial in stride(from: 100, to: 80_000, by: 97) {
            #expect(system.serialDay(of: system.date(serialDay: serial)) == serial)
        }
    }

    @Test func dateTimeSplitsAndRounds() throws {
        let dt = try #require(DateSystem.excel1900.dateTime(serial: 44227.4270833333))
        #expect(dt.date == CalendarDate(year: 2021, month: 1, day: 31))
        #expect(dt.time.iso == "10:15:00")
        // 23:59:59.9996 rounds up to the next day, not to 24:00:00.
        let late = try #require(DateSystem.excel1900.dateTime(serial: 44227.999999995))
        #expect(late.date == CalendarDate(year: 2021, month: 2, day: 1))
        #expect(late.time.seconds == 0)
        #expect(DateSystem.excel1900.dateTime(serial: .infinity) == nil)
    }

    @Test func calendarArithmetic() {
        let d = CalendarDate(year: 2020, month: 2, day: 28)
        #expect(d.adding(days: 1) == CalendarDate(year: 2020, month: 2, day: 29))
        #expect(d.adding(days: 2) == CalendarDate(year: 2020, month: 3, day: 1))
        #expect(CalendarDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
        #expect(CalendarDate(validYear: 2021, month: 2, day: 29) == nil)
        #expect(CalendarDate(iso: "2022-12-31") == CalendarDate(year: 2022, month: 12, day: 31))
        #expect(CalendarDate(iso: "2022-13-01") == nil)
        #expect(CalendarDate(year: 2022, month: 8, day: 1).quarter == 3)
    }

    @Test func isoParsing() {
        #expect(LocalDateTime.parseISO("2021-01-31") == .date(CalendarDate(year: 2021, month: 1, day: 31)))
        #expect(
            LocalDateTime.parseISO("2021-01-31T10:15:00")
                == .dateTime(LocalDateTime(date: CalendarDate(year: 2021, month: 1, day: 31), time: TimeOfDay(hour: 10, minute: 15))))
        #expect(LocalDateTime.parseISO("2021-01-31T25:00") == nil)
        #expect(LocalDateTime.parseISO("Q3/2022") == nil)
    }

    @Test func plainTexts() {
        #expect(CellValue.number(3).plainText == "3")
        #expect(CellValue.number(1.5).plainText == "1.5")
        #expect(CellValue.number(-0.25).plainText == "-0.25")
        #expect(CellValue.duration(3600).plainText == "1:00:00")
        #expect(CellValue.duration(90061.5).plainText == "25:01:01.500")
        #expect(CellValue.time(TimeOfDay(hour: 7, minute: 5, second: 3)).plainText == "07:05:03")
        #expect(CellValue.boolean(true).plainText == "TRUE")
    }
}
