import Foundation
import OZGFiles
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// Every writer hands its finished file to an ``AtomicBatch`` (the council packs of a fan-out are
/// moved into place together): nothing at the destination before the batch commits, then the
/// whole file.
@Suite("Writers commit into a batch")
struct WriterBatchTests {
    @Test("a writer's file waits for the batch, then reads back whole", arguments: ["xlsx", "ods", "csv"])
    func waitsForBatch(format: String) throws {
        let dir = TemporaryDirectory()
        let path = dir.path("pack.\(format)").path
        try Data("alt".utf8).write(to: URL(fileURLWithPath: path))
        let batch = AtomicBatch()
        let writer = try SpreadsheetFile.create(path)
        let sheet = Sheet(name: "Umsetzungsstand", rows: [
            Row(index: 0, cells: [Cell(column: 0, value: .text("Kommune")), Cell(column: 1, value: .text("online"))]),
            Row(index: 1, cells: [Cell(column: 0, value: .text("Lemgo")), Cell(column: 1, value: .number(12))]),
        ])
        try writer.write(Workbook(sheets: [sheet]), committingInto: batch)
        #expect(batch.count == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "alt")
        try batch.commit()
        let back = try SpreadsheetFile.read(path)
        #expect(back.sheets.first?.rows.map { $0.cells.map(\.value.plainText) } == [["Kommune", "online"], ["Lemgo", "12"]])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["pack.\(format)"])
    }
}
