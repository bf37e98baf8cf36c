import Foundation
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// Failed writes throw a `SpreadsheetError` naming sheet and cell and never leave a file behind.
@Suite("XLSXWriter failures")
struct XLSXWriterFailureTests {
    /// The folder holds nothing (no destination, no temporary file).
    private func expectEmpty(_ dir: TemporaryDirectory) throws {
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test("a cell beyond XFD is an error and nothing is written", arguments: [false, true])
    func beyondXFD(constantMemory: Bool) throws {
        let dir = TemporaryDirectory("xlsx-fail")
        let url = dir.path("out.xlsx")
        let writer = try XLSXWriter(path: url.path, options: WriteOptions(constantMemory: constantMemory))
        let book = Workbook(sheets: [Sheet(name: "Daten", rows: [
            Row(index: 0, cells: [Cell(column: 0, value: .text("ok"))]),
            Row(index: 1, cells: [Cell(column: 16_384, value: .number(1))]),
        ])])
        #expect {
            try writer.write(book)
        } throws: { error in
            guard case SpreadsheetError.invalidValue(_, let sheet, _, let reason) = error else { return false }
            return sheet == "Daten" && reason.contains("16,384")
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        try expectEmpty(dir)
    }

    @Test("a duplicate sheet name (ignoring case) is an error naming the sheet")
    func duplicateSheet() throws {
        let dir = TemporaryDirectory("xlsx-fail")
        let url = dir.path("out.xlsx")
        let writer = try XLSXWriter(path: url.path)
        let book = Workbook(sheets: [Sheet(name: "Übersicht"), Sheet(name: "übersicht")])
        #expect {
            try writer.write(book)
        } throws: { error in
            guard case SpreadsheetError.invalidValue(_, let sheet, _, let reason) = error else { return false }
            return sheet == "übersicht" && reason.contains("Übersicht")
        }
        try expectEmpty(dir)
    }

    @Test("bad sheet names", arguments: ["", "a/b", "Tabelle[1]", String(repeating: "x", count: 32), "'quoted'", "History"])
    func badSheetNames(name: String) throws {
        #expect(ExcelSheetName.problem(with: name) != nil)
        let fixed = ExcelSheetName.sanitize(name)
        #expect(ExcelSheetName.problem(with: fixed) == nil, "\(fixed)")
    }

    @Test("sanitised names stay unique")
    func sanitizeUnique() {
        let taken = ["Daten", String(repeating: "y", count: 31)]
        #expect(ExcelSheetName.sanitize("daten", existing: taken) == "daten (2)")
        let long = ExcelSheetName.sanitize(String(repeating: "y", count: 40), existing: taken)
        #expect(long.utf16.count == 31 && long.hasSuffix(" (2)"))
    }

    @Test("rows going backwards are an error, not a crash", arguments: [false, true])
    func backwards(constantMemory: Bool) throws {
        let dir = TemporaryDirectory("xlsx-fail")
        let writer = try XLSXWriter(path: dir.path("out.xlsx").path, options: WriteOptions(constantMemory: constantMemory))
        try writer.beginSheet(SheetInfo(name: "Daten"), layout: .empty)
        try writer.write(Row(index: 5, cells: [Cell(column: 0, value: .number(1))]))
        #expect(throws: SpreadsheetError.self) { try writer.write(Row(index: 2, cells: [Cell(column: 0, value: .number(1))])) }
        #expect(throws: SpreadsheetError.self) { try writer.write(Row(index: -1, cells: [])) }
        #expect(throws: SpreadsheetError.self) { try writer.write(Row(index: 6, cells: [Cell(column: -3, value: .number(1))])) }
        writer.discard()
        try expectEmpty(dir)
    }

    @Test("text over 32,767 characters is an error naming the cell")
    func tooLong() throws {
        let dir = TemporaryDirectory("xlsx-fail")
        let writer = try XLSXWriter(path: dir.path("out.xlsx").path)
        try writer.beginSheet(SheetInfo(name: "Daten"), layout: .empty)
        let text = String(repeating: "ä", count: 32_768)
        #expect {
            try writer.write(Row(index: 1, cells: [Cell(column: 2, value: .text(text))]))
        } throws: { error in
            guard case SpreadsheetError.invalidValue(_, "Daten", "C2", let reason) = error else { return false }
            return reason.contains("32,767")
        }
        // Exactly at the limit is fine.
        try writer.write(Row(index: 2, cells: [Cell(column: 2, value: .text(String(repeating: "ä", count: 32_767)))]))
        writer.discard()
        try expectEmpty(dir)
    }

    @Test("workbook_close failing throws and leaves no file")
    func closeFails() throws {
        let dir = TemporaryDirectory("xlsx-fail")
        let sub = dir.path("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let writer = try XLSXWriter(path: sub.appendingPathComponent("out.xlsx").path)
        try writer.write(Sheet(name: "Daten", rows: [Row(index: 0, cells: [Cell(column: 0, value: .number(1))])]))
        try FileManager.default.removeItem(at: sub)
        #expect(throws: SpreadsheetError.self) { try writer.close() }
        try expectEmpty(dir)
    }

    @Test("an existing destination stays untouched when writing fails")
    func keepsOldFile() throws {
        let dir = TemporaryDirectory("xlsx-fail")
        let url = dir.path("out.xlsx")
        try Data("old".utf8).write(to: url)
        let writer = try XLSXWriter(path: url.path)
        #expect(throws: SpreadsheetError.self) {
            try writer.write(Workbook(sheets: [Sheet(name: "a:b")]))
        }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["out.xlsx"])
    }
}
