import Foundation
import OZGKit
import OZGODS
import OZGTestSupport
import OZGXLSX
import Testing

@testable import OZGReports
@testable import OZGWorkingSheet

/// Issue #13: the councils' status sheets, from the pack out to the ingest of what comes back.
@Suite("Status sheets: the councils' return loop")
struct StatusReturnTests {
    /// A workspace with the real catalogue and council list, the sample Paten's verdicts, and the
    /// Reifegrad model 1.1 configured (so a 5 is beyond the scale).
    struct Scenario {
        let dir = TemporaryDirectory("status-return")
        let ws: Workspace

        init(modell: ReifegradModell = .v1_1) throws {
            ws = try Workspace.open(at: dir.path("ws").path)
            _ = try CatalogImport(workspace: ws).run(
                file: ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path,
                kommunen: ExternalTools.sampleData.appendingPathComponent("krz-verband-kommunen.csv").path, version: "2019")
            let sheets = ["01-titelzeilen.xlsx", "02-zweizeilig.xlsx", "03-umgestellt.xlsx", "04-libreoffice.ods"]
            _ = try SheetIngest(workspace: ws).run(
                files: sheets.map { ExternalTools.samples.appendingPathComponent("working-sheets/\($0)").path })
            var settings = WorkspaceSettings()
            settings.reifegradModell = modell
            try ws.setSettings(settings)
        }

        func pack(_ kommune: String) throws -> ReportDocument {
            let reports = try KommunenMatrixReport().generatePerKommune(model: try ws.snapshot(), options: ReportOptions(kommune: kommune))
            return try #require(reports.first?.document)
        }

        /// The pack written as a file.
        func write(_ kommune: String, _ format: ReportFormat, as name: String) throws -> URL {
            let url = dir.path(name)
            try KommunenPackTests.write(try pack(kommune), format, to: url)
            return url
        }

        func check(_ files: [URL]) throws -> [SheetCheck.CheckedFile] {
            try SheetCheck(model: try ws.snapshot()).run(files.map(\.path))
        }
    }

    /// What the fill script says the ingest must make of a sheet.
    struct Expected: Decodable {
        struct Row: Decodable {
            var leika: String
            var ozgId: Int
            var stand: String
            var url, loesung, loesungsart, prioritaet, geplantBis, geplantBisDatum, ansprechpartner, anmerkung: String?
            var reifegrad, fallzahl: Int?
        }
        struct Found: Decodable, Hashable {
            var sheet, cell, severity, kind: String
        }
        var kommune: String
        var vorbelegtAm: String?
        var hinweiseCell: String
        var modell: String
        var rows: [Row]
        var findings: [Found]
    }

    static func fill(_ pack: URL, _ out: URL, _ scenario: String) throws -> Expected {
        let o = try ExternalTools.python(script: "status_fill_openpyxl.py", [pack.path, out.path, scenario])
        return try JSONDecoder().decode(Expected.self, from: o.stdout)
    }

    /// A stored status in the shape of the script's expectation.
    static func row(_ s: KommuneStatus, catalog: Catalog) -> Expected.Row {
        Expected.Row(
            leika: s.einzelleistung.leika?.digits ?? "nicht im LeiKa", ozgId: s.einzelleistung.ozgId, stand: s.stand.label, url: s.url,
            loesung: s.loesung, loesungsart: s.loesungsart?.label, prioritaet: s.prioritaet?.label, geplantBis: s.geplantBis,
            geplantBisDatum: s.geplantBisDatum?.iso, ansprechpartner: s.ansprechpartner, anmerkung: s.anmerkung,
            reifegrad: s.reifegrad?.stufe, fallzahl: s.fallzahl)
    }

    /// The words each kind of finding must say.
    static let words = [
        "reifegrad": "außerhalb der Stufen 0 bis 4 des Reifegradmodells 1.1", "stand": "kein Umsetzungsstand",
        "fallzahl": "keine Fallzahl", "url": "keine Web-Adresse", "geplantBis": "kein Termin",
        "nichtZustaendig": "„nicht zuständig“", "kommune": "nennt aber",
    ]

    static func expectFindings(_ found: [Finding], _ expected: [Expected.Found], file: String) {
        #expect(found.map { "\($0.sheet)!\($0.cell) \($0.severity.rawValue)" } == expected.map { "\($0.sheet)!\($0.cell) \($0.severity)" })
        for (f, e) in zip(found, expected) {
            #expect(f.file == file)
            #expect(f.message.contains(words[e.kind] ?? "?"), "\(f.message)")
            #expect(f.message.contains(f.cell), "\(f.message)")
        }
    }

    @Test(
        "packs filled as clerks do → exactly the expected stored values and findings; a file name naming another council",
        .requires("openpyxl"))
    func clerks() throws {
        try ExternalTools.require("openpyxl")
        let s = try Scenario()
        let lemgo = try s.write("Lemgo", .xlsx, as: "kommunen-matrix-Lemgo.xlsx")
        let lage = try s.write("Lage", .xlsx, as: "kommunen-matrix-Lage.xlsx")
        let lemgoFilled = s.dir.path("Rücklauf Lemgo.xlsx")
        let detmold = s.dir.path("detmold-status.xlsx")
        let a = try Self.fill(lemgo, lemgoFilled, "clerk")
        let b = try Self.fill(lage, detmold, "short")
        #expect(a.kommune == "Lemgo" && a.modell == "1.1" && a.vorbelegtAm == nil)
        #expect(b.kommune == "Lage")
        let before = try Data(contentsOf: lemgoFilled)

        let checked = try s.check([lemgoFilled, detmold])
        Self.expectFindings(checked[0].result.findings, a.findings, file: lemgoFilled.path)
        // The sheet says Lage, the file Detmold: the sheet wins, with a warning on the cover's cell.
        let mismatch = [Expected.Found(sheet: "Hinweise", cell: b.hinweiseCell, severity: "warning", kind: "kommune")]
        Self.expectFindings(checked[1].result.findings, mismatch, file: detmold.path)
        #expect(checked[1].result.findings.first?.message.contains("Übernommen für Lage") == true)
        #expect(checked.map(\.result.kommune) == ["Lemgo", "Lage"])
        // The pack's other sheets give nothing: no verdicts, no Vorhaben.
        #expect(checked.allSatisfy { $0.result.verdicts.isEmpty && $0.result.vorhaben.isEmpty })

        let ingested = try SheetIngest(workspace: s.ws).run(checked)
        #expect(ingested.map(\.outcome.statusStored) == [a.rows.count, b.rows.count])
        #expect(ingested.allSatisfy { $0.outcome.statusConflicts.isEmpty })
        let model = try s.ws.snapshot()
        func stored(_ k: String) -> [Expected.Row] {
            model.umsetzung.filter { $0.kommune == k && $0.quelle == .kommune }.map { Self.row($0, catalog: model.catalog) }
        }
        #expect(stored("Lemgo").map(\.leika) == a.rows.map(\.leika))
        for (got, want) in zip(stored("Lemgo"), a.rows) {
            #expect(got.stand == want.stand && got.url == want.url && got.loesung == want.loesung, "\(want.leika)")
            #expect(got.loesungsart == want.loesungsart && got.reifegrad == want.reifegrad && got.prioritaet == want.prioritaet, "\(want.leika)")
            #expect(got.fallzahl == want.fallzahl && got.geplantBis == want.geplantBis, "\(want.leika)")
            #expect(got.geplantBisDatum == want.geplantBisDatum && got.ansprechpartner == want.ansprechpartner, "\(want.leika)")
            #expect(got.anmerkung == want.anmerkung, "\(want.leika)")
        }
        #expect(stored("Lage").map(\.stand) == b.rows.map(\.stand))
        #expect(stored("Detmold").isEmpty)
        // Reifegrad on the configured model; provenance per value: file, sheet, the status cell.
        let first = try #require(model.umsetzung.first { $0.kommune == "Lemgo" })
        #expect(first.reifegrad == ReifegradAngabe(stufe: 3, modell: .v1_1))
        #expect(first.provenance?.file == lemgoFilled.path && first.provenance?.sheet == "Umsetzungsstand")
        #expect(first.provenance?.cell.hasPrefix("F") == true)
        #expect(first.linkURL == "https://www.lemgo.de/wohngeld")
        // No input file modified.
        #expect(try Data(contentsOf: lemgoFilled) == before)
    }

    @Test("the sample councils' returns (Samples/status, as the demo ingests them) store without errors")
    func samples() throws {
        let s = try Scenario(modell: .v2_0)
        let files = try DemoPipeline(samples: ExternalTools.samples.path, output: s.dir.path("demo").path).sampleInputs(["status"])
        let checked = try s.check(files.map { URL(fileURLWithPath: $0) })
        #expect(checked.map(\.result.kommune) == ["Detmold", "Kreis Lippe", "Lemgo"])
        #expect(checked.allSatisfy { !$0.result.hasErrors })
        // The only warnings: a council saying `nicht zuständig` for what its type makes relevant.
        #expect(checked.flatMap(\.result.warnings).allSatisfy { $0.message.contains("„nicht zuständig“") })
        let ingested = try SheetIngest(workspace: s.ws).run(checked)
        #expect(ingested.allSatisfy { $0.outcome.statusStored > 20 && $0.outcome.statusConflicts.isEmpty })
        #expect(try s.ws.snapshot().umsetzung.contains { $0.isOnline && $0.linkURL != nil })
    }

    @Test("the .ods pack, filled through LibreOffice and returned as .ods, ingests", .requires("soffice", "openpyxl"))
    func odsReturn() throws {
        try ExternalTools.require("soffice", "openpyxl")
        let s = try Scenario()
        let ods = try s.write("Kreis Lippe", .ods, as: "kommunen-matrix-Kreis-Lippe.ods")
        // The untouched pack: recognised, no findings, nothing to store.
        let untouched = try s.check([ods])[0].result
        #expect(untouched.findings.isEmpty, "\(untouched.findings)")
        #expect(untouched.kommune == "Kreis Lippe" && untouched.umsetzung.isEmpty)
        let asXLSX = try ExternalTools.sofficeConvert(ods, to: "xlsx", outputDirectory: s.dir.path("x"))
        let filled = s.dir.path("y/kommunen-matrix-Kreis-Lippe.xlsx")
        try FileManager.default.createDirectory(at: s.dir.path("y"), withIntermediateDirectories: true)
        let e = try Self.fill(asXLSX, filled, "short")
        let back = try ExternalTools.sofficeConvert(filled, to: "ods", outputDirectory: s.dir.path("z"))
        let checked = try s.check([back])
        #expect(checked[0].result.findings.isEmpty, "\(checked[0].result.findings)")
        let outcome = try SheetIngest(workspace: s.ws).run(checked)[0].outcome
        #expect(outcome.statusStored == 2)
        let stored = try s.ws.snapshot().umsetzung.filter { $0.kommune == "Kreis Lippe" }
        #expect(stored.map(\.stand.label) == e.rows.map(\.stand))
        #expect(stored.map(\.geplantBisDatum?.iso) == e.rows.map(\.geplantBisDatum))
        #expect(stored.first?.reifegrad == ReifegradAngabe(stufe: 1, modell: .v1_1))
    }
}

/// The pack's status sheet and the prefill/conflict rules, in memory.
@Suite("Status sheet in the council pack")
struct StatusSheetPackTests {
    static func at(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso) ?? Date(timeIntervalSince1970: 0) }

    @Test("the sheet: relevant rows only, key columns locked, input columns unlocked with warning drop-downs, the model in the header")
    func layout() throws {
        let s = try StatusReturnTests.Scenario(modell: .v2_0)
        let model = try s.ws.snapshot()
        let doc = try s.pack("Lemgo")
        let sheet = try #require(doc.sheets.first { $0.name == StatusSheet.sheetName })
        let table = sheet.tables[0]
        let lemgo = try #require(model.kommunen.first { $0.name == "Lemgo" })
        let relevant = model.catalog.einzelleistungen.filter { model.relevanz($0.id, kommune: lemgo).isRelevant }
        #expect(table.rows.map { $0[0].displayText } == relevant.map(\.leikaDisplay))
        #expect(table.columns.map(\.name).contains("Reifegrad (Modell 2.0: 0–7)"))
        let (workbook, placements) = ReportWorkbookBuilder.build(doc)
        let i = try #require(doc.sheets.firstIndex { $0.name == StatusSheet.sheetName })
        let ws = workbook.sheets[i]
        #expect(ws.layout.protection == .workingSheet(editableColumnsFrom: table.columns.count))
        let firstRow = placements[i][0].rowIndexes[0]
        let row = try #require(ws.rows.first { $0.index == firstRow })
        #expect(row[column: 0]?.style?.locked != false)
        for c in 5..<table.columns.count { #expect(row[column: c]?.style?.locked == false, "column \(c)") }
        let lists = ws.layout.validations
        #expect(lists.count == 4 && lists.allSatisfy { !$0.strict })
        #expect(lists.map { $0.range.start.column } == [5, 8, 9, 10])
        #expect(lists[2].values == (0...7).map(String.init))
        #expect(lists[0].values == ["offen", "in Planung", "in Umsetzung", "online", "nicht zuständig"])
        // The pack's cover carries the council and the prefill time (none stored yet).
        let facts = KommunenPackTests.facts(doc)
        #expect(facts[StatusSheet.kommuneLabel] == "Lemgo (Kreis Lippe)")
        #expect(facts[StatusSheet.vorbelegtLabel] == "—")
        #expect(facts["Umsetzungsstand"]?.contains("Reifegradmodell 2.0 (0–7)") == true)
        // Read back untouched: a status return for Lemgo with nothing to store and no findings.
        let result = WorkingSheetMapper(catalog: model.catalog, kommunaltypen: model.kommunaltypen, kommunen: model.kommunen)
            .map(workbook, file: "kommunen-matrix-Lemgo.xlsx")
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.kommune == "Lemgo" && result.umsetzung.isEmpty)
        #expect(result.sheets.filter { $0.kind == .umsetzungsstand }.map(\.name) == [StatusSheet.sheetName])
        #expect(result.sheets.allSatisfy { $0.kind == .umsetzungsstand || $0.kind == .skipped })
    }

    /// The pack of a council as a workbook, with the status cell of the first data row set.
    static func answered(_ s: StatusReturnTests.Scenario, _ kommune: String, stand: String, row: Int = 0) throws -> Workbook {
        let doc = try s.pack(kommune)
        var (workbook, placements) = ReportWorkbookBuilder.build(doc)
        let i = try #require(doc.sheets.firstIndex { $0.name == StatusSheet.sheetName })
        let r = placements[i][0].rowIndexes[row]
        let k = try #require(workbook.sheets[i].rows.firstIndex { $0.index == r })
        let c = try #require(workbook.sheets[i].rows[k].cells.firstIndex { $0.column == 5 })
        workbook.sheets[i].rows[k].cells[c].value = .text(stand)
        return workbook
    }

    static func ingest(_ s: StatusReturnTests.Scenario, _ wb: Workbook, file: String, sha: String, at: String) throws -> (WorkingSheetResult, IngestOutcome) {
        let model = try s.ws.snapshot()
        var mapper = WorkingSheetMapper(catalog: model.catalog, kommunaltypen: model.kommunaltypen, kommunen: model.kommunen)
        mapper.statusContext = StatusSheetContext(model: model)
        let result = mapper.map(wb, file: file, sha256: sha, ingestedAt: at)
        return (result, try s.ws.ingest(result.ingestBatch, at: Self.at(at)))
    }

    @Test("prefill: the council's own row, the prefill time on the cover; a newer pack's answer replaces, a stale one conflicts")
    func prefillAndConflicts() throws {
        let s = try StatusReturnTests.Scenario()
        // Round 1: Lemgo answers `in Planung` on the first row.
        let (r1, o1) = try Self.ingest(s, try Self.answered(s, "Lemgo", stand: "in Planung"), file: "lemgo-1.xlsx", sha: "a1", at: "2026-10-01T10:00:00Z")
        #expect(r1.statusVorbelegtAm == nil && o1.statusStored == 1)
        // A pack made now is prefilled with that row and names the time of the data it holds.
        let doc = try s.pack("Lemgo")
        #expect(KommunenPackTests.facts(doc)[StatusSheet.vorbelegtLabel] == "2026-10-01T10:00:00Z")
        let table = try #require(doc.sheets.first { $0.name == StatusSheet.sheetName }?.tables.first)
        #expect(table.rows[0][5] == .text("in Planung"))
        #expect(table.rows[1][5] == .empty)
        // Round 2, on the new pack (another file name): the answer replaces the row it saw.
        let old = try Self.answered(s, "Lemgo", stand: "offen")  // made now, before round 2 is stored
        let (r2, o2) = try Self.ingest(s, try Self.answered(s, "Lemgo", stand: "online"), file: "lemgo-2.xlsx", sha: "a2", at: "2026-10-05T10:00:00Z")
        #expect(r2.statusVorbelegtAm == "2026-10-01T10:00:00Z")
        #expect(o2.statusStored == 1 && o2.statusConflicts.isEmpty && o2.statusUnchanged == 0)
        // A pack made before round 2 comes back later: it did not see `online`; a conflict, nothing overwritten.
        let (_, o3) = try Self.ingest(s, old, file: "lemgo-3.xlsx", sha: "a3", at: "2026-10-09T10:00:00Z")
        #expect(o3.statusStored == 0 && o3.statusConflicts.count == 1)
        #expect(o3.statusConflicts.first?.fields == ["Umsetzungsstand"])
        let first = try #require(try s.ws.snapshot().umsetzung.first { $0.kommune == "Lemgo" })
        #expect(first.stand == .online)
        let conflict = try #require(try s.ws.statusConflicts().first)
        // A meeting now (after the catalogue was imported), the resolution a second later (times are to the second).
        let meeting = try s.ws.saveMeetingSnapshot(name: "FAG 12/2026")
        Thread.sleep(forTimeInterval: 1.1)
        try s.ws.resolveStatusConflict(id: conflict.id, keepNew: true)
        let resolved = try #require(try s.ws.snapshot().umsetzung.first { $0.kommune == "Lemgo" })
        #expect(resolved.stand == .offen && resolved.provenance?.file == "lemgo-3.xlsx")
        #expect(try s.ws.statusConflicts().isEmpty)
        // Resolved after the meeting: the meeting's state keeps `online`, the changes since show the resolution.
        #expect(try s.ws.model(at: s.ws.moment(meeting.name, asStart: false)).umsetzung.first { $0.kommune == "Lemgo" }?.stand == .online)
        let since = try s.ws.changeLog(since: s.ws.moment(meeting.name, asStart: true), until: Workspace.now())
        #expect(since.status.contains { $0.kommune == "Lemgo" && $0.vorher == .online && $0.nachher == .offen })
    }

    @Test("a dashboard `online` prefills a row the council has not answered, with a note saying so")
    func dashboardPrefill() throws {
        let s = try StatusReturnTests.Scenario()
        let model = try s.ws.snapshot()
        let lemgo = try #require(model.kommunen.first { $0.name == "Lemgo" })
        let e = try #require(model.catalog.einzelleistungen.first { model.relevanz($0.id, kommune: lemgo).isRelevant })
        var batch = IngestBatch(file: "dashboard-lemgo.csv", sha256: "d1")
        batch.umsetzung = [KommuneStatus(
            kommune: "Lemgo", einzelleistung: e.id, quelle: .dashboard, stand: .online, url: "https://portal.example/x",
            datenstand: "2026-09-30")]
        _ = try s.ws.ingest(batch)
        let table = try #require(try s.pack("Lemgo").sheets.first { $0.name == StatusSheet.sheetName }?.tables.first)
        #expect(table.rows[0][5] == .text("online") && table.rows[0][6] == .text("https://portal.example/x"))
        #expect(table.rows[0][14].displayText == "Laut Dashboard Digitale Verwaltung online (Datenstand 2026-09-30); bitte prüfen.")
    }
}
