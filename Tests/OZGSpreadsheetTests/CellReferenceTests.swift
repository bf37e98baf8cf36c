import OZGSpreadsheet
import Testing

@Suite("Cell references")
struct CellReferenceTests {
    @Test("A1 round trip", arguments: [("A1", 0, 0), ("Z9", 8, 25), ("AA10", 9, 26), ("XFD1048576", 1_048_575, 16_383), ("$B$7", 6, 1), ("h17", 16, 7)])
    func parse(text: String, row: Int, column: Int) throws {
        let ref = try #require(CellReference(text))
        #expect(ref.row == row)
        #expect(ref.column == column)
        #expect(CellReference(ref.a1) == ref)
    }

    @Test("rejects", arguments: ["", "A", "1", "A0", "XFE1", "A1048577", "A1B", "ÄA1", "AAAA1"])
    func rejects(text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test func columnNames() {
        for i in [0, 25, 26, 51, 52, 701, 702, 16_383] {
            #expect(CellReference.columnIndex(CellReference.columnName(i)) == i)
        }
        #expect(CellReference.columnName(27) == "AB")
    }

    @Test func ranges() throws {
        let r = try #require(CellRange("C3:A1"))
        #expect(r.a1 == "A1:C3")
        #expect(r.rowCount == 3 && r.columnCount == 3)
        #expect(r.contains(CellReference(row: 1, column: 1)))
        #expect(!r.contains(CellReference(row: 3, column: 0)))
        #expect(CellRange("B2")?.a1 == "B2")
    }

    @Test func usedRange() {
        let sheet = Sheet(
            name: "T",
            rows: [
                Row(index: 2, cells: [Cell(column: 3, value: .number(1))]),
                Row(index: 5, cells: [Cell(column: 1, value: .text("x")), Cell(column: 4, value: .empty)]),
            ])
        #expect(sheet.usedRange?.a1 == "B3:D6")
        #expect(sheet.value(row: 5, column: 1) == .text("x"))
        #expect(sheet.value(row: 4, column: 1) == .empty)
    }

    @Test func colors() {
        #expect(RGBColor(hex: "FF00B050")?.hex == "#00B050")
        #expect(RGBColor(hex: "#d9e1f2")?.rgb == 0xD9E1F2)
        #expect(RGBColor(hex: "xyz") == nil)
    }
}
