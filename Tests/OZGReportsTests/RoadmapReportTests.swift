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

    /// The model with the group's milestones: the 2022 deadline kept as history.
    static func modelWithMilestone() -> DomainModel {
        var m = model()
        m.settings.meilensteine = [.ozgFrist2022]
        return m
    }

    @Test("statuses are exclusive and sum to the total; flags are a table of their own")
    func statusAndFlags() throws {
        let doc = try RoadmapReport().generate(model: Self.modelWithMilestone(), options: ReportOptions())
        let overview = try #require(doc.sheets.first { $0.name == "Übersicht" })
        let status = overview.tables[0]
        #expect(status.rows.map { $0[0].displayText } == ["geplant", "in Umsetzung", "umgesetzt", "zurückgestellt", "Vorhaben insgesamt"])
        #expect(status.rows.map { $0[1] } == [.integer(4), .integer(1), .integer(1), .integer(1), .integer(7)])
        let sum = status.dataRowIndexes.compactMap { status.rows[$0][1].numericValue }.reduce(0, +)
        #expect(sum == 7)
        let flags = overview.tables[1]
        #expect(flags.rows.map { $0[0].displayText } == ["verspätet", "Ende nach „OZG-Frist 2022 (historisch)“ (31.12.2022)"])
        #expect(flags.rows.map { $0[1] } == [.integer(2), .integer(1)])
        // Without milestones (the default) there is no milestone flag and no milestone column mark.
        let plain = try RoadmapReport().generate(model: Self.model(), options: ReportOptions())
        let plainFlags = try #require(plain.sheets.first { $0.name == "Übersicht" }?.tables[1])
        #expect(plainFlags.rows.count == 1)
        let plainTimeline = try #require(plain.sheets.first { $0.name == "Zeitleiste" }?.tables.first)
        #expect(!plainTimeline.columns.contains { $0.name.contains(RoadmapReport.milestoneMark) })
        #expect(plain.sheets.allSatisfy { !$0.notes.joined().contains("OZG-Frist") })
    }

    @Test("roadmap rows: order, verspätet, the milestone the end misses, Reifegrad")
    func roadmapRows() throws {
        let doc = try RoadmapReport().generate(model: Self.modelWithMilestone(), options: ReportOptions())
        let table = try #require(doc.sheets.first { $0.name == "Roadmap" }?.tables.first)
        #expect(!table.columns.contains { $0.kind == .timeline })
        #expect(table.rows.map { $0[0].displayText.prefix(1) } == ["A", "E", "B", "F", "D", "B", "G"])
        let late = try #require(table.column(named: "verspätet"))
        #expect(table.rows.map { $0[late] } == [.empty, .empty, .verdict("verspätet"), .verdict("verspätet"), .empty, .empty, .empty])
        let after = try #require(table.column(named: "Ende nach Meilenstein"))
        #expect(table.rows.map { $0[after] } == [.empty, .empty, .empty, .empty, .empty, .text("OZG-Frist 2022 (historisch)"), .empty])
        let reif = try #require(table.column(named: "Reifegrad"))
        #expect(table.rows[0][reif] == .text("1 → 3"))
    }

    @Test("timeline: one column per quarter the Vorhaben span, milestone quarter marked")
    func timeline() throws {
        let doc = try RoadmapReport().generate(model: Self.modelWithMilestone(), options: ReportOptions())
        let table = try #require(doc.sheets.first { $0.name == "Zeitleiste" }?.tables.first)
        let quarterColumns = table.columns.filter { $0.kind == .timeline }
        #expect(quarterColumns.count == 17)  // 2019 Q2 … 2023 Q2
        #expect(quarterColumns.first?.name == "2019 Q2")
        #expect(quarterColumns.last?.name == "2023 Q2")
        #expect(quarterColumns.contains { $0.name == "2022 Q4 ⚑" })
        // A runs 2019 Q2 … 2020 Q1: four quarters marked umgesetzt.
        let first = table.columns.firstIndex { $0.kind == .timeline } ?? 0
        let aMarks = (first..<table.columns.count).filter { !table.rows[0][$0].isEmpty }
        #expect(aMarks.map { table.columns[$0].name } == ["2019 Q2", "2019 Q3", "2019 Q4", "2020 Q1"])
        #expect(aMarks.allSatisfy { table.rows[0][$0] == .verdict("umgesetzt") })
        #expect((first..<table.columns.count).allSatisfy { table.rows[6][$0].isEmpty })
        // In the workbook the bars carry colour, not text (text would spill out of the bar).
        let wb = ReportWorkbookBuilder.workbook(for: doc)
        let sheet = try #require(wb[sheetNamed: "Zeitleiste"])
        let bar = try #require(sheet.rows.first { $0.value(at: 0) == .text("A Wohngeld") }?[column: first + 1])
        #expect(bar.value == .empty)
        #expect(bar.style?.fillColor == ReportPalette.fill(for: "umgesetzt"))
    }

    @Test("go-lives: umgesetzt and geplant are two named series")
    func goLives() throws {
        let doc = try RoadmapReport().generate(model: Self.modelWithMilestone(), options: ReportOptions())
        let sheet = try #require(doc.sheets.first { $0.name == "Go-Lives" })
        let go = try #require(sheet.tables.first)
        #expect(go.columns.map(\.name) == ["Quartal", "umgesetzt", "geplant", "umgesetzt kumuliert", "geplant kumuliert"])
        func row(_ q: String) -> ReportRow? { go.row(startingWith: q) }
        #expect(row("2020 Q1")?[1] == .integer(1))
        #expect(row("2020 Q2")?[1] == .integer(0))
        #expect(row("2020 Q2")?[2] == .integer(2))  // B and F; E is zurückgestellt
        #expect(row("2022 Q4 ⚑")?[2] == .integer(1))
        #expect(row("2022 Q3")?[4] == .integer(2))
        #expect(row("2023 Q2")?[3] == .integer(1))
        #expect(row("2023 Q2")?[4] == .integer(4))
        #expect(row("Summe")?[1] == .integer(1))
        #expect(row("Summe")?[2] == .integer(4))
        let chart = try #require(sheet.charts.first)
        #expect(chart.kind == .line)
        #expect(chart.valueColumns.map { go.columns[$0].name } == ["umgesetzt kumuliert", "geplant kumuliert"])
    }

    @Test("iCalendar: CRLF, folding at 75 octets, escaping, balanced blocks, titles that say what the date is")
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
        let unfolded = Self.unfold(ics)
        var stack: [String] = []
        for line in unfolded {
            if line.hasPrefix("BEGIN:") { stack.append(String(line.dropFirst(6))) }
            if line.hasPrefix("END:") { #expect(stack.popLast() == String(line.dropFirst(4))) }
        }
        #expect(stack.isEmpty)
        #expect(unfolded.first == "BEGIN:VCALENDAR")
        // Ends of A…F (G has no date), the planned start of the long one; no built-in deadline.
        #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == 7)
        #expect(!ics.contains("OZG-Frist"))
        #expect(unfolded.contains("DTSTAMP:20200630T120000Z"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20221231"))
        #expect(unfolded.contains("DTEND;VALUE=DATE:20230101"))
        #expect(unfolded.contains("SUMMARY:Go-Live: A Wohngeld"))
        #expect(unfolded.contains("SUMMARY:Geplantes Ende: D Gewerbe"))
        #expect(unfolded.contains("SUMMARY:Geplantes Ende: B Meldewesen"))
        #expect(unfolded.contains("SUMMARY:Geplanter Start: Bauantrag\\; online\\, mit Umlauten (äöü) und einem sehr langen Titel\\, der gefaltet werden muss"))
        #expect(unfolded.filter { $0.hasPrefix("SUMMARY:Go-Live") }.count == 1)
        let uids = unfolded.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        #expect(unfolded.filter { $0.hasPrefix("SEQUENCE:") }.count == 7)
        #expect(unfolded.filter { $0.hasPrefix("LAST-MODIFIED:") }.count == 7)
        #expect(unfolded.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("\\n") })
        // Sample data is marked once, for the calendar, not in every event.
        #expect(unfolded.contains("X-WR-CALNAME:OZG-Umsetzungsplanung (Beispieldaten)"))
        #expect(!unfolded.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("Beispieldaten") })
        // A fold never splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
        for line in physical { #expect(String(validatingUTF8: line) != nil) }
    }

    @Test("iCalendar: a later ingest keeps the UID and raises SEQUENCE; milestones are events")
    func icalendarUpdates() throws {
        func provenance(_ at: String) -> Provenance {
            Provenance(file: "plan.xlsx", sheet: "Umsetzungsplanung", cell: "A2", sha256: "00", ingestedAt: at)
        }
        var first = Self.modelWithMilestone()
        first.vorhaben[3].provenance = provenance("2022-03-01T10:00:00Z")
        var second = first
        second.vorhaben[3].provenance = provenance("2022-07-01T10:00:00Z")
        second.vorhaben[3].status = .umgesetzt
        func event(_ ics: String, containing summary: String) -> [String] {
            let lines = Self.unfold(ics)
            guard let s = lines.firstIndex(of: summary), let b = lines[..<s].lastIndex(of: "BEGIN:VEVENT") else { return [] }
            let e = lines[s...].firstIndex(of: "END:VEVENT") ?? s
            return Array(lines[b...e])
        }
        let before = event(try RoadmapCalendar.ics(model: first), containing: "SUMMARY:Geplantes Ende: D Gewerbe")
        let after = event(try RoadmapCalendar.ics(model: second), containing: "SUMMARY:Go-Live: D Gewerbe")
        let uid = before.first { $0.hasPrefix("UID:") }
        #expect(uid != nil && uid == after.first { $0.hasPrefix("UID:") })
        func sequence(_ ev: [String]) -> Int { Int(ev.first { $0.hasPrefix("SEQUENCE:") }?.dropFirst(9) ?? "") ?? -1 }
        #expect(sequence(after) > sequence(before))
        #expect(after.contains("LAST-MODIFIED:20220701T100000Z"))
        let milestone = event(try RoadmapCalendar.ics(model: first), containing: "SUMMARY:Meilenstein: OZG-Frist 2022 (historisch)")
        #expect(milestone.contains("DTSTART;VALUE=DATE:20221231"))
    }

    static func unfold(_ ics: String) -> [String] {
        Array(ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast())
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
