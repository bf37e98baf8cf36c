import Foundation
import OZGArchive
import OZGODS
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// A workbook using every feature the ODS writer supports.
enum ODSSample {
    static let listValues = ["offen", "in Arbeit", "erledigt"]

    /// - Parameter longDuration: a duration over 24 hours (pandas cannot read those).
    static func workbook(longDuration: Bool = true) -> Workbook {
        let header = ["Nr", "Leistung", "Anteil", "Betrag", "Datum", "Zeitpunkt", "Uhrzeit", "Dauer", "Fertig", "Status", "Summe"]
        var rows = [Row(index: 0, cells: header.enumerated().map { Cell(column: $0.offset, value: .text($0.element), style: .header) })]
        for i in 1...5 {
            rows.append(
                Row(
                    index: i,
                    cells: [
                        Cell(column: 0, value: .number(Double(i)), format: .integer),
                        Cell(column: 1, value: .text("Leistung \(i) & <Test>")),
                        Cell(column: 2, value: .number(Double(i) / 8), format: .percent2),
                        Cell(column: 3, value: .number(1234.5 * Double(i)), format: NumberFormat("#,##0.00")),
                        Cell(column: 4, value: .date(CalendarDate(year: 2024, month: i, day: 28)), format: .germanDate),
                        Cell(
                            column: 5,
                            value: .dateTime(LocalDateTime(date: CalendarDate(year: 2023, month: 12, day: i), time: TimeOfDay(hour: 13, minute: 45, second: 30))),
                            format: .dateTime),
                        Cell(column: 6, value: .time(TimeOfDay(hour: 8, minute: i, second: 0)), format: .time),
                        Cell(column: 7, value: .duration(longDuration ? Double(i) * 100_000 + 1 : Double(i) * 600), format: .duration),
                        Cell(column: 8, value: .boolean(i % 2 == 0)),
                        Cell(column: 9, value: .text(listValues[i % 3])),
                        Cell(column: 10, value: .number(Double(i) * 2), formula: "A\(i + 1)*2"),
                    ]))
        }
        rows.append(
            Row(index: 7, cells: [
                Cell(column: 0, value: .text("Zusammen")),
                Cell(column: 3, value: .number(18517.5), formula: "SUM(D2:D6)", format: NumberFormat("#,##0.00")),
            ]))
        rows.append(Row(index: 9, cells: [Cell(column: 1, value: .text("Zeile 1\nZeile 2  mit   Lücken\tund Tab"))]))
        rows.append(Row(index: 10, cells: [Cell(column: 1, value: .text("  führende und folgende  "))]))
        rows.append(Row(index: 11, cells: [Cell(column: 1, value: .text("Steuer\u{01}zeichen\u{0B}weg"))]))
        rows.append(Row(index: 12, cells: [Cell(column: 1, value: .text("=SUM(A1)"))]))
        let layout = SheetLayout(
            columnWidths: [0: 6, 1: 30, 4: 12, 5: 20],
            hiddenColumns: [8],
            frozen: FrozenPane(rows: 1, columns: 1),
            merges: [CellRange("A8:C8")!],
            autoFilter: CellRange("A1:K6"),
            validations: [ListValidation(range: CellRange("J2:J20")!, values: listValues)],
            isProtected: false)
        let second = Sheet(
            info: SheetInfo(name: "Versteckt", visibility: .hidden),
            rows: [Row(index: 0, cells: [Cell(column: 0, value: .text("geheim"))])])
        let third = Sheet(
            name: "Mein Blatt",
            rows: [
                Row(index: 2, cells: [Cell(column: 1, value: .text("Block"))]),
                Row(index: 5, cells: [Cell(column: 0, value: .number(-0.5))]),
            ],
            layout: SheetLayout(merges: [CellRange("B3:D4")!], isProtected: true))
        return Workbook(
            sheets: [Sheet(name: "Übersicht", rows: rows, layout: layout), second, third],
            properties: DocumentProperties(title: "Testmappe", author: "OZG-AG"))
    }

    static func write(to url: URL, longDuration: Bool = true) throws {
        let writer = try ODSWriter(path: url.path, options: WriteOptions(properties: workbook().properties))
        try writer.write(workbook(longDuration: longDuration))
    }
}

@Suite struct ODSWriterTests {
    func dump(_ mode: String, _ url: URL) throws -> [String: Any] {
        let out = try ExternalTools.python(script: "ods_dump.py", [mode, url.path])
        return try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any] ?? [:]
    }

    @Test(.requires("zipinfo")) func mimetypeIsFirstStoredWithoutExtraField() throws {
        try ExternalTools.require("zipinfo")
        let dir = TemporaryDirectory("ods-zip")
        let url = dir.path("a.ods")
        try ODSSample.write(to: url)
        let info = try ExternalTools.check(["zipinfo", "-v", url.path]).text
        let first = try #require(info.range(of: "Central directory entry #1:"))
        let second = info.range(of: "Central directory entry #2:")?.lowerBound ?? info.endIndex
        let entry = String(info[first.upperBound..<second])
        #expect(entry.contains("  mimetype\n"))
        #expect(entry.contains("compression method:                             none (stored)"))
        #expect(entry.contains("length of extra field:                          0 bytes"))
        let listing = try ExternalTools.check(["unzip", "-Z1", url.path]).text.split(separator: "\n")
        #expect(listing.first == "mimetype")
        #expect(Set(listing) == ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml", "settings.xml"])
        let mime = try ExternalTools.check(["unzip", "-p", url.path, "mimetype"]).text
        #expect(mime == "application/vnd.oasis.opendocument.spreadsheet")
    }

    @Test(.requires("soffice", "openpyxl")) func libreOfficeOpensItAsXLSXWithEverything() throws {
        try ExternalTools.require("soffice", "openpyxl")
        let dir = TemporaryDirectory("ods-lo")
        let url = dir.path("mappe.ods")
        try ODSSample.write(to: url)
        let xlsx = try ExternalTools.sofficeConvert(url, to: "xlsx", outputDirectory: dir.path("out"))
        let d = try dump("openpyxl", xlsx)
        #expect(Set(d.keys) == ["Übersicht", "Versteckt", "Mein Blatt"])
        let s = try #require(d["Übersicht"] as? [String: Any])
        let cells = try #require(s["cells"] as? [String: [String: Any]])
        func value(_ a1: String) -> [String: Any]? { cells[a1]?["value"] as? [String: Any] }
        func format(_ a1: String) -> String? { cells[a1]?["format"] as? String }
        #expect(value("A2")?["number"] as? Double == 1)
        #expect(value("B2")?["text"] as? String == "Leistung 1 & <Test>")
        #expect(value("C3")?["number"] as? Double == 0.25)
        #expect(format("C3") == "0.00%")
        #expect(value("D2")?["number"] as? Double == 1234.5)
        #expect(format("D2") == "#,##0.00")
        #expect(value("E2")?["datetime"] as? String == "2024-01-28T00:00:00")
        #expect(format("E2")?.uppercased().replacingOccurrences(of: "\\", with: "") == "DD.MM.YYYY")
        #expect(value("F2")?["datetime"] as? String == "2023-12-01T13:45:30")
        #expect(value("G3")?["time"] as? String == "08:02:00")
        #expect((value("H2")?["seconds"] as? Double).map { abs($0 - 100_001) < 0.01 } == true)
        #expect(format("H2")?.lowercased().hasPrefix("[h") == true)
        #expect(value("I3")?["bool"] as? Bool == true)
        #expect(cells["K3"]?["formula"] as? String == "=A3*2")
        #expect(cells["D8"]?["formula"] as? String == "=SUM(D2:D6)")
        // LibreOffice drops a cell's tab (text:tab) on export to .xlsx, even in files it wrote itself.
        #expect(value("B10")?["text"] as? String == "Zeile 1\nZeile 2  mit   Lückenund Tab")
        #expect(value("B11")?["text"] as? String == "  führende und folgende  ")
        #expect(value("B12")?["text"] as? String == "Steuerzeichenweg")
        #expect(value("B13")?["text"] as? String == "=SUM(A1)")
        #expect(cells["A1"]?["bold"] as? Bool == true)
        #expect((cells["A1"]?["fill"] as? String)?.hasSuffix("D9E1F2") == true)
        #expect(s["merges"] as? [String] == ["A8:C8"])
        // Headless LibreOffice has no view, so it neither reads nor writes frozen panes (an
        // .xlsx → .xlsx conversion loses them too): settings.xml is checked by the reader tests.
        #expect(s["autofilter"] as? String == "A1:K6")
        #expect((s["hidden_columns"] as? [String])?.contains("I") == true)
        let widths = try #require(s["widths"] as? [String: Double])
        #expect(widths["B"].map { abs($0 - 30) < 1.5 } == true, "width B \(widths)")
        let validations = try #require(s["validations"] as? [[String: Any]])
        #expect(validations.count == 1)
        #expect(validations.first?["type"] as? String == "list")
        #expect((validations.first?["formula"] as? String)?.contains("in Arbeit") == true)
        #expect((validations.first?["ranges"] as? String) == "J2:J20")
        let hidden = try #require(d["Versteckt"] as? [String: Any])
        #expect(hidden["state"] as? String == "hidden")
        let third = try #require(d["Mein Blatt"] as? [String: Any])
        #expect(third["merges"] as? [String] == ["B3:D4"])
        #expect(third["protected"] as? Bool == true)
    }

    @Test(.requires("python_calamine", "odf")) func calamineAndPandasReadTheSameValues() throws {
        try ExternalTools.require("python_calamine", "odf")
        let dir = TemporaryDirectory("ods-py")
        let url = dir.path("mappe.ods")
        try ODSSample.write(to: url, longDuration: false)
        for mode in ["calamine", "pandas"] {
            let d = try dump(mode, url)
            let rows = try #require(d["Übersicht"] as? [[Any]], "\(mode)")
            func v(_ r: Int, _ c: Int) -> [String: Any]? {
                r < rows.count && c < rows[r].count ? rows[r][c] as? [String: Any] : nil
            }
            #expect(v(0, 1)?["text"] as? String == "Leistung", "\(mode)")
            #expect(v(1, 0)?["number"] as? Double == 1, "\(mode)")
            #expect(v(2, 2)?["number"] as? Double == 0.25, "\(mode)")
            #expect(v(1, 1)?["text"] as? String == "Leistung 1 & <Test>", "\(mode)")
            let date = v(1, 4)
            #expect(date?["date"] as? String == "2024-01-28" || date?["datetime"] as? String == "2024-01-28T00:00:00", "\(mode) \(String(describing: date))")
            // python-calamine and pandas (odfpy) drop text:tab, as LibreOffice's own export does.
            #expect(v(9, 1)?["text"] as? String == "Zeile 1\nZeile 2  mit   Lückenund Tab", "\(mode)")
            #expect(v(2, 10)?["number"] as? Double == 4, "\(mode): the cached value of a formula")
            #expect(v(10, 1)?["text"] as? String == "  führende und folgende  ", "\(mode)")
            #expect(v(7, 3)?["number"] as? Double == 18517.5, "\(mode)")
            let third = try #require(d["Mein Blatt"] as? [[Any]], "\(mode)")
            #expect(third.count >= 6 && (third[5].first as? [String: Any])?["number"] as? Double == -0.5, "\(mode)")
        }
    }

    @Test(.requires("soffice")) func libreOfficeCSVShowsTheDisplayText() throws {
        try ExternalTools.require("soffice")
        let dir = TemporaryDirectory("ods-csv")
        let url = dir.path("mappe.ods")
        try ODSSample.write(to: url)
        let csv = try ExternalTools.sofficeConvert(
            url, to: "csv:Text - txt - csv (StarCalc):44,34,76,1", outputDirectory: dir.path("out"))
        let text = try String(contentsOf: csv, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("\"Nr\",\"Leistung\",\"Anteil\",\"Betrag\",\"Datum\"") == true)
        #expect(
            lines.count > 2
                && lines[1] == "1,\"Leistung 1 & <Test>\",12.50%,\"1,234.50\",28.01.2024,2023-12-01 13:45:30,08:01:00,27:46:41,FALSE,\"in Arbeit\",2",
            "\(lines.prefix(3))")
    }

    @Test func emptyWorkbookAndBadOrderAreHandled() throws {
        let dir = TemporaryDirectory("ods-edge")
        let url = dir.path("leer.ods")
        let w = try ODSWriter(path: url.path)
        try w.close()
        #expect(FileManager.default.fileExists(atPath: url.path))
        let w2 = try ODSWriter(path: dir.path("b.ods").path)
        try w2.beginSheet(SheetInfo(name: "A"), layout: .empty)
        try w2.write(Row(index: 3, cells: [Cell(column: 0, value: .number(1))]))
        #expect(throws: SpreadsheetError.self) { try w2.write(Row(index: 2, cells: [])) }
        #expect(throws: SpreadsheetError.self) { try w2.beginSheet(SheetInfo(name: "a"), layout: .empty) }
        w2.discard()
        #expect(!FileManager.default.fileExists(atPath: dir.path("b.ods").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }
}

@Suite struct ODSWriterLayoutOnlyTests {
    /// A drop-down on a whole column and a merge below the data: rows that hold only layout are
    /// written compressed (`number-rows-repeated`), and LibreOffice reads the same ranges back.
    @Test(.requires("soffice", "openpyxl")) func wholeColumnValidationAndMergeBelowTheData() throws {
        try ExternalTools.require("soffice", "openpyxl")
        let dir = TemporaryDirectory("ods-col")
        let url = dir.path("spalte.ods")
        let w = try ODSWriter(path: url.path)
        try w.write(Sheet(
            name: "Eingabe",
            rows: [Row(index: 0, cells: [Cell(column: 0, value: .text("Name")), Cell(column: 1, value: .text("Status"))])],
            layout: SheetLayout(
                merges: [CellRange("D10:E12")!],
                validations: [ListValidation(range: CellRange("B2:B1048576")!, values: ["offen", "erledigt"])])))
        try w.close()
        let content = try ExternalTools.check(["unzip", "-p", url.path, "content.xml"]).text
        #expect(content.utf8.count < 20_000, "layout-only rows are compressed")
        let xlsx = try ExternalTools.sofficeConvert(url, to: "xlsx", outputDirectory: dir.path("out"))
        let out = try ExternalTools.python(script: "ods_dump.py", ["openpyxl", xlsx.path])
        let d = try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any]
        let s = d?["Eingabe"] as? [String: Any]
        #expect(s?["merges"] as? [String] == ["D10:E12"])
        let v = (s?["validations"] as? [[String: Any]])?.first
        // LibreOffice's .xlsx export cuts whole-column validations to 1,000 rows (B2:B1001),
        // also in an .xlsx → .xlsx conversion of openpyxl's B2:B1048576.
        #expect(v?["ranges"] as? String == "B2:B1001")
        let back = try ODSReader(path: url.path).layout(ofSheet: 0)
        #expect(back.validations.first?.range == CellRange("B2:B1048576"))
        #expect(back.merges == [CellRange("D10:E12")!])
    }
}
