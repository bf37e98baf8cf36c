import Foundation
import OZGDomain
import OZGFiles
import OZGSpreadsheet
import OZGTestSupport
import OZGWorkingSheet
import OZGWorkspace
import Testing

/// Columns a Pate adds (`Bemerkung Kreis Lippe`, `Ansprechpartner` in 03-umgestellt.xlsx) go into
/// the workspace with their cells and come back out on export, where ingest reads them again.
@Suite("Added columns through the workspace")
struct AddedColumnsTests {
    @Test func addedColumnsSurviveIngestExportIngest() throws {
        let catalog = try #require(WS.realCatalog)
        let dir = TemporaryDirectory()
        let sample = WS.samplesFolder.appendingPathComponent("03-umgestellt.xlsx").path
        let mapper = WorkingSheetMapper(catalog: catalog)

        let first = try Workspace.open(at: dir.path("ws1").path)
        _ = try first.importCatalog(catalog)
        let mapped = try mapper.map(reader: SpreadsheetFile.open(sample), file: sample, sha256: "a1", ingestedAt: "t")
        #expect(mapped.extraColumns.names == ["Bemerkung Kreis Lippe", "Ansprechpartner"])
        let expected = Set(mapped.extraColumns.values.map { "\($0.einzelleistung.key)|\($0.column)|\($0.text)" })
        #expect(expected.count >= 3)
        _ = try first.ingest(mapped.ingestBatch)

        let model = try first.snapshot()
        #expect(model.addedColumnNames == ["Bemerkung Kreis Lippe", "Ansprechpartner"])
        #expect(Set(model.addedColumns.map { "\($0.einzelleistung.key)|\($0.column)|\($0.text)" }) == expected)
        // Provenance down to the cell, e.g. Recht!J5.
        for a in model.addedColumns {
            #expect(a.provenance?.file == sample)
            #expect(a.provenance.map { CellReference($0.cell) != nil } == true, "\(String(describing: a.provenance))")
        }

        // Export as .xlsx and .ods, ingest into a fresh workspace: the same added cells.
        for ext in ["xlsx", "ods"] {
            let out = dir.path("gesamtliste.\(ext)").path
            try SpreadsheetFile.write(GesamtlisteExport.workbook(model: model), to: out)
            let again = try mapper.map(reader: SpreadsheetFile.open(out), file: out, sha256: "b-\(ext)", ingestedAt: "t")
            #expect(again.findings.filter { $0.severity == .error }.isEmpty)
            #expect(Set(again.extraColumns.values.map { "\($0.einzelleistung.key)|\($0.column)|\($0.text)" }) == expected)
            let second = try Workspace.open(at: dir.path("ws-\(ext)").path)
            _ = try second.importCatalog(catalog)
            _ = try second.ingest(again.ingestBatch)
            let back = try second.snapshot()
            #expect(back.addedColumnNames == model.addedColumnNames)
            #expect(back.addedColumns.map { [$0.einzelleistung.key, $0.column, $0.text] }
                == model.addedColumns.map { [$0.einzelleistung.key, $0.column, $0.text] })
            #expect(back.verdicts.map(\.relevanz) == model.verdicts.map(\.relevanz))
        }
    }

    @Test func modelJSONWithoutAddedColumnsStillDecodes() throws {
        var model = DomainModel(catalog: WS.smallCatalog)
        let plain = try JSONEncoder().encode(model)
        #expect(!String(decoding: plain, as: UTF8.self).contains("addedColumns"))
        #expect(try JSONDecoder().decode(DomainModel.self, from: plain) == model)
        let id = try #require(WS.smallCatalog.einzelleistungen.first?.id)
        model.addedColumns = [AddedColumnValue(einzelleistung: id, column: "Ansprechpartner", text: "Frau A.")]
        let with = try JSONEncoder().encode(model)
        let back = try JSONDecoder().decode(DomainModel.self, from: with)
        #expect(back.addedColumns == model.addedColumns)
        #expect(back != DomainModel(catalog: WS.smallCatalog))
    }
}
