import Foundation
import OZGDomain
import OZGSpreadsheet
import OZGTestSupport
import OZGWorkingSheet
import Testing

/// The filled Paten sheets of `Samples/working-sheets` against `expected.json`.
@Suite("WorkingSheet samples")
struct WorkingSheetSampleTests {
    static let files = [
        "01-titelzeilen.xlsx", "02-zweizeilig.xlsx", "03-umgestellt.xlsx", "04-libreoffice.ods", "05-excel-export.csv",
        "06-fehler.xlsx",
    ]

    /// Checks a mapping result against the expectation of a sample.
    static func check(_ r: WorkingSheetResult, _ e: WS.Expected, file: String) {
        #expect(r.verdicts.count == e.verdicts, "\(file): verdicts")
        for (name, count) in e.byRelevanz {
            #expect(r.verdicts.filter { $0.relevanz.rawValue == name }.count == count, "\(file): \(name)")
        }
        #expect(r.vorhaben.count == e.vorhaben, "\(file): Vorhaben")
        #expect(r.extraColumns.names == e.extraColumns, "\(file): extra columns")
        let got = r.findings.map { "\($0.sheet)!\($0.cell) \($0.severity.rawValue)" }.sorted()
        #expect(got == e.findings, "\(file): findings \(r.findings.map(\.message))")
        // Every finding is a German sentence naming its cell.
        for f in r.findings where !f.cell.isEmpty {
            #expect(f.message.contains(f.cell), "\(f.message)")
        }
    }

    @Test(.requires("openpyxl", "python_calamine"), arguments: files)
    func sampleReadByOtherPrograms(file: String) throws {
        try ExternalTools.require("openpyxl", "python_calamine")
        let catalog = try #require(WS.realCatalog)
        let expected = try #require(try WS.expectedSamples()[file])
        let workbook = try WS.dumpWithPython(WS.samplesFolder.appendingPathComponent(file))
        let r = WorkingSheetMapper(catalog: catalog).map(workbook, file: file, sha256: "x", ingestedAt: "2026-01-01T00:00:00Z")
        Self.check(r, expected, file: file)
        #expect(r.verdicts.allSatisfy { $0.provenance?.file == file && $0.provenance?.sheet != nil })
    }

    @Test(.requires("openpyxl")) func titleRowsHeaderIsRow4() throws {
        try ExternalTools.require("openpyxl")
        let catalog = try #require(WS.realCatalog)
        let wb = try WS.dumpWithPython(WS.samplesFolder.appendingPathComponent("01-titelzeilen.xlsx"))
        let r = WorkingSheetMapper(catalog: catalog).map(wb, file: "01")
        #expect(r.sheets.first?.headerRows == 3...3)
        #expect(r.sheets.first?.dataRows == 30)
        #expect(r.annotations.count == 30)
    }

    @Test func samplesAreLabelledAsExampleData() throws {
        let text = try String(contentsOf: WS.samplesFolder.appendingPathComponent("expected.json"), encoding: .utf8)
        #expect(text.contains("Beispieldaten"))
    }
}
