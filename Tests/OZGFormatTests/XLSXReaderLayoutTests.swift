import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

@Suite("XLSXReader: layout")
struct XLSXReaderLayoutTests {
    @Test func layoutOfASheet() throws {
        let (reader, sheet) = try XLSXReaderFixtures.firstSheet("layout")
        let l = sheet.layout
        #expect(l.columnWidths[0] == 30.5)
        #expect(l.columnWidths[1] == 12 && l.columnWidths[2] == 12)
        #expect(l.columnWidths[3] == 9 && l.columnWidths[9] == 9)
        #expect(l.columnWidths[10] == nil, "a range up to XFD sets no widths")
        #expect(l.hiddenColumns == Set([1, 2]).union(10..<16_384), "but it hides its columns")
        #expect(l.frozen == FrozenPane(rows: 2, columns: 1))
        #expect(l.merges.map(\.a1) == ["A1:C1", "D5:E6"])
        #expect(l.autoFilter?.a1 == "A2:C20")
        #expect(l.isProtected)
        #expect(l.validations.count == 4)
        #expect(l.validations[3] == ListValidation(range: CellRange("F3:F9")!, values: [], source: "Listen!$B$1:$B$3"), "x14 list in extLst")
        #expect(l.validations[0].range.a1 == "B3:B20")
        #expect(l.validations[0].values == ["ja", "nein", "teilweise"])
        #expect(l.validations[0].allowBlank && l.validations[0].strict)
        #expect(l.validations[1].range.a1 == "D3")
        #expect(l.validations[2].source == "Listen!$A$1:$A$4")
        #expect(l.validations[2].values.isEmpty)
        #expect(!l.validations[2].strict, "errorStyle=warning")
        #expect(l.hyperlinks.count == 2)
        #expect(l.hyperlinks[0] == Hyperlink(cell: CellReference("A3")!, target: "https://example.org/ozg?a=1&b=2", tooltip: "Portal"))
        #expect(l.hyperlinks[1].target == "#Sheet2!A1")
        #expect(try reader.layout(ofSheet: 1) == SheetLayout())
    }

    @Test func layoutOfOtherFixturesIsEmpty() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("formulas")
        #expect(sheet.layout == SheetLayout())
    }
}

@Suite("XLSXReader: damaged and hostile files")
struct XLSXReaderErrorTests {
    @Test(.requires("python3")) func recognisesWhatTheFileIs() throws {
        try ExternalTools.require("python3")
        #expect(try XLSXReaderFixtures.error("legacy_xls").map { if case .legacyExcel = $0 { true } else { false } } == true)
        #expect(try XLSXReaderFixtures.error("encrypted").map { if case .encrypted = $0 { true } else { false } } == true)
        if case .notASpreadsheet(_, let detected)? = try XLSXReaderFixtures.error("not_a_zip") {
            #expect(detected == "not a zip archive")
        } else {
            Issue.record("a CSV is not a spreadsheet for the XLSX reader")
        }
        if case .notASpreadsheet(_, let detected)? = try XLSXReaderFixtures.error("ods_renamed") {
            #expect(detected.contains("OpenDocument spreadsheet"))
        } else {
            Issue.record("an .ods renamed to .xlsx")
        }
        if case .notASpreadsheet(_, let detected)? = try XLSXReaderFixtures.error("zip_without_workbook") {
            #expect(detected == "zip archive without a workbook")
        } else {
            Issue.record("a zip without a workbook")
        }
        #expect(throws: SpreadsheetError.fileNotFound(path: "/nonexistent/x.xlsx")) {
            _ = try XLSXReader(path: "/nonexistent/x.xlsx")
        }
    }

    @Test(.requires("python3")) func damagedArchives() throws {
        try ExternalTools.require("python3")
        if case .corrupt(_, _, let reason)? = try XLSXReaderFixtures.error("truncated") {
            #expect(reason.contains("truncated"))
        } else {
            Issue.record("a truncated archive")
        }
        if case .corrupt(_, let part, let reason)? = try XLSXReaderFixtures.error("bad_crc") {
            #expect(part == "xl/worksheets/sheet1.xml")
            #expect(reason.contains("CRC"))
        } else {
            Issue.record("a bad CRC")
        }
        if case .corrupt(_, _, let reason)? = try XLSXReaderFixtures.error("bad_shared_string_index") {
            #expect(reason.contains("A1: shared string index 5 out of range"))
        } else {
            Issue.record("a shared string index out of range")
        }
    }

    @Test(.requires("python3")) func malformedXMLNamesThePart() throws {
        try ExternalTools.require("python3")
        if case .malformedXML(_, let part, let offset, let reason)? = try XLSXReaderFixtures.error("malformed_sheet") {
            #expect(part == "xl/worksheets/sheet1.xml")
            #expect(reason.contains("mismatched end tag"))
            #expect(offset > 100)
        } else {
            Issue.record("malformed XML")
        }
        if case .malformedXML(_, _, _, let reason)? = try XLSXReaderFixtures.error("doctype_sheet") {
            #expect(reason.contains("DOCTYPE"))
        } else {
            Issue.record("a DOCTYPE")
        }
    }

    @Test(.requires("python3")) func limits() throws {
        try ExternalTools.require("python3")
        var ratio = ReadLimits()
        ratio.ratioThreshold = 1 << 20
        ratio.maxCompressionRatio = 50
        if case .limitExceeded(_, let part, let limit, _, _)? = try XLSXReaderFixtures.error("zip_bomb", limits: ratio) {
            #expect(part == "xl/worksheets/sheet1.xml")
            #expect(limit == "compression ratio")
        } else {
            Issue.record("compression ratio not enforced")
        }
        var size = ReadLimits()
        size.maxEntrySize = 1 << 20
        if case .limitExceeded(_, _, let limit, _, _)? = try XLSXReaderFixtures.error("zip_bomb", limits: size) {
            #expect(limit == "inflated size of a part")
        } else {
            Issue.record("entry size not enforced")
        }
        var cells = ReadLimits()
        cells.maxCells = 999
        if case .limitExceeded(_, let part, let limit, _, let maximum)? = try XLSXReaderFixtures.error("many_cells", limits: cells) {
            #expect(part == "xl/worksheets/sheet1.xml")
            #expect(limit == "number of cells in a sheet")
            #expect(maximum == "999")
        } else {
            Issue.record("cell limit not enforced")
        }
        cells.maxCells = 1000
        #expect(try XLSXReaderFixtures.error("many_cells", limits: cells) == nil)
    }
}
