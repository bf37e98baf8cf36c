import Foundation
import OZGODS
import OZGSpreadsheet
import OZGTestSupport
import Testing

@Suite struct ODSReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ods")

    func fixture(_ name: String) -> String { ODSReaderTests.fixtures.appendingPathComponent(name).path }

    @Test func oddCasesFromTheHandMadeFixture() throws {
        let r = try ODSReader(path: fixture("odd.ods"))
        #expect(r.sheets == [SheetInfo(name: "Werte"), SheetInfo(name: "Versteckt", visibility: .hidden)])
        #expect(r.properties.application?.hasPrefix("LibreOffice/7.4") == true)
        #expect(r.properties.title == "Ungewöhnlich")
        #expect(r.properties.author == "OZG-AG")
        #expect(r.properties.created?.iso == "2024-03-01T10:00:00")
        let sheet = try r.readSheet(0)
        func v(_ a1: String) -> CellValue { sheet.value(at: CellReference(a1) ?? CellReference(row: 0, column: 0)) }
        func cell(_ a1: String) -> Cell? {
            guard let ref = CellReference(a1) else { return nil }
            return sheet.rows.first { $0.index == ref.row }?[column: ref.column]
        }
        #expect(v("A1") == .text("Zahl"))
        #expect(cell("B1")?.style?.bold == true)
        #expect(cell("B1")?.style?.fillColor == RGBColor(0xFFFF00))
        #expect(v("A2") == .number(1.5))
        #expect(v("B2") == .number(0.125))
        #expect(cell("B2")?.format?.kind == .percent)
        #expect(cell("B2")?.format?.code == "0.00%")
        #expect(v("C2") == .number(1234.5))
        #expect(cell("C2")?.format?.kind == .currency)
        #expect(v("D2") == .date(CalendarDate(year: 2024, month: 2, day: 29)))
        #expect(cell("D2")?.format == .germanDate)
        #expect(v("E2") == .dateTime(LocalDateTime(date: CalendarDate(year: 2024, month: 2, day: 29), time: TimeOfDay(hour: 13, minute: 45, second: 30))))
        #expect(cell("E2")?.format?.kind == .dateTime)
        #expect(v("F2") == .time(TimeOfDay(hour: 13, minute: 45)))
        let seconds: Double = 1_042_374 * 3600 + 9 * 60 + 57
        #expect(v("G2") == .duration(seconds))
        #expect(cell("G2")?.format?.kind == .duration)
        #expect(v("H2") == .boolean(true))
        #expect(v("I2") == .text("Text"))
        #expect(v("J2") == .text("ohne Typ"))
        #expect(v("A3") == .text("Zeile 1\nZeile 2"))
        #expect(v("B3") == .text("a b   c\td\ne"))
        #expect(v("C3") == .text("fett und normal"))
        #expect(v("D3") == .text("Link"))
        #expect(v("E3") == .number(7), "the annotation is not part of the value")
        #expect(v("F3") == .number(1236))
        #expect(cell("F3")?.formula == "of:=SUM([.A2];[.C2])")
        #expect(v("G3") == .number(-1_234_567.891))
        #expect(cell("G3")?.format?.code == "#,##0.00")
        // Spans: the covered cells keep their columns.
        #expect(v("A4") == .text("Verbunden"))
        #expect(v("C4") == .text("rechts daneben"))
        #expect(v("C5") == .number(3))
        #expect(v("B4") == .empty)
        // Real repeats expanded, trailing padding not.
        for a1 in ["A6", "B6", "C6", "A7", "B7", "C7"] { #expect(v(a1) == .text("x"), "\(a1)") }
        #expect(sheet.rows.map(\.index) == [0, 1, 2, 3, 4, 5, 6])
        #expect(sheet.rows.last?.cells.count == 3)
        let layout = sheet.layout
        #expect(layout.merges == [CellRange("A4:B5")!])
        #expect(layout.columnWidths[0] == 10)
        #expect(layout.columnWidths[1] == 10)
        #expect(layout.columnWidths[2].map { abs($0 - 10.29) < 0.01 } == true, "1in")
        #expect(layout.columnWidths[3] == nil, "the padding run is no width")
        #expect(layout.frozen == FrozenPane(rows: 1, columns: 1))
        #expect(layout.autoFilter == CellRange("A1:J3"))
        #expect(layout.validations.count == 1)
        #expect(layout.validations.first?.values == ["ja", "nein"])
        #expect(layout.validations.first?.range == CellRange("H2:H2"))
        #expect(layout.hyperlinks == [Hyperlink(cell: CellReference(row: 2, column: 3), target: "https://www.ozg.example/leistung")])
        let hidden = try r.readSheet(1)
        #expect(hidden.value(row: 0, column: 0) == .text("geheim"))
    }

    @Test func encryptedRenamedAndBombsAreRefused() throws {
        #expect(throws: SpreadsheetError.encrypted(path: fixture("encrypted.ods"))) { try ODSReader(path: fixture("encrypted.ods")) }
        do {
            _ = try ODSReader(path: fixture("text.ods"))
            Issue.record("an .odt renamed to .ods was read")
        } catch let SpreadsheetError.notASpreadsheet(_, detected) {
            #expect(detected == "OpenDocument text document")
        }
        let r = try ODSReader(path: fixture("repeated.ods"))
        do {
            let stream = try r.rows(ofSheet: 0)
            while try stream.next() != nil {}
            Issue.record("16384 × 100000 repeated cells were expanded")
        } catch let SpreadsheetError.limitExceeded(_, part, limit, _, _) {
            #expect(part == "content.xml")
            #expect(limit.contains("cells"))
        }
        let small = try ODSReader(path: fixture("repeated.ods"), limits: ReadLimits(maxCells: 1000))
        #expect(throws: SpreadsheetError.self) { _ = try small.readSheet(0) }
        #expect(throws: SpreadsheetError.self) { try ODSReader(path: fixture("nicht-da.ods")) }
    }

    @Test func roundTripKeepsEverything() throws {
        let dir = TemporaryDirectory("ods-rt")
        let url = dir.path("rt.ods")
        try ODSSample.write(to: url)
        let original = ODSSample.workbook()
        let r = try ODSReader(path: url.path)
        #expect(r.sheets.map(\.name) == original.sheets.map(\.name))
        #expect(r.sheets.map(\.visibility) == original.sheets.map(\.info.visibility))
        #expect(r.properties.application == "OZGKit")
        #expect(r.properties.title == "Testmappe")
        let back = try r.readWorkbook()
        for (a, b) in zip(original.sheets, back.sheets) {
            for row in a.rows {
                for c in row.cells {
                    var expected = c.value
                    if case .text(let s) = expected { expected = .text(s.filter { $0 != "\u{01}" && $0 != "\u{0B}" }) }
                    #expect(b.value(row: row.index, column: c.column) == expected, "\(a.name)!\(CellReference(row: row.index, column: c.column).a1)")
                    let got = b.rows.first { $0.index == row.index }?[column: c.column]
                    if let f = c.format { #expect(got?.format?.kind == f.kind, "\(a.name) \(row.index) \(c.column) \(f.code)") }
                    if c.formula != nil { #expect(got?.formula?.hasPrefix("of:=") == true) }
                    if let s = c.style { #expect(got?.style?.bold == s.bold) }
                }
            }
            #expect(b.layout.merges == a.layout.merges, "\(a.name)")
            #expect(b.layout.frozen == a.layout.frozen, "\(a.name)")
            #expect(b.layout.autoFilter == a.layout.autoFilter, "\(a.name)")
            #expect(b.layout.hiddenColumns == a.layout.hiddenColumns, "\(a.name)")
            #expect(b.layout.isProtected == a.layout.isProtected, "\(a.name)")
            #expect(b.layout.validations.map(\.values) == a.layout.validations.map(\.values), "\(a.name)")
            #expect(b.layout.validations.map(\.range) == a.layout.validations.map(\.range), "\(a.name)")
            for (col, w) in a.layout.columnWidths { #expect(b.layout.columnWidths[col].map { abs($0 - w) < 0.05 } == true, "width \(col)") }
        }
        let first = back.sheets[0]
        #expect(first.rows.first { $0.index == 1 }?[column: 4]?.format == .germanDate)
        #expect(first.rows.first { $0.index == 1 }?[column: 2]?.format == .percent2)
        // ODS → ODS again keeps the values.
        let url2 = dir.path("rt2.ods")
        let w = try ODSWriter(path: url2.path)
        try w.write(back)
        let again = try ODSReader(path: url2.path).readWorkbook()
        #expect(again.sheets.map(\.rows) == back.sheets.map(\.rows))
        #expect(again.sheets.map(\.layout.merges) == back.sheets.map(\.layout.merges))
    }

    @Test(.requires("soffice", "openpyxl")) func libreOfficeFileWithRowsRepeatedToTheEnd() throws {
        try ExternalTools.require("soffice", "openpyxl")
        let dir = TemporaryDirectory("ods-lo-read")
        let xlsx = dir.path("quelle.xlsx")
        try ExternalTools.python(script: "ods_lo_source.py", [xlsx.path])
        let ods = try ExternalTools.sofficeConvert(xlsx, to: "ods", outputDirectory: dir.path("out"))
        let content = try ExternalTools.check(["unzip", "-p", ods.path, "content.xml"]).text
        #expect(content.contains("table:number-rows-repeated=\"10485"), "LibreOffice pads the formatted column to the end")
        let r = try ODSReader(path: ods.path)
        #expect(r.sheets.map(\.name) == ["Leistungen", "Listen"])
        let s = try r.readSheet(0)
        #expect(s.rows.count == 5)
        #expect(s.value(row: 0, column: 0) == .text("Leistung"))
        #expect(s.value(row: 1, column: 0) == .text("Wohngeld"))
        #expect(s.value(row: 1, column: 1) == .number(0.25))
        #expect(s.rows[1][column: 1]?.format?.kind == .percent)
        #expect(s.value(row: 1, column: 2) == .date(CalendarDate(year: 2024, month: 3, day: 31)))
        #expect(s.rows[1][column: 2]?.format?.kind == .date)
        #expect(s.value(row: 2, column: 3) == .boolean(false))
        #expect(s.value(row: 3, column: 4) == .number(42))
        #expect(s.rows[3][column: 4]?.formula?.hasPrefix("of:=") == true)
        #expect(s.value(row: 2, column: 5) == .dateTime(LocalDateTime(date: CalendarDate(year: 2023, month: 1, day: 2), time: TimeOfDay(hour: 8, minute: 30))))
        #expect(s.value(row: 1, column: 6) == .duration(30 * 3600))
        #expect(s.layout.merges == [CellRange("A5:B5")!])
        #expect(s.layout.columnWidths[0].map { abs($0 - 30) < 0.2 } == true, "\(s.layout.columnWidths)")
        #expect(s.layout.validations.first?.values == ["ja", "nein"])
        #expect(s.layout.autoFilter == CellRange("A1:G4"))
        #expect(r.sheets[1].visibility == .hidden)
        #expect(s.rows[0][column: 0]?.style?.bold == true)
    }
}

/// Issue #10: a cell whose paragraphs end in empty ones keeps them, as LibreOffice shows it.
@Suite struct ODSParagraphTests {
    @Test func trailingAndLeadingEmptyParagraphsAreLines() throws {
        let r = try ODSReader(path: ODSReaderTests.fixtures.appendingPathComponent("trailing-empty-paragraphs.ods").path)
        let sheet = try r.readSheet(0)
        #expect(sheet.value(row: 0, column: 0) == .text("Bezeichnung\n"))
        #expect(sheet.value(row: 1, column: 0) == .text("Bezeichnung\n\n"))
        #expect(sheet.value(row: 2, column: 0) == .text("\nx"))
        #expect(sheet.value(row: 3, column: 0) == .text("a"))
        for row in 0..<4 { #expect(sheet.value(row: row, column: 1) == .text("danach")) }
    }

    @Test func writerKeepsEmptyParagraphs() throws {
        let dir = TemporaryDirectory("ods-paragraphs")
        let path = dir.path("p.ods").path
        let texts = ["Bezeichnung\n", "a\n\nb", "\nx", "ein\n"]
        var sheet = Sheet(name: "T")
        sheet.rows = texts.enumerated().map { Row(index: $0.offset, cells: [Cell(column: 0, value: .text($0.element))]) }
        try ODSWriter(path: path).write(Workbook(sheets: [sheet]))
        let back = try ODSReader(path: path).readSheet(0)
        for (i, t) in texts.enumerated() { #expect(back.value(row: i, column: 0) == .text(t)) }
    }
}
