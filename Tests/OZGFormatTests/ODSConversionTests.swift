import Foundation
import OZGODS
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// xlsx → ods → xlsx and ods → xlsx → ods through the OZGKit readers and writers.
@Suite struct ODSConversionTests {
    func copy(_ reader: any SpreadsheetReader, to writer: any SpreadsheetWriter) throws {
        try writer.write(try reader.readWorkbook())
    }

    func compare(_ a: Workbook, _ b: Workbook, _ label: String) {
        #expect(a.sheets.map(\.name) == b.sheets.map(\.name), "\(label)")
        #expect(a.sheets.map(\.info.visibility) == b.sheets.map(\.info.visibility), "\(label)")
        for (sa, sb) in zip(a.sheets, b.sheets) {
            #expect(sa.layout.merges == sb.layout.merges, "\(label) \(sa.name)")
            // Both sides: a cell that appears only in `b` is a difference too.
            for (from, to) in [(sa, sb), (sb, sa)] {
                for row in from.rows {
                    for cell in row.cells where !cell.value.isEmpty {
                        let other = to.value(row: row.index, column: cell.column)
                        #expect(other == cell.value, "\(label) \(from.name)!\(CellReference(row: row.index, column: cell.column).a1)")
                    }
                }
            }
        }
    }

    @Test func xlsxToOdsToXlsx() throws {
        let dir = TemporaryDirectory("ods-conv")
        let source = ODSSample.workbook()
        let x1 = dir.path("a.xlsx"), o = dir.path("b.ods"), x2 = dir.path("c.xlsx")
        try XLSXWriter(path: x1.path).write(source)
        // XML 1.0 cannot hold control characters: ODS drops them (ODSWriter's documented
        // behaviour), XLSX keeps them as _xHHHH_. Compare what ODS can hold.
        let first = Self.withoutControlCharacters(try XLSXReader(path: x1.path).readWorkbook())
        try ODSWriter(path: o.path).write(first)
        let middle = try ODSReader(path: o.path).readWorkbook()
        compare(first, middle, "xlsx→ods")
        try XLSXWriter(path: x2.path).write(middle)
        let last = try XLSXReader(path: x2.path).readWorkbook()
        compare(first, last, "xlsx→ods→xlsx")
    }

    static func withoutControlCharacters(_ wb: Workbook) -> Workbook {
        var wb = wb
        for s in wb.sheets.indices {
            for r in wb.sheets[s].rows.indices {
                for c in wb.sheets[s].rows[r].cells.indices {
                    if case .text(let t) = wb.sheets[s].rows[r].cells[c].value {
                        let kept = t.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" }
                        wb.sheets[s].rows[r].cells[c].value = .text(String(String.UnicodeScalarView(kept)))
                    }
                }
            }
        }
        return wb
    }

    @Test func odsToXlsxToOds() throws {
        let dir = TemporaryDirectory("ods-conv2")
        let o1 = dir.path("a.ods"), x = dir.path("b.xlsx"), o2 = dir.path("c.ods")
        try ODSSample.write(to: o1)
        let first = try ODSReader(path: o1.path).readWorkbook()
        try XLSXWriter(path: x.path).write(first)
        let middle = try XLSXReader(path: x.path).readWorkbook()
        try ODSWriter(path: o2.path).write(middle)
        let last = try ODSReader(path: o2.path).readWorkbook()
        compare(first, last, "ods→xlsx→ods")
    }
}

@Suite struct ODSFormulaTests {
    @Test func bothDirections() {
        #expect(ODSFormula.openFormula(fromExcel: "SUM(A1:B2,C3)") == "of:=SUM([.A1:.B2];[.C3])")
        #expect(ODSFormula.openFormula(fromExcel: "'Mein Blatt'!$A$1*2") == "of:=[$'Mein Blatt'.$A$1]*2")
        #expect(ODSFormula.openFormula(fromExcel: "IF(A1>0,\"ja, gern\",\"nein\")") == "of:=IF([.A1]>0;\"ja, gern\";\"nein\")")
        #expect(ODSFormula.openFormula(fromExcel: "SUM(A:A)") == nil)
        #expect(ODSFormula.openFormula(fromExcel: "Tabelle1[Spalte]") == nil)
        #expect(ODSFormula.excel(fromOpenFormula: "of:=SUM([.A1:.B2];[.C3])") == "SUM(A1:B2,C3)")
        #expect(ODSFormula.excel(fromOpenFormula: "of:=[$'Mein Blatt'.$A$1]*2") == "'Mein Blatt'!$A$1*2")
        #expect(ODSFormula.excel(fromOpenFormula: "of:=[$Daten.A1:.B2]") == "Daten!A1:B2")
        #expect(ODSFormula.excel(fromOpenFormula: "of:=IF([.A1];\"a;b\";FALSE())") == "IF(A1,\"a;b\",FALSE)")
    }
}
