import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import Testing

@Suite("Kommunen-Matrix")
struct KommunenMatrixReportTests {
    /// The fixture with three exceptions for Lübbecke (a Mittlere kreisangehörige Stadt).
    static func model() throws -> (ReportFixture, DomainModel, [Int: Relevanz]) {
        let f = try ReportFixture.make(perThema: 12)
        let mks = f.typeNames.firstIndex(of: "Mittlere kreisangehörige Stadt") ?? 0
        let relevant = f.truth.indices.first { f.truth[$0][mks] == .ja } ?? 0
        let nein = f.truth.indices.first { f.truth[$0][mks] == .nein } ?? 1
        let offen = f.truth.indices.first { f.truth[$0][mks] == .offen } ?? 2
        let overrides: [Int: Relevanz] = [relevant: .nein, nein: .ja, offen: .teilweise]
        var model = f.model
        model.exceptions = overrides.map { i, r in
            KommuneException(kommune: "Lübbecke", einzelleistung: model.catalog.einzelleistungen[i].id, relevanz: r, note: "Sonderfall")
        }
        return (f, model, overrides)
    }

    @Test("one document per council: the type decides, an exception overrides")
    func perKommune() throws {
        let (f, model, overrides) = try Self.model()
        #expect(overrides.count == 3)
        let reports = try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions())
        #expect(reports.map(\.kommune.name) == model.kommunen.map(\.name))
        #expect(reports.map(\.fileStem) == [
            "kommunen-matrix-Kreis-Lippe", "kommunen-matrix-Bad-Oeynhausen", "kommunen-matrix-Luebbecke",
            "kommunen-matrix-Huellhorst", "kommunen-matrix-Minden",
        ])
        for report in reports {
            let k = report.kommune
            let t = f.typeNames.firstIndex(of: k.kommunaltyp) ?? -1
            let verdicts: [Relevanz] = f.truth.indices.map { i in
                (k.name == "Lübbecke" ? overrides[i] : nil) ?? f.truth[i][t]
            }
            let expected = f.truth.indices.filter { verdicts[$0] == .ja || verdicts[$0] == .teilweise }
            #expect(report.document.sheets.map(\.name).prefix(2) == ["Hinweise", "Relevante Leistungen"])
            let table = try #require(report.document.sheets[1].tables.first)
            #expect(report.document.isSampleData)
            #expect(report.document.title.contains(k.name))
            #expect(table.rows.count == expected.count, "\(k.name)")
            for (row, i) in zip(table.rows, expected) {
                #expect(row[0] == .text(f.rows[i][0]))
                #expect(row[1] == .integer(Int(f.rows[i][2]) ?? -1))
                #expect(row[3] == .text(f.rows[i][4]))
                #expect(row[4] == .text(f.rows[i][5]))
                #expect(row[5] == .verdict(verdicts[i].rawValue))
                let isException = k.name == "Lübbecke" && overrides[i] != nil
                let hint = row[6].displayText
                #expect(hint.contains("Für Lübbecke eigens bewertet: Sonderfall") == isException)
                if verdicts[i] == .teilweise && !isException { #expect(hint.contains("Nur ein Teil der Leistung")) }
                if let pate = model.pate(for: f.rows[i][0]) { #expect(hint.contains(pate.name)) }
                #expect(row[7] == .empty)  // the council's reply
            }
            let open = verdicts.filter { $0 == .offen }.count
            let hinweise = report.document.sheets[0].tables[0].rows.map { $0[1].displayText }.joined(separator: " ")
            if open > 0 { #expect(hinweise.contains("Für \(open) von \(f.truth.count) Einzelleistungen")) }
        }
        // Lübbecke and Bad Oeynhausen share a type and differ exactly by the exceptions.
        let lue = reports[2].document.sheets[1].tables[0].rows.count
        let bo = reports[1].document.sheets[1].tables[0].rows.count
        #expect(lue == bo - 1 + 1 + 1)
    }

    @Test("one council by name, and an overview document of all")
    func filtersAndOverview() throws {
        let (_, model, _) = try Self.model()
        let one = try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions(kommune: "minden"))
        #expect(one.map(\.kommune.name) == ["Minden"])
        #expect(throws: ReportError.self) {
            try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions(kommune: "Bielefeld"))
        }
        let all = try KommunenMatrixReport().generate(model: model, options: ReportOptions())
        #expect(all.sheets.map(\.name) == ["Übersicht"] + model.kommunen.map(\.name))
        let per = try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions())
        let overview = all.sheets[0].tables[0]
        for (n, r) in per.enumerated() {
            #expect(overview.rows[n][4] == .integer(r.document.sheets[1].tables[0].rows.count))
        }
        #expect(overview.rows[2][5] == .integer(2))  // nein→ja and offen→teilweise; ja→nein leaves the list
    }
}

@Suite("Kommunen-Matrix files")
struct KommunenMatrixFilesTests {
    @Test("one file per council in a folder, safe names")
    func folder() throws {
        let (_, model, _) = try KommunenMatrixReportTests.model()
        let reports = try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions())
        let dir = TemporaryDirectory("report-kommunen")
        let out = dir.path("versand").path
        let written = try ReportRenderers.renderer(for: .html) { _ in throw ReportError.unsupportedFormat("x", supported: []) }
            .render(reports, into: out)
        #expect(written.count == model.kommunen.count)
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names.contains("kommunen-matrix-Luebbecke.html"))
        #expect(names.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-.".contains($0)) } })
        let html = try String(contentsOfFile: out + "/kommunen-matrix-Huellhorst.html", encoding: .utf8)
        #expect(html.contains("Hüllhorst") && html.contains("Beispieldaten"))
    }
}
