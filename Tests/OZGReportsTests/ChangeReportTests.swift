import Foundation
import OZGKit
import OZGTestSupport
import Testing

@testable import OZGReports

/// The history and the change report (`ozg report aenderungen`).
@Suite("ChangeReport")
struct ChangeReportTests {
    static func at(_ iso: String) -> Date {
        let f = ISO8601DateFormatter()
        return f.date(from: iso) ?? Date(timeIntervalSince1970: 0)
    }

    /// A workspace with the real catalogue, two meetings and known changes between them.
    struct Scenario {
        let dir = TemporaryDirectory("change-report")
        let ws: Workspace
        let catalog: Catalog
        let rows: [Einzelleistung]
        let renamed: Einzelleistung

        init() throws {
            let ws = try Workspace.open(at: dir.path("ws").path)
            self.ws = ws
            let catalog = try CatalogChangeFixture.loadCatalogue()
            self.catalog = catalog
            let rows = Array(catalog.einzelleistungen.filter { $0.leika != nil }.prefix(5))
            self.rows = rows
            try ws.importCatalogVersion(catalog, name: "OZG 2019", at: ChangeReportTests.at("2026-08-01T08:00:00Z"))
            func v(_ i: Int, _ typ: String, _ r: Relevanz, _ file: String, _ cell: String) -> Verdict {
                Verdict(einzelleistung: rows[i].id, kommunaltyp: typ, relevanz: r, raw: r.rawValue,
                    provenance: Provenance(file: file, sheet: "Bewertung", cell: cell, sha256: "", ingestedAt: ""))
            }
            let kreis = "Kreis", gks = "Große kreisangehörige Stadt"
            let vorhabenA = Umsetzungsvorhaben(einzelleistung: rows[0].id, ozgId: rows[0].ozgId, titel: "Antrag online", status: .geplant)
            _ = try ws.ingest(IngestBatch(file: "bauen.xlsx", sha256: "a1", verdicts: [
                v(0, kreis, .ja, "bauen.xlsx", "H5"), v(1, kreis, .nein, "bauen.xlsx", "H6"), v(2, kreis, .ja, "bauen.xlsx", "H7"),
            ], vorhaben: [vorhabenA]), at: ChangeReportTests.at("2026-09-01T10:00:00Z"))
            try ws.saveMeetingSnapshot(name: "FAG 09/2026", at: ChangeReportTests.at("2026-09-15T12:00:00Z"))
            // The Pate returns a newer version of the same file: one changed, one first verdict, the rest the same.
            _ = try ws.ingest(IngestBatch(file: "bauen.xlsx", sha256: "a2", verdicts: [
                v(0, kreis, .nein, "bauen.xlsx", "H5"), v(1, kreis, .nein, "bauen.xlsx", "H6"), v(2, kreis, .ja, "bauen.xlsx", "H7"),
                v(3, gks, .teilweise, "bauen.xlsx", "I8"),
            ]), at: ChangeReportTests.at("2026-10-01T09:30:00Z"))
            // Another file disagrees: a conflict, the stored verdict stays; and a new Vorhaben.
            let vorhabenB = Umsetzungsvorhaben(einzelleistung: rows[4].id, ozgId: rows[4].ozgId, titel: "EfA nachnutzen", loesungsansatz: "EfA")
            _ = try ws.ingest(IngestBatch(file: "kreis-lippe.xlsx", sha256: "b1", verdicts: [v(2, kreis, .nein, "kreis-lippe.xlsx", "H3")],
                vorhaben: [vorhabenB]), at: ChangeReportTests.at("2026-10-02T11:00:00Z"))
            // A catalogue update in the period: one Leistung renamed.
            var next = catalog
            let i = next.einzelleistungen.firstIndex { $0.id == rows[4].id } ?? 0
            next.einzelleistungen[i].bezeichnung += " (neu gefasst)"
            let renamed = next.einzelleistungen[i]
            self.renamed = renamed
            try ws.importCatalogVersion(next, name: "BMI 11/2026", at: ChangeReportTests.at("2026-11-01T08:00:00Z"))
            try ws.saveMeetingSnapshot(name: "FAG 12/2026", at: ChangeReportTests.at("2026-11-20T12:00:00Z"))
            // After the second meeting: must not show up.
            _ = try ws.ingest(IngestBatch(file: "bauen.xlsx", sha256: "a3", verdicts: [v(1, kreis, .ja, "bauen.xlsx", "H6")]),
                at: ChangeReportTests.at("2026-11-25T10:00:00Z"))
        }

        func document() throws -> ReportDocument {
            var model = try ws.snapshot()
            model.changeLog = try ws.changeLog(
                since: ws.moment("FAG 09/2026", asStart: true), until: ws.moment("FAG 12/2026", asStart: false))
            return try AenderungenReport().generate(model: model, options: ReportOptions())
        }
    }

    static func table(_ doc: ReportDocument, _ sheet: String) throws -> ReportTable {
        try #require(doc.sheets.first { $0.name == sheet }?.tables.first)
    }

    @Test("the change report between two meetings lists exactly the known changes")
    func exactlyTheChanges() throws {
        let s = try Scenario()
        let doc = try s.document()
        let verdicts = try Self.table(doc, "Bewertungen")
        #expect(verdicts.title == "Geänderte Bewertungen")
        #expect(verdicts.columns.map(\.name) == [
            "LeiKa-Schlüssel", "OZG-ID", "Leistungsbezeichnung", "Kommunaltyp", "vorher", "nachher", "Datei", "Zeitpunkt",
        ])
        #expect(verdicts.rows.map { $0.cells.map(\.plainText) } == [
            [s.rows[0].leikaDisplay, String(s.rows[0].ozgId), s.rows[0].bezeichnung, "Kreis", "ja", "nein", "bauen.xlsx", "01.10.2026 09:30"],
            [s.rows[3].leikaDisplay, String(s.rows[3].ozgId), s.rows[3].bezeichnung, "Große kreisangehörige Stadt", "offen", "teilweise",
             "bauen.xlsx", "01.10.2026 09:30"],
        ])
        let conflicts = try Self.table(doc, "Konflikte")
        #expect(conflicts.rows.map { [$0[0].plainText, $0[1].plainText, $0[4].plainText, $0[5].plainText, $0[6].plainText, $0[7].plainText] } == [
            ["eröffnet", s.rows[2].leikaDisplay, "Kreis", "ja", "nein", "kreis-lippe.xlsx"],
        ])
        let catalog = try Self.table(doc, "Katalog")
        #expect(catalog.rows.map { [$0[0].plainText, $0[1].plainText, $0[2].plainText, $0[4].plainText] } == [
            ["BMI 11/2026", "Umbenannt", s.renamed.leikaDisplay, s.renamed.bezeichnung],
        ])
        let vorhaben = try Self.table(doc, "Vorhaben")
        #expect(vorhaben.rows.map { [$0[0].plainText, $0[1].plainText] } == [["neu", "EfA nachnutzen"]])
        // The summary per Themenfeld adds up to the tables.
        let summary = try Self.table(doc, "Übersicht")
        let total = try #require(summary.rows.last)
        #expect(total.role == .total && total.cells.dropFirst(2).map(\.plainText) == ["2", "1", "0", "1", "1"])
        #expect(doc.title == "Änderungen seit „FAG 09/2026“")
    }

    @Test("a resolved conflict shows up as gelöst in the period of its resolution")
    func resolvedConflict() throws {
        let s = try Scenario()
        let conflict = try #require(try s.ws.conflicts().first)
        try s.ws.resolveConflict(id: conflict.id, keepNew: false)
        let log = try s.ws.changeLog(since: s.ws.moment("FAG 12/2026", asStart: true), until: Workspace.now())
        #expect(log.conflicts.map(\.kind) == [.geloest])
        #expect(log.verdicts.map { [$0.einzelleistung.id, $0.vorher, $0.nachher] as [AnyHashable] } == [[s.rows[1].id, Relevanz.nein, Relevanz.ja]])
    }

    @Test("a conflict resolved for the new verdict after a meeting takes effect then, not when its file came in")
    func resolvedAfterMeeting() throws {
        let s = try Scenario()
        let conflict = try #require(try s.ws.conflicts().first)
        // kreis-lippe.xlsx (ingested 2026-10-02, before „FAG 12/2026“) said `nein`; the meeting saw `ja`.
        try s.ws.resolveConflict(id: conflict.id, keepNew: true)
        let meeting = try s.ws.moment("FAG 12/2026", asStart: false)
        #expect(try s.ws.model(at: meeting).relevanz(s.rows[2].id, "Kreis") == .ja)
        #expect(try s.ws.snapshot().relevanz(s.rows[2].id, "Kreis") == .nein)
        #expect(try s.ws.snapshot().verdicts.first { $0.einzelleistung == s.rows[2].id && $0.kommunaltyp == "Kreis" }?
            .provenance?.file == "kreis-lippe.xlsx")
        let since = try s.ws.changeLog(since: s.ws.moment("FAG 12/2026", asStart: true), until: Workspace.now())
        #expect(since.verdicts.contains { $0.einzelleistung.id == s.rows[2].id && $0.vorher == .ja && $0.nachher == .nein })
        let before = try s.ws.changeLog(since: s.ws.moment("FAG 09/2026", asStart: true), until: meeting)
        #expect(!before.verdicts.contains { $0.einzelleistung.id == s.rows[2].id })
    }

    @Test("the Gesamtliste at a meeting snapshot is the state of that moment")
    func exportAtSnapshot() throws {
        let s = try Scenario()
        let first = try s.ws.model(at: s.ws.moment("FAG 09/2026", asStart: false))
        #expect(first.relevanz(s.rows[0].id, "Kreis") == .ja)
        #expect(first.relevanz(s.rows[3].id, "Große kreisangehörige Stadt") == .offen)
        #expect(first.vorhaben.map(\.titel) == ["Antrag online"])
        #expect(first.catalog == s.catalog)
        let second = try s.ws.model(at: s.ws.moment("FAG 12/2026", asStart: false))
        #expect(second.relevanz(s.rows[0].id, "Kreis") == .nein)
        #expect(second.relevanz(s.rows[1].id, "Kreis") == .nein)
        #expect(second.catalog.einzelleistungen.contains(s.renamed))
        #expect(try s.ws.model(at: Workspace.now()).verdicts == s.ws.snapshot().verdicts)
        #expect(GesamtlisteExport.json(model: first) != GesamtlisteExport.json(model: second))
        #expect(throws: HistoryError.self) { try s.ws.moment("FAG 13/2026", asStart: true) }
        #expect(throws: HistoryError.duplicateSnapshot("FAG 12/2026")) { try s.ws.saveMeetingSnapshot(name: "FAG 12/2026") }
        #expect(try s.ws.meetingSnapshots().map(\.name) == ["FAG 09/2026", "FAG 12/2026"])
    }

    @Test("without a period the report lists every stored verdict as a first verdict; times read as German dates")
    func sinceTheBeginning() throws {
        let s = try Scenario()
        let model = try s.ws.snapshot()
        let doc = try AenderungenReport().generate(model: model, options: ReportOptions())
        #expect(doc.title == "Änderungen seit Beginn")
        let rows = try Self.table(doc, "Bewertungen").rows
        #expect(rows.count == model.verdicts.count)
        #expect(rows.allSatisfy { $0[4].plainText == "offen" && $0[5].plainText != "offen" })
        #expect(AenderungenReport.time("2026-12-01T10:05:00Z") == "01.12.2026 10:05")
        #expect(AenderungenReport.time("2026-12-01") == "01.12.2026")
        #expect(AenderungenReport.time("kaputt") == "kaputt" && AenderungenReport.time("2026-1") == "2026-1")
        #expect(AenderungenReport.time("") == "Beginn")
    }

    @Test("every renderer draws the change report; openpyxl reads the verdict table of the xlsx", .requires("openpyxl"))
    func renderers() throws {
        try ExternalTools.require("openpyxl")
        let s = try Scenario()
        let doc = try s.document()
        let dir = TemporaryDirectory("change-report-render")
        for format in ReportFormat.allCases {
            let path = dir.path("aenderungen." + format.rawValue).path
            let renderer: any ReportRenderer
            switch format {
            case .xlsx, .ods: renderer = SpreadsheetReportRenderer(format: format) { try SpreadsheetFile.create($0) }
            case .csv: renderer = CSVReportRenderer()
            case .html: renderer = HTMLReportRenderer()
            case .json: renderer = JSONReportRenderer()
            }
            let files = try renderer.render(doc, to: path)
            #expect(!files.isEmpty, "\(format)")
            for f in files { #expect((try? Data(contentsOf: URL(fileURLWithPath: f)).count) ?? 0 > 100, "\(f)") }
        }
        let rows = try PythonSheet.rows(dir.path("aenderungen.xlsx"), sheet: "Bewertungen")
        let header = try #require(rows.firstIndex { $0.contains("LeiKa-Schlüssel") })
        #expect(rows[header].prefix(8) == ["LeiKa-Schlüssel", "OZG-ID", "Leistungsbezeichnung", "Kommunaltyp", "vorher", "nachher", "Datei", "Zeitpunkt"])
        let data = rows[(header + 1)...].filter { $0.count >= 8 && !$0[0].isEmpty }
        #expect(data.map { [$0[0], $0[4], $0[5]] } == [[s.rows[0].leikaDisplay, "ja", "nein"], [s.rows[3].leikaDisplay, "offen", "teilweise"]])
        let json = try String(contentsOf: dir.path("aenderungen.json"), encoding: .utf8)
        #expect(json.contains("Geänderte Bewertungen"))
    }
}
