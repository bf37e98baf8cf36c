import Foundation
import OZGKit
import OZGTestSupport
import Testing

/// The roadmap's figures for the sample roadmap, against a count made by Python (openpyxl) from
/// the same file without OZGKit.
@Suite("Roadmap figures against an independent count of the sample roadmap", .requires("openpyxl"))
struct RoadmapSampleCountTests {
    @Test("statuses sum to the total; go-lives umgesetzt and geplant per quarter match")
    func sampleRoadmap() throws {
        try ExternalTools.require("openpyxl")
        let file = ExternalTools.samples.appendingPathComponent("roadmap/umsetzungsplanung-beispiel.xlsx").path
        let counted = try ExternalTools.python(script: "roadmap_count.py", [file])
        let truth = try #require(try JSONSerialization.jsonObject(with: counted.stdout) as? [String: Any])
        let total = try #require((truth["total"] as? NSNumber)?.intValue)
        let status = try #require(truth["status"] as? [String: NSNumber])
        let actual = try #require(truth["actual"] as? [String: NSNumber])
        let planned = try #require(truth["planned"] as? [String: NSNumber])

        let catalogue = try SpreadsheetFile.open(ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path)
        let catalog = try Catalog(sheet: catalogue.readSheet(0))
        let result = WorkingSheetMapper(catalog: catalog).map(try SpreadsheetFile.read(file), file: file)
        #expect(result.errors.isEmpty)
        let model = DomainModel(catalog: catalog, vorhaben: result.ingestBatch.vorhaben, stand: CalendarDate(year: 2022, month: 6, day: 30))
        let doc = try RoadmapReport().generate(model: model, options: ReportOptions())

        let overview = try #require(doc.sheets.first { $0.name == "Übersicht" })
        let statusTable = overview.tables[0]
        var sum = 0
        for row in statusTable.rows where row.role == .data {
            let n = Int(row[1].numericValue ?? -1)
            sum += n
            #expect(n == status[row[0].displayText]?.intValue ?? 0, "\(row[0].displayText)")
        }
        #expect(sum == total)
        #expect(statusTable.rows.last?[1] == .integer(total))

        let go = try #require(doc.sheets.first { $0.name == "Go-Lives" }?.tables.first)
        for row in go.rows where row.role == .data {
            let q = String(row[0].displayText.prefix(7))
            #expect(row[1] == .integer(actual[q]?.intValue ?? 0), "umgesetzt \(q)")
            #expect(row[2] == .integer(planned[q]?.intValue ?? 0), "geplant \(q)")
        }
        let summe = try #require(go.rows.last)
        #expect(summe[1] == .integer(actual.values.reduce(0) { $0 + $1.intValue }))
        #expect(summe[2] == .integer(planned.values.reduce(0) { $0 + $1.intValue }))
    }
}
