import Foundation
import OZGKit
import OZGTestSupport
import Testing

@Suite("Dashboard import: the PVOG export beside the council's own report")
struct DashboardImportTests {
    static let header = "leika_key;ozgid;ozg_bezeichnung;url;online_status;aktiv;art_flaechendeckung;datenstand_pvog_import"

    /// A workspace with a slice of the real catalogue and the fixture's councils, and the slice's rows.
    static func workspace(_ dir: TemporaryDirectory) throws -> (Workspace, ReportFixture) {
        let f = try ReportFixture.make(perThema: 6)
        let ws = try Workspace.open(at: dir.path("ws").path, createIfMissing: true)
        _ = try ws.importCatalog(f.model.catalog)
        try ws.setKommunen(f.model.kommunen)
        return (ws, f)
    }

    static func write(_ dir: TemporaryDirectory, _ name: String, _ lines: [String], separator: String = ";", bom: Bool = true) throws -> String {
        let text = lines.map { $0.replacingOccurrences(of: ";", with: separator) }.joined(separator: "\r\n") + "\r\n"
        let url = dir.path(name)
        try ((bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)).write(to: url)
        return url.path
    }

    /// The council's own report for the first rows of the slice, stored as a status sheet would.
    static func ownReport(_ ws: Workspace, _ f: ReportFixture, kommune: String, _ stands: [Int: Umsetzungsstand]) throws {
        var b = IngestBatch(file: "lemgo-status.xlsx", sha256: "own-\(kommune)")
        b.umsetzung = stands.sorted { $0.key < $1.key }.map { i, s in
            KommuneStatus(
                kommune: kommune, einzelleistung: f.model.catalog.einzelleistungen[i].id, stand: s, url: s == .online ? "www.eigen.example/\(i)" : nil,
                provenance: Provenance(file: "lemgo-status.xlsx", sheet: "Umsetzungsstand", cell: "D\(i + 5)", sha256: "", ingestedAt: ""))
        }
        _ = try ws.ingest(b)
    }

    @Test("a CSV with the real column names (semicolons, BOM) is read, merged, and the differences listed; the council's value stays")
    func mergeKeepsOwn() throws {
        let dir = TemporaryDirectory()
        let (ws, f) = try Self.workspace(dir)
        let keys = f.rows.map { $0[4] }
        let keyed = keys.indices.filter { keys[$0].hasPrefix("99") }
        let (a, b, c, d, e) = (keyed[0], keyed[1], keyed[2], keyed[3], keyed[4])
        let kommune = "Minden"
        // Own: a in Planung (dashboard says online), b online (dashboard lists it offline), c online (not listed), d online (listed online).
        try Self.ownReport(ws, f, kommune: kommune, [a: .inPlanung, b: .online, c: .online, d: .online])
        let file = try Self.write(dir, "pvog-minden.csv", [
            Self.header,
            "\(keys[a]);10092;Wohngeld;https://pvog.example/a;online;true;landesweit;2026-11-03",
            "\(keys[b]);10092;Wohngeld;;offline;true;kommunal;2026-11-03",
            "\(keys[d]);10092;Wohngeld;https://pvog.example/d;online;true;kommunal;2026-11-03",
            "\(keys[e]);10092;Wohngeld;https://pvog.example/e;Online;ja;kreisweit;2026-11-03",
        ])
        let r = try DashboardImport(workspace: ws).run(file: file, kommune: "minden")
        #expect(r.kommune.name == kommune)
        #expect(r.findings.isEmpty)
        #expect(r.export.rows == 4 && r.export.notOnline == 1 && r.outcome.statusStored == 3)
        #expect(r.export.herkunft == "PVOG-Export, Datenstand 2026-11-03")
        let model = try ws.snapshot()
        let id = { (i: Int) in f.model.catalog.einzelleistungen[i].id }
        // The council's own value is kept; the dashboard row sits beside it.
        #expect(model.status(id(a), kommune: kommune)?.stand == .inPlanung)
        #expect(model.status(id(a), kommune: kommune, quelle: .kommune)?.provenance?.file == "lemgo-status.xlsx")
        let dash = try #require(model.status(id(a), kommune: kommune, quelle: .dashboard))
        #expect(dash.stand == .online && dash.url == "https://pvog.example/a" && dash.datenstand == "2026-11-03" && dash.flaechendeckung == "landesweit")
        #expect(dash.provenance?.file == file && dash.provenance?.sheet == "pvog-minden" && dash.provenance?.cell == "E2")
        #expect(model.status(id(e), kommune: kommune)?.quelle == .dashboard)
        #expect(model.status(id(b), kommune: kommune, quelle: .dashboard) == nil)
        // Differences: a (dashboard online, council in Planung), b and c (council online, export not online).
        #expect(r.abweichungen.map(\.art) == [.dashboardOnline, .nurKommuneOnline, .nurKommuneOnline])
        #expect(r.abweichungen.map(\.leika) == [keys[a], keys[b], keys[c]])
        #expect(r.abweichungen[0].kommuneStand == "in Planung" && r.abweichungen[0].dashboardHerkunft == "\(file) pvog-minden!E2")
        #expect(r.abweichungen[0].text.contains("Die Meldung der Kommune bleibt"))
        // JSON carries the same.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.json().utf8)) as? [String: Any])
        #expect(json["kommune"] as? String == kommune && json["gespeichert"] as? Int == 3)
        #expect((json["abweichungen"] as? [[String: Any]])?.map { $0["art"] as? String } == ["dashboard-online", "nur-kommune-online", "nur-kommune-online"])

        // A newer export that no longer lists e: its dashboard row goes, the council's rows stay.
        let newer = try Self.write(dir, "pvog-minden-2.csv", [
            Self.header, "\(keys[a]);10092;Wohngeld;https://pvog.example/a;online;true;landesweit;2026-12-01",
        ], separator: ",", bom: false)
        let r2 = try DashboardImport(workspace: ws).run(file: newer, kommune: kommune)
        #expect(r2.outcome.statusRemoved == 2)
        let m2 = try ws.snapshot()
        #expect(m2.status(id(e), kommune: kommune) == nil)
        #expect(m2.status(id(d), kommune: kommune)?.quelle == .kommune)
        #expect(m2.status(id(a), kommune: kommune, quelle: .dashboard)?.datenstand == "2026-12-01")
    }

    @Test("the same export file for two councils is read for each; for the same council again it is known")
    func sameFileTwoCouncils() throws {
        let dir = TemporaryDirectory()
        let (ws, f) = try Self.workspace(dir)
        let key = try #require(f.rows.map { $0[4] }.first { $0.hasPrefix("99") })
        let file = try Self.write(dir, "pvog.csv", [Self.header, "\(key);10092;Wohngeld;https://pvog.example/a;online;true;landesweit;2026-11-03"])
        let first = try DashboardImport(workspace: ws).run(file: file, kommune: "Minden")
        let second = try DashboardImport(workspace: ws).run(file: file, kommune: "Lübbecke")
        #expect(first.outcome.statusStored == 1 && second.outcome.statusStored == 1 && !second.outcome.alreadyIngested)
        let model = try ws.snapshot()
        #expect(model.umsetzung.filter { $0.quelle == .dashboard }.map(\.kommune).sorted() == ["Lübbecke", "Minden"])
        #expect(try DashboardImport(workspace: ws).run(file: file, kommune: "Lübbecke").outcome.alreadyIngested)
    }

    @Test("bad rows and unknown keys are findings naming file, sheet and cell; good rows are stored")
    func badRows() throws {
        let dir = TemporaryDirectory()
        let (ws, f) = try Self.workspace(dir)
        let key = f.rows.first { $0[4].hasPrefix("99") }![4]
        let file = try Self.write(dir, "kaputt.csv", [
            "Export Dashboard Digitale Verwaltung ARS 057700024024",
            Self.header,
            "\(key);10092;Wohngeld;https://x.example;online;true;kommunal;2026-11-03",
            "12345;10092;Wohngeld;https://x.example;online;true;kommunal;2026-11-03",
            "99123456012000;10999;Nicht im Katalog;https://x.example;online;true;kommunal;2026-11-03",
            "\(key);10092;Wohngeld;https://y.example;vielleicht;true;kommunal;2026-11-03",
            "\(key);10092;Wohngeld;https://y.example;online;manchmal;kommunal;2026-11-03",
            "\(key);10092;Wohngeld;https://z.example;online;true;kommunal;2026-11-03",
        ])
        let r = try DashboardImport(workspace: ws).run(file: file, kommune: "Hüllhorst")
        #expect(r.findings.map { "\($0.sheet)!\($0.cell) \($0.severity.rawValue)" } == [
            "kaputt!A4 error", "kaputt!A5 warning", "kaputt!E6 error", "kaputt!F7 error", "kaputt!A8 warning",
        ])
        #expect(r.findings.allSatisfy { $0.file == file })
        #expect(r.findings[0].message.contains("„12345“ ist kein LeiKa-Schlüssel"))
        #expect(r.findings[1].message.contains("99123456012000") && r.findings[1].message.contains("nicht im Katalog"))
        #expect(r.findings[4].message.contains("es gilt Zeile 3"))
        #expect(r.hasErrors && r.outcome.statusStored == 1 && r.export.unknownKeys == 1)
        #expect(try ws.snapshot().umsetzung.map(\.url) == ["https://x.example"])
    }

    @Test("the same data as .xlsx and .ods (keys as numbers, dates as date cells) is read alike", arguments: ["xlsx", "ods"])
    func spreadsheet(ext: String) throws {
        let dir = TemporaryDirectory()
        let (ws, f) = try Self.workspace(dir)
        let keys = f.rows.map { $0[4] }.filter { $0.hasPrefix("99") }
        let header = Self.header.split(separator: ";").enumerated().map { Cell(column: $0.offset, value: .text(String($0.element))) }
        var rows = [Row(index: 0, cells: header)]
        for (n, k) in keys.prefix(3).enumerated() {
            rows.append(Row(index: n + 2, cells: [
                Cell(column: 0, value: .number(Double(k)!)), Cell(column: 1, value: .number(10092)), Cell(column: 2, value: .text("Wohngeld")),
                Cell(column: 3, value: .text("https://pvog.example/\(n)")), Cell(column: 4, value: .text("online")),
                Cell(column: 5, value: .boolean(true)), Cell(column: 6, value: .text("kommunal")),
                Cell(column: 7, value: .date(CalendarDate(year: 2026, month: 11, day: 3))),
            ]))
        }
        let path = dir.path("export.\(ext)").path
        try SpreadsheetFile.write(Workbook(sheets: [Sheet(name: "Export", rows: rows)]), to: path)
        let r = try DashboardImport(workspace: ws).run(file: path, kommune: "Kreis Lippe")
        #expect(r.findings.isEmpty, "\(r.findings)")
        #expect(r.outcome.statusStored == 3)
        #expect(r.export.datenstaende == ["2026-11-03"])
        let stored = try ws.snapshot().umsetzung
        #expect(stored.map { $0.provenance?.cell } == ["E3", "E4", "E5"])
        #expect(stored.allSatisfy { $0.provenance?.sheet == "Export" && $0.quelle == .dashboard })
    }

    @Test("an unknown council is a usage error; a file without the columns names what is missing")
    func errors() throws {
        let dir = TemporaryDirectory()
        let (ws, _) = try Self.workspace(dir)
        let file = try Self.write(dir, "ok.csv", [Self.header])
        #expect(throws: DashboardImportError.self) { try DashboardImport(workspace: ws).run(file: file, kommune: "Atlantis") }
        do {
            _ = try DashboardImport(workspace: ws).run(file: file, kommune: "Atlantis")
        } catch let e as DashboardImportError {
            #expect(e.category == .usage && e.message(.german).contains("„Atlantis“"))
        }
        let wrong = try Self.write(dir, "falsch.csv", ["Schluessel;Bezeichnung", "99107023017000;Wohngeld"])
        do {
            _ = try DashboardImport(workspace: ws).run(file: wrong, kommune: "Minden")
            Issue.record("expected an error")
        } catch let e as InputFileError {
            #expect(e.message(.german).contains("falsch.csv"))
        }
        #expect(try ws.snapshot().umsetzung.isEmpty)
    }
}
