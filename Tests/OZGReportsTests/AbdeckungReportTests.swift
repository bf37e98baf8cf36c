import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import Testing

@Suite("Abdeckung je Themenfeld")
struct AbdeckungReportTests {
    @Test("every figure matches the fixture's truth")
    func figures() throws {
        let f = try ReportFixture.make()
        #expect(f.model.catalog.einzelleistungen.count == f.rows.count)
        let doc = try AbdeckungReport().generate(model: f.model, options: ReportOptions())
        #expect(doc.isSampleData)
        #expect(doc.stand == ReportFixture.stand)
        let table = try #require(doc.sheets.first?.tables.first)
        #expect(table.columns.map(\.name) == ["Themenfeld", "Pate", "Einzelleistungen", "vollständig bewertet"] + f.typeNames + ["Fortschritt", "Letzte Aktualisierung"])
        #expect(table.rows.count == f.themen.count + 1)

        var sumCount = 0, sumComplete = 0
        var sumRelevant = Array(repeating: 0, count: f.typeNames.count)
        var latestAll: CalendarDate?
        for (n, thema) in f.themen.enumerated() {
            let idx = f.rowIndexes(of: thema)
            let complete = idx.filter { i in f.truth[i].allSatisfy { $0 != .offen } }.count
            let relevant = f.typeNames.indices.map { t in idx.filter { f.truth[$0][t] == .ja || f.truth[$0][t] == .teilweise }.count }
            let latest = idx.compactMap { f.ingested[$0] }.max()
            let row = table.rows[n]
            #expect(row.role == .data)
            #expect(row[0] == .text(thema))
            #expect(row[1] == (f.paten[thema].map(ReportValue.text) ?? .empty))
            #expect(row[2] == .integer(idx.count))
            #expect(row[3] == .integer(complete))
            for t in f.typeNames.indices { #expect(row[4 + t] == .integer(relevant[t]), "\(thema) \(f.typeNames[t])") }
            #expect(row[4 + f.typeNames.count] == .percent(Double(complete) / Double(idx.count)))
            #expect(row[5 + f.typeNames.count] == (latest.map(ReportValue.date) ?? .empty))
            sumCount += idx.count
            sumComplete += complete
            for t in relevant.indices { sumRelevant[t] += relevant[t] }
            if let latest, latestAll.map({ latest > $0 }) ?? true { latestAll = latest }
        }
        let total = try #require(table.rows.last)
        #expect(total.role == .total)
        #expect(total[0] == .text("Summe"))
        #expect(total[2] == .integer(sumCount))
        #expect(total[3] == .integer(sumComplete))
        for t in f.typeNames.indices { #expect(total[4 + t] == .integer(sumRelevant[t])) }
        #expect(total[4 + f.typeNames.count] == .percent(Double(sumComplete) / Double(sumCount)))
        #expect(total[5 + f.typeNames.count] == (latestAll.map(ReportValue.date) ?? .empty))
        // The fixture must exercise both outcomes.
        #expect(sumComplete > 0 && sumComplete < sumCount)
        #expect(doc.sheets[0].charts.count >= 1)
    }

    @Test("filters by Themenfeld and Kommunaltyp; unknown names are errors")
    func filters() throws {
        let f = try ReportFixture.make(perThema: 8)
        let thema = f.themen[2]
        let doc = try AbdeckungReport().generate(
            model: f.model, options: ReportOptions(themenfelder: [thema.uppercased()], kommunaltyp: "GKS"))
        let table = try #require(doc.sheets.first?.tables.first)
        #expect(table.rows.count == 2)
        #expect(table.columns.map(\.name).contains("Große kreisangehörige Stadt"))
        #expect(!table.columns.map(\.name).contains("Kreis"))
        let idx = f.rowIndexes(of: thema)
        let gks = f.typeNames.firstIndex(of: "Große kreisangehörige Stadt") ?? -1
        #expect(table.rows[0][4] == .integer(idx.filter { f.truth[$0][gks].isRelevant }.count))
        #expect(throws: ReportError.self) {
            try AbdeckungReport().generate(model: f.model, options: ReportOptions(themenfelder: ["Gibt es nicht"]))
        }
        #expect(throws: ReportError.self) {
            try AbdeckungReport().generate(model: f.model, options: ReportOptions(kommunaltyp: "Bezirk"))
        }
    }
}
