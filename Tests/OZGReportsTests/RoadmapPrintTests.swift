import Foundation
import OZGKit
import OZGTestSupport
import Testing

/// The roadmap of the sample plan as LibreOffice prints it.
@Suite("Roadmap in print (LibreOffice)", .requires("soffice", "pdfinfo"))
struct RoadmapPrintTests {
    static func document() throws -> ReportDocument {
        let file = ExternalTools.samples.appendingPathComponent("roadmap/umsetzungsplanung-beispiel.xlsx").path
        let catalogue = try SpreadsheetFile.open(ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path)
        let catalog = try Catalog(sheet: catalogue.readSheet(0))
        let vorhaben = WorkingSheetMapper(catalog: catalog).map(try SpreadsheetFile.read(file), file: file).ingestBatch.vorhaben
        var model = DomainModel(catalog: catalog, vorhaben: vorhaben, stand: CalendarDate(year: 2022, month: 6, day: 30), isSampleData: true)
        model.settings.meilensteine = [.ozgFrist2022]
        return try RoadmapReport().generate(model: model, options: ReportOptions())
    }

    static func pages(_ pdf: URL) throws -> Int {
        let info = try ExternalTools.check(["pdfinfo", pdf.path]).text
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? -1
    }

    @Test("the timeline prints one page wide; the whole roadmap within a bound", arguments: [ReportFormat.xlsx, .ods])
    func print(format: ReportFormat) throws {
        try ExternalTools.require("soffice", "pdfinfo")
        let doc = try Self.document()
        let dir = TemporaryDirectory("roadmap-print-\(format.rawValue)")
        let renderer = ReportRenderers.renderer(for: format) { try SpreadsheetFile.create($0) }
        let timeline = try #require(doc.sheets.first { $0.name == "Zeitleiste" })
        let rows = timeline.tables[0].rows.count
        #expect(timeline.tables[0].columns.filter { $0.kind == .timeline }.count == 21)  // 2019 Q1 … 2024 Q1
        var only = doc
        only.sheets = [timeline]
        let file = dir.path("zeitleiste.\(format.rawValue)")
        try renderer.render(only, to: file.path)
        let pdf = try ExternalTools.sofficeConvert(file, to: "pdf", outputDirectory: dir.path("pdf"))
        // About 40 rows a landscape page. A sheet wider than one page prints at most two pages
        // across with the key column repeated (`PrintSetup.pagesWide`), in both formats.
        let bound = 1 + rows / 35
        #expect(try Self.pages(pdf) <= 2 * bound)

        let whole = dir.path("roadmap.\(format.rawValue)")
        try renderer.render(doc, to: whole.path)
        let wholePDF = try ExternalTools.sofficeConvert(whole, to: "pdf", outputDirectory: dir.path("pdf"))
        let wholeBound = 4 + rows / 12
        #expect(try Self.pages(wholePDF) <= 3 * wholeBound)
        if let keep = ProcessInfo.processInfo.environment["OZG_KEEP_REPORTS"] {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            for f in [whole, wholePDF] {
                try? FileManager.default.removeItem(atPath: keep + "/" + f.lastPathComponent)
                try? FileManager.default.copyItem(atPath: f.path, toPath: keep + "/" + f.lastPathComponent)
            }
        }
    }
}
