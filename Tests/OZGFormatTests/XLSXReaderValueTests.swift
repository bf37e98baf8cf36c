import Foundation
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

@Suite("XLSXReader: values")
struct XLSXReaderValueTests {
    private func d(_ y: Int, _ m: Int, _ day: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: day) }

    @Test func sharedStringsWithRichTextAndPhoneticRuns() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("shared_strings_rich_text")
        #expect(sheet.name == "Tabelle1")
        #expect(sheet.value(row: 0, column: 0) == .text("plain"))
        #expect(sheet.value(row: 1, column: 0) == .text("bold and plain"))
        #expect(sheet.value(row: 2, column: 0) == .text("漢字"))
        #expect(sheet.value(row: 3, column: 0) == .text("a & b <c>"))
        #expect(sheet.value(row: 4, column: 0) == .text("line1\nline2"))
        #expect(sheet.value(row: 5, column: 0) == .empty)
        #expect(sheet.value(row: 6, column: 0) == .text("CR\rLF and _x0041_ and _xZZZZ_"), "Excel's _xHHHH_ escapes")
        #expect(sheet.rows.count == 6, "the row with an empty string is blank")
    }

    @Test func inlineStrings() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("inline_strings")
        #expect(sheet.rows.first?.cells.map(\.value) == [.text("inline"), .text("rich"), .text("  spaced  ")])
    }

    @Test func cellTypes() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("cell_types")
        let r0 = sheet.rows[0]
        #expect(r0.cells.map(\.value) == [.text("ab"), .boolean(true), .boolean(false), .boolean(true), .boolean(false)])
        #expect(r0.cells[0].formula == "\"a\"&\"b\"")
        let r1 = sheet.rows[1]
        #expect(r1.cells[0].value == .error("#DIV/0!"))
        #expect(r1.cells[0].formula == "1/0")
        #expect(r1.cells[1].value == .error("#N/A"))
        #expect(r1.cells[2].value == .date(d(2024, 2, 29)))
        #expect(r1.cells[3].value == .dateTime(LocalDateTime(date: d(2024, 2, 29), time: TimeOfDay(hour: 13, minute: 45, second: 30))))
        let r2 = sheet.rows[2]
        #expect(r2.cells.map(\.value) == [.number(42), .number(-0.0015), .number(0.1)])
    }

    @Test func cellsAndRowsWithoutReferences() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("no_r_attributes")
        #expect(sheet.rows.map(\.index) == [0, 1, 4, 5])
        #expect(sheet.value(row: 0, column: 0) == .text("a"))
        #expect(sheet.value(row: 0, column: 1) == .number(1))
        #expect(sheet.rows[1].cells.map(\.column) == [0, 3, 4])
        #expect(sheet.value(row: 1, column: 4) == .number(4))
        #expect(sheet.value(row: 5, column: 0) == .number(6))
    }

    @Test func datesFromNumberFormats() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("dates")
        let noon = TimeOfDay(hour: 12, minute: 0)
        #expect(sheet.value(row: 0, column: 0) == .date(d(2024, 2, 29)))
        #expect(sheet.value(row: 0, column: 1) == .dateTime(LocalDateTime(date: d(2024, 2, 29), time: noon)), "a date with a fraction")
        #expect(sheet.value(row: 0, column: 2) == .dateTime(LocalDateTime(date: d(2024, 2, 29), time: TimeOfDay(hour: 18, minute: 0))))
        #expect(sheet.value(row: 0, column: 3) == .time(noon))
        #expect(sheet.value(row: 0, column: 4) == .duration(129_600))
        #expect(sheet.value(row: 0, column: 5) == .date(d(2024, 2, 29)))
        #expect(sheet.rows[0].cells[5].format?.code == "DD.MM.YYYY")
        #expect(sheet.value(row: 0, column: 6) == .duration(194_400), "[h]:mm is elapsed time")
        #expect(sheet.value(row: 0, column: 7) == .date(d(2024, 2, 29)), "built-in id 27 (East Asian)")
        #expect(sheet.value(row: 0, column: 8) == .number(0.125))
        #expect(sheet.rows[0].cells[8].format?.code == "0.00%")
        #expect(sheet.value(row: 0, column: 9) == .date(d(2024, 2, 29)), "built-in id 57")
        #expect(sheet.value(row: 0, column: 10) == .number(1234))
        #expect(sheet.rows[0].cells[10].format?.code == "#,##0")
    }

    @Test func excelLeapYearBug() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("dates")
        #expect(sheet.value(row: 1, column: 0) == .date(d(1900, 2, 28)))
        #expect(sheet.value(row: 1, column: 1) == .date(d(1900, 2, 28)), "the phantom 1900-02-29")
        #expect(sheet.value(row: 1, column: 2) == .date(d(1900, 3, 1)))
        #expect(sheet.value(row: 1, column: 3) == .date(d(1900, 1, 1)))
        #expect(sheet.value(row: 1, column: 4) == .time(TimeOfDay(seconds: 86_399.914)))
    }

    @Test func date1904System() throws {
        let (reader, sheet) = try XLSXReaderFixtures.firstSheet("date1904")
        #expect(reader.properties.dateSystem == .excel1904)
        #expect(sheet.value(row: 0, column: 0) == .date(d(1904, 1, 1)))
        #expect(sheet.value(row: 0, column: 1) == .date(d(2024, 6, 19)))
    }

    @Test func date1904InAnExtensionIsNotTheFlag() throws {
        let (reader, sheet) = try XLSXReaderFixtures.firstSheet("date1904_only_in_extension")
        #expect(reader.properties.dateSystem == .excel1900)
        #expect(sheet.value(row: 0, column: 0) == .date(d(2020, 6, 18)))
    }

    @Test func missingSharedStringsAndStyles() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("missing_shared_strings_and_styles")
        #expect(sheet.rows[0].cells.map(\.value) == [.text("x"), .number(7)])
        #expect(sheet.rows[0].cells[1].format == nil)
    }

    @Test func formulas() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("formulas")
        func cell(_ a1: String) -> Cell? {
            guard let r = CellReference(a1) else { return nil }
            return sheet.rows.first { $0.index == r.row }?[column: r.column]
        }
        #expect(cell("B1")?.formula == "A1*2+$A$1")
        #expect(cell("B1")?.value == .number(3))
        #expect(cell("B2")?.formula == "A2*2+$A$1", "shared formula moved down one row")
        #expect(cell("B3")?.formula == "A3*2+$A$1")
        #expect(cell("B3")?.value == .number(7))
        #expect(cell("C1")?.formula == "SUM(A1:A3)")
        #expect(cell("C2")?.formula == "SUM(A:A)")
        #expect(cell("D2")?.formula == nil, "whole-column references are not moved")
        #expect(cell("D2")?.value == .number(6))
        #expect(cell("C3")?.formula == "SUM(A1:A3*2)")
    }

    @Test func farAwaySingleCell() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("far_cell")
        #expect(sheet.rows.count == 1)
        #expect(sheet.rows[0].index == 1_048_575)
        #expect(sheet.rows[0].cells.map(\.column) == [16_383])
        #expect(sheet.usedRange?.a1 == "XFD1048576")
    }

    @Test func wrongDimensionIsIgnored() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("wrong_dimension")
        #expect(sheet.value(at: CellReference("D10")!) == .number(1))
    }

    @Test func cellStylesAndRowHeights() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("cell_styles")
        let r0 = sheet.rows[0]
        #expect(r0.height == 30)
        let header = r0.cells[0].style
        #expect(header?.bold == true)
        #expect(header?.fillColor == RGBColor(0xFFFF00))
        #expect(header?.wrapText == true)
        #expect(header?.horizontal == .center)
        #expect(header?.vertical == .top)
        #expect(header?.border == true)
        let input = r0.cells[1].style
        #expect(input?.italic == true)
        #expect(input?.fontColor == RGBColor(0xFF0000))
        #expect(input?.locked == false)
        #expect(r0.cells[2].style == nil, "b val=0 is not bold")
        #expect(r0.cells.count == 4, "an empty styled cell is kept, an empty date-formatted one is not")
        #expect(r0.cells[3].value == .empty)
        #expect(sheet.rows[1].hidden)
        #expect(sheet.rows[2].height == nil, "customHeight=0")
    }
}

@Suite("XLSXReader: packages")
struct XLSXReaderPackageTests {
    @Test func absoluteTargets() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("absolute_targets")
        #expect(sheet.value(row: 0, column: 0) == .number(1))
        #expect(sheet.value(row: 1, column: 0) == .text("absolut"))
    }

    @Test func workbookFoundThroughPackageRelationships() throws {
        let (reader, sheet) = try XLSXReaderFixtures.firstSheet("workbook_elsewhere")
        #expect(reader.sheets.map(\.name) == ["Daten"])
        #expect(sheet.value(row: 0, column: 0) == .number(1))
    }

    @Test func anyNamespacePrefix() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("any_prefix")
        #expect(sheet.rows[0].cells.map(\.value) == [.text("prefixed"), .number(2)])
    }

    @Test func strictOOXML() throws {
        let (reader, sheet) = try XLSXReaderFixtures.firstSheet("strict_namespaces")
        #expect(reader.sheets.map(\.name) == ["Strict"])
        #expect(sheet.rows[0].cells.map(\.value) == [.text("streng"), .date(CalendarDate(year: 2024, month: 2, day: 29))])
    }

    @Test func macroEnabledWorkbook() throws {
        let (_, sheet) = try XLSXReaderFixtures.firstSheet("macro_workbook")
        #expect(sheet.value(row: 0, column: 0) == .number(1))
    }

    @Test func hiddenAndVeryHiddenSheets() throws {
        let (reader, _) = try XLSXReaderFixtures.firstSheet("hidden_sheets")
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
        #expect(try reader.sheetIndex(named: "Sehr versteckt") == 2)
        #expect(try reader.readSheet(2).value(row: 0, column: 0) == .number(1))
    }

    @Test func documentProperties() throws {
        let (reader, _) = try XLSXReaderFixtures.firstSheet("properties")
        let p = reader.properties
        #expect(p.title == "OZG Umsetzung")
        #expect(p.author == "Pate Müller")
        #expect(p.application == "Microsoft Excel")
        #expect(p.company == "KRZ")
        #expect(p.created?.iso == "2023-04-05T06:07:08")
        #expect(p.modified?.iso == "2024-01-02T03:04:05")
    }
}
