import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import Testing

@Suite("Full catalogue, 39 councils")
struct FullCatalogueTests {
    @Test("all built-in reports on 5,225 Einzelleistungen: sizes and totals, workbook and HTML built")
    func full() throws {
        let f = try ReportFixture.make(perThema: nil)
        #expect(f.rows.count == 5225)
        var model = f.model
        model.kommunen = KommunalConfiguration.krzVerbandKommunen
        #expect(model.kommunen.count == 39)
        let clock = ContinuousClock()
        var timings: [String] = []
        for g in ReportRegistry.builtInGenerators {
            let start = clock.now
            let doc = try g.generate(model: model, options: ReportOptions())
            let wb = ReportWorkbookBuilder.workbook(for: doc)
            let html = HTMLReportRenderer().html(for: doc)
            timings.append("\(g.name): \(clock.now - start), \(wb.sheets.reduce(0) { $0 + $1.rows.count }) rows, \(html.utf8.count / 1024) KiB HTML")
            #expect(!wb.sheets.isEmpty && html.contains("Beispieldaten"))
        }
        let matrix = try KommunaltypMatrixReport().generate(model: model, options: ReportOptions())
        let groups = Set(f.rows.map { "\($0[0])|\($0[2])" }).count
        let rows = try #require(matrix.sheets.first { $0.name == "Matrix" }?.tables.first?.rows)
        #expect(rows.count == 5225 + 14 + groups)
        #expect(rows.filter { $0.role == .data }.count == 5225)
        let per = try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions())
        #expect(per.count == 39)
        #expect(Set(per.map(\.fileStem)).count == 39)
        print(timings.joined(separator: "\n"))
    }
}
