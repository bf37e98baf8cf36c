import Foundation
import OZGDomain
import OZGSpreadsheet
import OZGWorkingSheet
import Testing

/// The whole real catalogue through template, filling and mapping, in memory.
@Suite("WorkingSheet on the real catalogue")
struct WorkingSheetCatalogTests {
    @Test func allEinzelleistungenTimesAllKommunaltypenRoundTrip() throws {
        let catalog = try #require(WS.realCatalog)
        #expect(catalog.einzelleistungen.count == 5225)
        let types = KommunaltypSet.krzVerband
        var verdicts: [Verdict] = []
        for (i, e) in catalog.einzelleistungen.enumerated() {
            for (t, type) in types.types.enumerated() {
                verdicts.append(Verdict(einzelleistung: e.id, kommunaltyp: type.name, relevanz: [.ja, .nein, .teilweise][(i + t) % 3]))
            }
        }
        let model = DomainModel(catalog: catalog, kommunaltypen: types, verdicts: verdicts, isSampleData: true)
        let clock = ContinuousClock()
        var wb = Workbook()
        let exportTime = clock.measure { wb = GesamtlisteExport.workbook(model: model) }
        var result: WorkingSheetResult?
        let mapTime = clock.measure { result = WorkingSheetMapper(catalog: catalog).map(wb, file: "gesamt.xlsx") }
        let r = try #require(result)
        print("WorkingSheet real catalogue: export \(exportTime), mapping \(mapTime) for \(r.verdicts.count) verdicts")
        #expect(r.findings.isEmpty, "\(r.findings.prefix(5).map(\.message))")
        #expect(r.verdicts.count == 5225 * 4)
        func strip(_ v: [Verdict]) -> Set<Verdict> { Set(v.map { Verdict(einzelleistung: $0.einzelleistung, kommunaltyp: $0.kommunaltyp, relevanz: $0.relevanz) }) }
        #expect(strip(r.verdicts) == Set(verdicts))
        // One template per Themenfeld: together they hold every row once.
        var total = 0
        for tf in catalog.themenfelder {
            let t = WorkingSheetTemplate.make(catalog: catalog, themenfeld: tf)
            total += (t[sheetNamed: "Bewertung"]?.rows.count ?? 1) - 1
        }
        #expect(total == 5225)
    }
}
