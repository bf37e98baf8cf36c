import Foundation
import OZGDomain
import OZGSpreadsheet
import OZGTestSupport
import OZGWorkingSheet
import Testing

/// Working sheets as real files: written by OZGFiles, filled by openpyxl and LibreOffice, read back.
@Suite("WorkingSheet real files")
struct WorkingSheetFileTests {
    static let types = KommunaltypSet.krzVerband

    /// A catalogue of two Themenfelder from the real one (keeps files small).
    static func catalog() throws -> Catalog {
        let real = try #require(WS.realCatalog)
        let rows = real.einzelleistungen.filter { $0.themenfeld == "Bauen & Wohnen" || $0.themenfeld == "Recht & Ordnung" }
        return Catalog(einzelleistungen: rows)
    }

    @Test(.requires("openpyxl")) func templateFilledByOpenpyxlGivesExactlyTheFilledVerdicts() throws {
        try ExternalTools.require("openpyxl")
        let catalog = try Self.catalog()
        let dir = TemporaryDirectory("ws-fill")
        let template = dir.path("vorlage.xlsx").path
        let wb = WorkingSheetTemplate.make(catalog: catalog, themenfeld: "Bauen & Wohnen", pate: "Erika Beispiel", isSampleData: true)
        try WS.write(wb, to: template)
        let filled = dir.path("ausgefuellt.xlsx").path
        let out = try ExternalTools.python(script: "sheet_fill_openpyxl.py", [template, filled, "7"])
        let object = try #require(try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any])
        let expectedRows = try #require(object["verdicts"] as? [[String: Any]])
        var expected = Set<String>()
        for v in expectedRows {
            let key = (v["leika"] as? String).flatMap { LeikaKey(text: $0) }
            let bez = v["bezeichnung"] as? String ?? ""
            let id = catalog.einzelleistungen.first { e in
                e.ozgId == (v["ozgId"] as? Int) && (key != nil ? e.leika == key : e.leika == nil && e.bezeichnung == bez)
            }?.id
            expected.insert("\(id?.key ?? "?")|\(v["column"] as? String ?? "")|\(v["relevanz"] as? String ?? "")")
        }
        let r = try WorkingSheetMapper(catalog: catalog).map(reader: WS.open(filled), file: "ausgefuellt.xlsx")
        // The one finding: the column the Pate added is named (and kept).
        #expect(r.findings.map(\.severity) == [.warning], "\(r.findings.prefix(3).map(\.message))")
        #expect(r.findings.first?.message.contains("„Bemerkung Kreis Lippe“") == true)
        #expect(Set(r.verdicts.map { "\($0.einzelleistung.key)|\($0.kommunaltyp)|\($0.relevanz.rawValue)" }) == expected)
        #expect(r.extraColumns.names == ["Bemerkung Kreis Lippe"])
        #expect(r.extraColumns.values.count == object["extra"] as? Int)
        #expect(r.verdicts.first?.provenance?.sha256.count == 64)
    }

    @Test(.requires("python_calamine")) func gesamtlisteExportAsXLSXReadsBackIdentically() throws {
        try ExternalTools.require("python_calamine")
        let catalog = try Self.catalog()
        var verdicts: [Verdict] = []
        for (i, e) in catalog.einzelleistungen.enumerated() where i % 3 != 0 {
            for (t, type) in Self.types.types.enumerated() where (i + t) % 4 != 0 {
                verdicts.append(Verdict(einzelleistung: e.id, kommunaltyp: type.name, relevanz: [.ja, .nein, .teilweise][(i * t) % 3]))
            }
        }
        let vorhaben = [
            Umsetzungsvorhaben(
                einzelleistung: catalog.einzelleistungen[1].id, ozgId: catalog.einzelleistungen[1].ozgId, titel: "Beispielvorhaben",
                loesungsansatz: "EfA", verantwortlich: "krz", start: CalendarDate(year: 2022, month: 1, day: 1),
                ende: CalendarDate(year: 2022, month: 9, day: 30), status: .inUmsetzung, reifegradIst: .information,
                reifegradZiel: .onlineLeistung, prioritaet: 2, notiz: "Beispieldaten")
        ]
        let model = DomainModel(catalog: catalog, kommunaltypen: Self.types, verdicts: verdicts, vorhaben: vorhaben, isSampleData: true)
        let dir = TemporaryDirectory("ws-export")
        let path = dir.path("gesamtliste.xlsx").path
        try WS.write(GesamtlisteExport.workbook(model: model), to: path)
        let r = try WorkingSheetMapper(catalog: catalog).map(reader: WS.open(path))
        #expect(r.findings.isEmpty, "\(r.findings.prefix(3).map(\.message))")
        #expect(Set(r.verdicts.map { Verdict(einzelleistung: $0.einzelleistung, kommunaltyp: $0.kommunaltyp, relevanz: $0.relevanz) }) == Set(verdicts))
        #expect(r.vorhaben.map { var v = $0; v.provenance = nil; return v } == vorhaben)
        // And as .ods: read back by our ODSReader, and checked by python-calamine.
        let ods = dir.path("gesamtliste.ods")
        try WS.write(GesamtlisteExport.workbook(model: model), to: ods.path)
        let viaODSReader = try WorkingSheetMapper(catalog: catalog).map(reader: WS.open(ods.path))
        #expect(viaODSReader.findings.isEmpty)
        #expect(Set(viaODSReader.verdicts.map { Verdict(einzelleistung: $0.einzelleistung, kommunaltyp: $0.kommunaltyp, relevanz: $0.relevanz) }) == Set(verdicts))
        #expect(viaODSReader.vorhaben.map { var v = $0; v.provenance = nil; return v } == vorhaben)
        do {  // python-calamine is required by the test's trait
            let viaCalamine = WorkingSheetMapper(catalog: catalog).map(try WS.dumpWithPython(ods), file: "gesamtliste.ods")
            #expect(viaCalamine.findings.isEmpty)
            #expect(Set(viaCalamine.verdicts.map { Verdict(einzelleistung: $0.einzelleistung, kommunaltyp: $0.kommunaltyp, relevanz: $0.relevanz) }) == Set(verdicts))
        }
    }

    @Test(.requires("soffice", "python_calamine")) func templateThroughLibreOfficeStillReads() throws {
        try ExternalTools.require("soffice", "python_calamine")
        let catalog = try Self.catalog()
        let dir = TemporaryDirectory("ws-lo")
        let src = dir.path("vorlage.xlsx")
        var wb = WorkingSheetTemplate.make(catalog: catalog, themenfeld: "Recht & Ordnung")
        // Some verdicts, so LibreOffice has something to carry.
        if let b = wb.sheets.firstIndex(where: { $0.name == "Bewertung" }) {
            for r in 1..<min(wb.sheets[b].rows.count, 20) {
                if let c = wb.sheets[b].rows[r].cells.firstIndex(where: { $0.column == 7 }) {
                    wb.sheets[b].rows[r].cells[c].value = .text(r % 2 == 0 ? "ja" : "nein")
                }
            }
        }
        try WS.write(wb, to: src.path)
        // LibreOffice opens our .xlsx and saves it as .xlsx again (its own writer).
        let outDir = dir.path("lo")
        let converted = try ExternalTools.sofficeConvert(src, to: "xlsx", outputDirectory: outDir)
        let r = try WorkingSheetMapper(catalog: catalog).map(reader: WS.open(converted.path))
        #expect(r.findings.isEmpty, "\(r.findings.prefix(3).map(\.message))")
        #expect(r.verdicts.count == 19)
        #expect(r.sheets.map(\.kind) == [.skipped, .bewertung, .umsetzungsplanung])
        // And to .ods, read by python-calamine.
        do {  // python-calamine is required by the test's trait
            let ods = try ExternalTools.sofficeConvert(src, to: "ods", outputDirectory: outDir)
            let viaOds = WorkingSheetMapper(catalog: catalog).map(try WS.dumpWithPython(ods), file: "vorlage.ods")
            #expect(viaOds.findings.isEmpty)
            #expect(viaOds.verdicts.count == 19)
            // LibreOffice's own .ods through our ODSReader.
            let ours = try WorkingSheetMapper(catalog: catalog).map(reader: WS.open(ods.path))
            #expect(ours.findings.isEmpty)
            #expect(ours.verdicts.count == 19)
        }
        // Our own .ods of the template, opened by LibreOffice and saved as .xlsx, reads the same.
        let ownOds = dir.path("eigen.ods")
        try WS.write(wb, to: ownOds.path)
        let fromOds = try ExternalTools.sofficeConvert(ownOds, to: "xlsx", outputDirectory: dir.path("lo2"))
        let r2 = try WorkingSheetMapper(catalog: catalog).map(reader: WS.open(fromOds.path))
        #expect(r2.findings.isEmpty, "\(r2.findings.prefix(3).map(\.message))")
        #expect(Set(r2.verdicts.map(\.einzelleistung)) == Set(r.verdicts.map(\.einzelleistung)))
        #expect(r2.verdicts.count == 19)
    }

    @Test(arguments: WorkingSheetSampleTests.files)
    func samplesThroughOZGFiles(file: String) throws {
        let catalog = try #require(WS.realCatalog)
        let expected = try #require(try WS.expectedSamples()[file])
        let path = WS.samplesFolder.appendingPathComponent(file).path
        // .xlsx through XLSXReader, the LibreOffice .ods through ODSReader, the Windows-1252
        // semicolon CSV through CSVReader.
        let r = try WorkingSheetMapper(catalog: catalog).map(reader: WS.open(path), file: file)
        WorkingSheetSampleTests.check(r, expected, file: file)
        #expect(r.verdicts.allSatisfy { $0.provenance?.sha256.count == 64 })
    }

    @Test(.requires("openpyxl")) func pruefberichtAsXLSXHasTheMarks() throws {
        try ExternalTools.require("openpyxl")
        let catalog = try #require(WS.realCatalog)
        let sample = WS.samplesFolder.appendingPathComponent("06-fehler.xlsx").path
        let original = try WS.open(sample).readWorkbook()
        let r = WorkingSheetMapper(catalog: catalog).map(original, file: "06-fehler.xlsx")
        let dir = TemporaryDirectory("ws-pb")
        let out = dir.path("pruefbericht.xlsx").path
        try WS.write(Pruefbericht.workbook(original: original, findings: r.findings, file: "06-fehler.xlsx"), to: out)
        let script = """
            import sys, json
            from openpyxl import load_workbook
            wb = load_workbook(sys.argv[1])
            ws = wb["Original Bewertung"]
            print(json.dumps({"sheets": wb.sheetnames, "E3": ws["E3"].fill.fgColor.rgb, "D3": ws["D3"].fill.fgColor.rgb,
                              "list": [c.value for c in wb["Prüfbericht"]["A"]][4:]}))
            """
        let o = try ExternalTools.check(["python3", "-c", script, out])
        let j = try #require(try JSONSerialization.jsonObject(with: o.stdout) as? [String: Any])
        #expect(j["sheets"] as? [String] == ["Prüfbericht", "Original Bewertung", "Original Umsetzungsplanung"])
        #expect((j["E3"] as? String)?.hasSuffix("FFC7CE") == true)
        #expect((j["D3"] as? String)?.hasSuffix("FFC7CE") != true)
        #expect((j["list"] as? [String])?.count == r.findings.count)
    }
}
