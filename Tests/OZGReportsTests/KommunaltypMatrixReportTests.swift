import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import Testing

@Suite("Kommunaltyp-Matrix")
struct KommunaltypMatrixReportTests {
    @Test("with --all: groups, verdict cells and the summary heat map match the fixture")
    func matrix() throws {
        let f = try ReportFixture.make()
        var options = ReportOptions()
        options.includeUnrated = true
        let doc = try KommunaltypMatrixReport().generate(model: f.model, options: options)
        let summary = try #require(doc.sheets.first { $0.name == "Übersicht" }?.tables.first)
        let matrix = try #require(doc.sheets.first { $0.name == "Matrix" }?.tables.first)

        // Expected rows, built from the raw CSV rows.
        var expected: [ReportRow] = []
        for thema in f.themen {
            expected.append(ReportRow([.text(thema)], role: .group))
            let idx = f.rowIndexes(of: thema)
            var order: [String] = []
            for i in idx where !order.contains(f.rows[i][2]) { order.append(f.rows[i][2]) }
            for ozg in order {
                let members = idx.filter { f.rows[$0][2] == ozg }
                expected.append(ReportRow([.text("\(ozg) \(f.rows[members[0]][3])")], role: .subgroup))
                for i in members {
                    let r = f.rows[i]
                    expected.append(ReportRow(
                        [.text(r[4]), .text(r[5]), .text(r[6])] + f.truth[i].map { .verdict($0.rawValue) }))
                }
            }
        }
        #expect(matrix.rows.count == expected.count)
        for (a, b) in zip(matrix.rows, expected) where a != b {
            Issue.record("row differs: \(a) vs \(b)")
            break
        }
        #expect(matrix.columns.suffix(f.typeNames.count).allSatisfy { $0.kind == .verdict })

        #expect(summary.heatMap)
        #expect(summary.heatMapColumnIndexes == Array(2..<(2 + f.typeNames.count)))
        for (n, thema) in f.themen.enumerated() {
            let idx = f.rowIndexes(of: thema)
            #expect(summary.rows[n][0] == .text(thema))
            #expect(summary.rows[n][1] == .integer(idx.count))
            for t in f.typeNames.indices {
                #expect(summary.rows[n][2 + t] == .integer(idx.filter { f.truth[$0][t].isRelevant }.count))
            }
        }
        let total = try #require(summary.rows.last)
        #expect(total.role == .total)
        #expect(total[1] == .integer(f.rows.count))
        for t in f.typeNames.indices {
            #expect(total[2 + t] == .integer(f.truth.filter { $0[t].isRelevant }.count))
        }
    }

    @Test("by default the matrix leaves out what nobody has rated, and says how many")
    func leavesOutUnrated() throws {
        let f = try ReportFixture.make()
        // The fixture rates every row for some type; nobody has rated every fifth row here.
        var model = f.model
        let unrated = Array(stride(from: 0, to: f.rows.count, by: 5))
        let unratedIDs = Set(unrated.map { model.catalog.einzelleistungen[$0].id })
        model.verdicts.removeAll { unratedIDs.contains($0.einzelleistung) }
        #expect(!unrated.isEmpty)
        let doc = try KommunaltypMatrixReport().generate(model: model, options: ReportOptions())
        let sheet = try #require(doc.sheets.first { $0.name == "Matrix" })
        let matrix = try #require(sheet.tables.first)
        let keys = Set(matrix.rows.filter { $0.role == .data }.map { $0[0].displayText })
        #expect(matrix.dataRowIndexes.count == f.rows.count - unrated.count)
        for i in unrated { #expect(!keys.contains(f.rows[i][4]) || f.rows.filter { $0[4] == f.rows[i][4] }.count > 1) }
        // Every sub-group row is followed by at least one data row.
        for (n, row) in matrix.rows.enumerated() where row.role == .subgroup {
            #expect(n + 1 < matrix.rows.count && matrix.rows[n + 1].role == .data)
        }
        #expect(sheet.notes.contains { $0.hasPrefix("Nicht aufgeführt: \(unrated.count) Einzelleistungen") && $0.contains("--all") })
        // The summary still counts the whole catalogue.
        let summary = try #require(doc.sheets.first { $0.name == "Übersicht" }?.tables.first)
        #expect(summary.rows.last?[1] == .integer(f.rows.count))
    }
}
