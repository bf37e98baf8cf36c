import Foundation
import OZGArchive
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

/// Issue #15: the common cell (attributes and one plain paragraph) is read in one step of the
/// scanner, its attribute names compared with those seen lately; every other cell goes the
/// general way. Cells of both kinds side by side, attributes in unusual orders, must read as
/// they always did.
@Suite struct ODSCellFastPathTests {
    static func cell(_ attributes: String, _ content: String = "") -> String {
        content.isEmpty ? "<table:table-cell \(attributes)/>" : "<table:table-cell \(attributes)>\(content)</table:table-cell>"
    }

    static let content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="T">
        """
        + "<table:table-row>"
        + cell("office:value-type=\"float\" office:value=\"1.5\" calcext:value-type=\"float\"", "<text:p>1.5</text:p>")
        + cell("calcext:value-type=\"string\" office:value-type=\"string\"", "<text:p>  zwei  Leer  </text:p>")
        + cell("office:value-type=\"string\"", "<text:p>fett <text:span>und</text:span> normal</text:p>")
        + cell("office:value=\"7\" table:number-columns-repeated=\"2\" office:value-type=\"float\"", "<text:p>7</text:p>")
        + cell("office:value-type=\"float\" office:value=\"3\"", "<office:annotation><dc:creator>Prüfer</dc:creator><text:p>Hinweis</text:p></office:annotation><text:p>3</text:p>")
        + cell("office:value=\"0.25\" office:value-type=\"percentage\"", "<text:p>25%</text:p>")
        + cell("office:boolean-value=\"true\" office:value-type=\"boolean\"", "<text:p>WAHR</text:p>")
        + cell("office:date-value=\"2024-02-29\" office:value-type=\"date\"", "<text:p>29.02.24</text:p>")
        + cell("office:value-type=\"date\" office:date-value=\"2024-02-29T13:45:30\"", "<text:p>x</text:p>")
        + cell("office:time-value=\"PT13H45M00S\" office:value-type=\"time\"", "<text:p>13:45</text:p>")
        + cell("office:currency=\"EUR\" office:value=\"12.5\" office:value-type=\"currency\"", "<text:p>12,50 €</text:p>")
        + "<table:table-cell><text:p>ohne Typ</text:p></table:table-cell>"
        + cell("office:string-value=\"aus Attribut\" office:value-type=\"string\"", "<text:p>anders</text:p>")
        + cell("table:formula=\"of:=TRUE()\" office:value-type=\"float\" office:value=\"1\"", "<text:p>WAHR</text:p>")
        + cell("calcext:value-type=\"error\" table:formula=\"of:=1/0\" office:value-type=\"string\" office:string-value=\"\"", "<text:p>#DIV/0!</text:p>")
        + "<table:table-cell/>"
        + cell("office:value-type=\"string\"", "<text:p>a &amp; b</text:p>")
        + cell("office:value-type=\"string\"", "<text:p>a\tb</text:p>")
        + cell("office:value-type=\"string\"", "<text:p>eins</text:p><text:p>zwei</text:p>")
        + cell("office:value-type=\"string\"", "<text:p><text:a xlink:href=\"https://ozg.example/x\">Link</text:a></text:p>")
        + cell("office:value-type=\"float\" office:value=\"8\"", "<text:p>8</text:p>")
        + "</table:table-row><table:table-row>"
        + cell("table:number-columns-spanned=\"2\" office:value-type=\"string\"", "<text:p>Verbunden</text:p>")
        + "<table:covered-table-cell office:value-type=\"string\"><text:p>verdeckt</text:p></table:covered-table-cell>"
        + cell("office:value-type=\"float\" office:value=\"4\"", "<text:p>4</text:p>")
        + "</table:table-row><table:table-row table:number-rows-repeated=\"2\">"
        + cell("office:value-type=\"float\" office:value=\"5\"", "<text:p>5</text:p>")
        + "<table:table-cell table:number-columns-repeated=\"1000\"/>"
        + "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"

    @Test func cellsOfEveryShapeReadAsBefore() throws {
        let dir = TemporaryDirectory("ods-fast-path")
        let path = dir.path("cells.ods").path
        let zip = try ZipWriter(path: path)
        try zip.addEntry("mimetype", text: "application/vnd.oasis.opendocument.spreadsheet", compression: .stored)
        try zip.addEntry("content.xml", text: Self.content)
        try zip.close()
        let sheet = try ODSReader(path: path).readSheet(0)
        func v(_ a1: String) -> CellValue { sheet.value(at: CellReference(a1) ?? CellReference(row: 0, column: 0)) }
        func cell(_ a1: String) -> Cell? {
            guard let ref = CellReference(a1) else { return nil }
            return sheet.rows.first { $0.index == ref.row }?[column: ref.column]
        }
        #expect(v("A1") == .number(1.5))
        #expect(v("B1") == .text("zwei Leer "), "white space folded as ODF says, in the one-step path too")
        #expect(v("C1") == .text("fett und normal"))
        #expect(v("D1") == .number(7))
        #expect(v("E1") == .number(7))
        #expect(v("F1") == .number(3))
        #expect(sheet.layout.comments == [CellComment(cell: CellReference(row: 0, column: 5), text: "Hinweis", author: "Prüfer")])
        #expect(v("G1") == .number(0.25))
        #expect(cell("G1")?.format == .percent)
        #expect(v("H1") == .boolean(true))
        #expect(v("I1") == .date(CalendarDate(year: 2024, month: 2, day: 29)))
        #expect(v("J1") == .dateTime(LocalDateTime(date: CalendarDate(year: 2024, month: 2, day: 29), time: TimeOfDay(hour: 13, minute: 45, second: 30))))
        #expect(v("K1") == .time(TimeOfDay(hour: 13, minute: 45)))
        #expect(v("L1") == .number(12.5))
        #expect(v("M1") == .text("ohne Typ"))
        #expect(v("N1") == .text("aus Attribut"))
        #expect(v("O1") == .boolean(true))
        #expect(cell("O1")?.formula == nil)
        #expect(v("P1") == .error("#DIV/0!"))
        #expect(cell("P1")?.formula == "of:=1/0")
        #expect(v("Q1") == .empty)
        #expect(v("R1") == .text("a & b"))
        #expect(v("S1") == .text("a b"))
        #expect(v("T1") == .text("eins\nzwei"))
        #expect(v("U1") == .text("Link"))
        #expect(sheet.layout.hyperlinks == [Hyperlink(cell: CellReference(row: 0, column: 20), target: "https://ozg.example/x")])
        #expect(v("V1") == .number(8))
        #expect(sheet.rows.first?.cells.map(\.column) == Array(0...15) + Array(17...21))
        #expect(v("A2") == .text("Verbunden"))
        #expect(v("B2") == .empty, "a covered cell has no value")
        #expect(v("C2") == .number(4))
        #expect(sheet.layout.merges == [CellRange("A2:B2")!])
        #expect(v("A3") == .number(5))
        #expect(v("A4") == .number(5))
        #expect(sheet.rows.map(\.index) == [0, 1, 2, 3])
    }
}
