import Foundation
import OZGKit
import OZGTestSupport
import Testing

@Suite("Change report: the councils' Umsetzungsstand since a meeting")
struct UmsetzungChangeTests {
    static func iso(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: d)
    }

    @Test("own reports and dashboard rows that changed after the meeting are listed, unchanged ones not")
    func statusChanges() throws {
        let dir = TemporaryDirectory()
        let (ws, f) = try DashboardImportTests.workspace(dir)
        let ids = f.model.catalog.einzelleistungen.map(\.id)
        let (a, b, c, d, e) = (1, 2, 3, 4, 5)
        let now = Date()
        func row(_ i: Int, _ s: Umsetzungsstand, _ q: StatusQuelle = .kommune, file: String) -> KommuneStatus {
            KommuneStatus(
                kommune: "Minden", einzelleistung: ids[i], quelle: q, stand: s,
                provenance: Provenance(file: file, sheet: q == .kommune ? "Umsetzungsstand" : "pvog", cell: "D\(i + 5)", sha256: "", ingestedAt: ""))
        }
        func batch(_ file: String, _ sha: String, _ rows: [KommuneStatus]) -> IngestBatch {
            var x = IngestBatch(file: file, sha256: sha)
            x.umsetzung = rows
            return x
        }
        _ = try ws.ingest(batch("minden.xlsx", "1", [row(a, .inPlanung, file: "minden.xlsx"), row(b, .offen, file: "minden.xlsx")]), at: now.addingTimeInterval(-3600))
        _ = try ws.ingest(batch("pvog.csv", "2", [row(d, .online, .dashboard, file: "pvog.csv")]), at: now.addingTimeInterval(-3500))
        let meeting = ChangeMoment(label: "FAG 12/2026", at: Self.iso(now.addingTimeInterval(-1800)))
        _ = try ws.ingest(
            batch("minden.xlsx", "3", [row(a, .online, file: "minden.xlsx"), row(b, .offen, file: "minden.xlsx"), row(c, .inUmsetzung, file: "minden.xlsx")]),
            at: now.addingTimeInterval(-600))
        _ = try ws.ingest(batch("pvog-2.csv", "4", [row(e, .online, .dashboard, file: "pvog-2.csv")]), at: now.addingTimeInterval(-300))

        let log = try ws.changeLog(since: meeting, until: ChangeMoment(label: "jetzt", at: Self.iso(now.addingTimeInterval(3600))))
        let got = log.status.map { "\(ids.firstIndex(of: $0.einzelleistung.id) ?? -1) \($0.quelle.rawValue) \($0.vorher?.rawValue ?? "-")>\($0.nachher?.rawValue ?? "-")" }
        #expect(got == ["1 kommune in Planung>online", "3 kommune ->in Umsetzung", "4 dashboard online>-", "5 dashboard ->online"])
        #expect(log.status[0].provenance?.cell == "D6" && log.status[0].provenance?.file == "minden.xlsx")

        var model = try ws.snapshot()
        model.changeLog = log
        let doc = try AenderungenReport().generate(model: model, options: ReportOptions())
        let sheet = try #require(doc.sheets.first { $0.name == "Umsetzungsstand" })
        let table = sheet.tables[0]
        #expect(table.rows.map { $0[4] } == [.verdict("in Planung"), .verdict("–"), .verdict("online"), .verdict("–")])
        #expect(table.rows.map { $0[5] } == [.verdict("online"), .verdict("in Umsetzung"), .verdict("entfallen"), .verdict("online")])
        #expect(table.rows.map { $0[1] } == [.text("eigene Meldung"), .text("eigene Meldung"), .text("Dashboard"), .text("Dashboard")])
        // Another council's filter leaves nothing; without statuses the sheet is absent.
        let other = try AenderungenReport().generate(model: model, options: ReportOptions(kommune: "Hüllhorst"))
        #expect(other.sheets.first { $0.name == "Umsetzungsstand" }?.tables[0].rows.isEmpty == true)
        model.changeLog?.status = []
        #expect(try AenderungenReport().generate(model: model, options: ReportOptions()).sheets.contains { $0.name == "Umsetzungsstand" } == false)
    }
}
