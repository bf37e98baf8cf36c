import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import Testing

@Suite("Roadmap, iCalendar and project CSV")
struct RoadmapReportTests {
    static func d(_ y: Int, _ m: Int, _ day: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: day) }

    static let longTitle = "Bauantrag; online, mit Umlauten (äöü) und einem sehr langen Titel, der gefaltet werden muss"

    static func model() -> DomainModel {
        let v: [Umsetzungsvorhaben] = [
            Umsetzungsvorhaben(ozgId: 10001, titel: "A Wohngeld", loesungsansatz: "EfA", verantwortlich: "Kreis Lippe",
                start: d(2019, 5, 1), ende: d(2020, 3, 31), status: .umgesetzt, reifegradIst: .information, reifegradZiel: .onlineLeistung),
            Umsetzungsvorhaben(ozgId: 10002, titel: "B Meldewesen", start: d(2020, 1, 15), ende: d(2020, 5, 31), status: .inUmsetzung),
            Umsetzungsvorhaben(ozgId: 10003, titel: longTitle, start: d(2021, 1, 1), ende: d(2023, 6, 30), status: .geplant),
            Umsetzungsvorhaben(ozgId: 10004, titel: "D Gewerbe", ende: d(2022, 12, 31), status: .geplant),
            Umsetzungsvorhaben(ozgId: 10005, titel: "E Jagdschein", start: d(2020, 2, 1), ende: d(2020, 4, 30), status: .zurueckgestellt),
            Umsetzungsvorhaben(ozgId: 10006, titel: "F Hund", ende: d(2020, 6, 15), status: .geplant),
            Umsetzungsvorhaben(ozgId: 10007, titel: "G ohne Termin", status: .geplant),
        ]
        return DomainModel(vorhaben: v, stand: d(2020, 6, 30), isSampleData: true)
    }

    @Test("timeline, flags, go-lives and status counts")
    func roadmap() throws {
        let doc = try RoadmapReport().generate(model: Self.model(), options: ReportOptions())
        let table = try #require(doc.sheets.first { $0.name == "Roadmap" }?.tables.first)
        let quarterColumns = table.columns.filter { $0.kind == .timeline }
        #expect(quarterColumns.count == 18)  // 2019 Q1 … 2023 Q2
        #expect(quarterColumns.first?.name == "2019 Q1")
        #expect(quarterColumns.last?.name == "2023 Q2")
        #expect(quarterColumns.contains { $0.name == "2022 Q4 (OZG-Frist)" })
        #expect(table.rows.map { $0[0].displayText.prefix(1) } == ["A", "E", "B", "F", "D", "B", "G"])
        let hint = try #require(table.column(named: "Hinweis"))
        #expect(table.rows.map { $0[hint] } == [
            .empty, .empty, .verdict("verspätet"), .verdict("verspätet"), .empty, .verdict("nach OZG-Frist"), .empty,
        ])
        let reif = try #require(table.column(named: "Reifegrad"))
        #expect(table.rows[0][reif] == .text("1 → 3"))
        // A runs 2019 Q2 … 2020 Q1: four quarters marked umgesetzt.
        let first = table.columns.firstIndex { $0.kind == .timeline } ?? 0
        let aMarks = (first..<table.columns.count).filter { !table.rows[0][$0].isEmpty }
        #expect(aMarks.map { table.columns[$0].name } == ["2019 Q2", "2019 Q3", "2019 Q4", "2020 Q1"])
        #expect(aMarks.allSatisfy { table.rows[0][$0] == .verdict("umgesetzt") })
        #expect((first..<table.columns.count).allSatisfy { table.rows[6][$0].isEmpty })

        let go = try #require(doc.sheets.first { $0.name == "Go-Lives" }?.tables.first)
        func goLives(_ q: String) -> ReportRow? { go.row(startingWith: q) }
        #expect(goLives("2020 Q1")?[1] == .integer(1))
        #expect(goLives("2020 Q1")?[2] == .integer(1))
        #expect(goLives("2020 Q2")?[1] == .integer(2))
        #expect(goLives("2022 Q4")?[1] == .integer(1))
        #expect(goLives("2023 Q2")?[3] == .integer(5))
        #expect(goLives("2022 Q3")?[3] == .integer(3))
        #expect(goLives("Summe")?[1] == .integer(5))
        #expect(doc.sheets.first { $0.name == "Go-Lives" }?.charts.first?.kind == .line)

        let status = try #require(doc.sheets.first { $0.name == "Übersicht" }?.tables.first)
        #expect(status.rows.map { $0[1] } == [.integer(4), .integer(1), .integer(1), .integer(1), .integer(2), .integer(1), .integer(7)])
    }

    @Test("iCalendar: CRLF, folding at 75 octets, escaping, balanced blocks, one event per end date")
    func icalendar() throws {
        let now = Date(timeIntervalSince1970: 1_593_518_400)  // 2020-06-30T12:00:00Z
        let ics = try RoadmapCalendar.ics(model: Self.model(), now: now)
        let bytes = Array(ics.utf8)
        // Every LF is preceded by CR.
        for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        #expect(ics.hasSuffix("\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        for line in physical { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(physical.contains { $0.hasPrefix(" ") })  // something was folded
        // Unfold and check structure.
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
        var stack: [String] = []
        for line in unfolded {
            if line.hasPrefix("BEGIN:") { stack.append(String(line.dropFirst(6))) }
            if line.hasPrefix("END:") { #expect(stack.popLast() == String(line.dropFirst(4))) }
        }
        #expect(stack.isEmpty)
        #expect(unfolded.first == "BEGIN:VCALENDAR")
        #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == 7)  // six end dates + the deadline
        #expect(unfolded.contains("DTSTAMP:20200630T120000Z"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20221231"))
        #expect(unfolded.contains("DTEND;VALUE=DATE:20230101"))
        #expect(unfolded.contains("SUMMARY:Go-Live: Bauantrag\\; online\\, mit Umlauten (äöü) und einem sehr langen Titel\\, der gefaltet werden muss"))
        let uids = unfolded.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        #expect(unfolded.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("\\n") })
        // A fold never splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
        for line in physical { #expect(String(validatingUTF8: line) != nil) }
    }

    @Test("project CSV: header, ISO dates, milestones")
    func projectCSV() throws {
        let csv = try RoadmapProjectCSV.csv(model: Self.model())
        let rows = ReportFixture.parseCSV(csv).filter { $0 != [""] }
        #expect(rows[0] == ["Name", "Start", "Ende", "Status", "Verantwortlich", "Lösungsansatz", "Reifegrad Ist", "Reifegrad Ziel", "OZG-ID", "Priorität", "Meilenstein", "Notiz"])
        #expect(rows.count == 8)
        let a = try #require(rows.first { $0[0] == "A Wohngeld" })
        #expect(a[1] == "2019-05-01" && a[2] == "2020-03-31" && a[3] == "umgesetzt" && a[6] == "1" && a[7] == "3")
        let dRow = try #require(rows.first { $0[0] == "D Gewerbe" })
        #expect(dRow[1] == "2022-12-31" && dRow[2] == "2022-12-31" && dRow[10] == "ja")
        #expect(rows.contains { $0[0] == Self.longTitle })
        #expect(csv.contains("\r\n"))
    }
}
