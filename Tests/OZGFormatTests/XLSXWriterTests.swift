import Foundation
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// The XLSX writer checked with openpyxl: values, formats, styles and layout as another program sees them.
@Suite("XLSXWriter, read back with openpyxl")
struct XLSXWriterTests {
    typealias F = XLSXWriterFixture

    @Test("every value type, format and style", .requires("openpyxl"), arguments: [false, true])
    func valuesAndFormats(constantMemory: Bool) throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("xlsx-writer")
        let url = dir.path("werte.xlsx")
        try F.write(to: url, constantMemory: constantMemory)
        let book = try F.openpyxl(url)
        let sheets = try #require(book["sheets"] as? [String: [String: Any]])
        let first = try #require(sheets[F.first])
        let cells = try #require(first["cells"] as? [String: [String: Any]])
        func cell(_ a1: String) -> [String: Any] { cells[a1] ?? [:] }
        func value(_ a1: String) -> Any? { cell(a1)["value"] }
        func type(_ a1: String) -> String? { cell(a1)["type"] as? String }
        func format(_ a1: String) -> String? { cell(a1)["format"] as? String }

        #expect(value("A3") as? Double == 1.5 && type("A3") == "n")
        // Text that looks like a formula, a sign or an at-sign stays text.
        #expect(value("B3") as? String == "=1+1" && type("B3") == "s")
        #expect(value("B4") as? String == "-" && type("B4") == "s")
        #expect(value("E4") as? String == "+49 30 1234" && type("E4") == "s")
        #expect(value("F4") as? String == "@x" && type("F4") == "s")
        #expect(value("C3") as? Bool == true && type("C3") == "b")
        #expect(value("C4") as? Bool == false)
        #expect(value("D3") as? String == "2024-03-15T00:00:00" && format("D3") == "yyyy-mm-dd")
        #expect(value("E3") as? String == "2024-03-15T13:45:30" && format("E3") == "yyyy-mm-dd hh:mm:ss")
        #expect(value("F3") as? String == "08:30:00" && format("F3") == "hh:mm:ss")
        #expect(value("G3") as? Double == 90_000 && format("G3") == "[h]:mm:ss")
        // Before 1900-03-01 (Excel and LibreOffice disagree on those serials) dates are ISO text.
        #expect(value("D4") as? String == "1900-02-28" && type("D4") == "s")
        #expect(value("D5") as? String == "1850-05-01" && type("D5") == "s")
        #expect(value("H3") as? String == "=#N/A" && type("H3") == "f")
        #expect(value("H4") as? String == "=#DIV/0!")
        #expect(value("I3") as? String == "=A3*2" && type("I3") == "f")
        #expect(value("I4") as? String == "=\"a\"&\"b\"")
        #expect(value("J3") as? Double == 0.25 && format("J3") == "0%")
        #expect(value("G4") as? Double == 1234.5 && format("G4") == "0.00")
        #expect(value("J4") as? String == "Grüße €")
        #expect(value("A5") as? Double == 99_107_023_017_000)
        #expect(value("E5") as? String == "Zeile mit\nUmbruch")
        // Styles.
        #expect(cell("A1")["bold"] as? Bool == true && cell("A1")["fill"] as? String == "D9E1F2" && cell("A1")["wrap"] as? Bool == true)
        #expect(cell("A2")["bold"] as? Bool == true)
        let input = cell("B6")
        #expect(input["italic"] as? Bool == true && input["fontColor"] as? String == "C00000")
        #expect(input["fill"] as? String == "FFF2CC" && input["wrap"] as? Bool == true)
        #expect(input["horizontal"] as? String == "center" && input["locked"] as? Bool == false && input["border"] as? String == "thin")
        #expect(cell("A3")["locked"] as? Bool == true)
        // Merged title: its covered cells carry the title's format.
        #expect(first["merges"] as? [String] == ["A1:C1"])
        #expect(value("A1") as? String == "Titel über drei Spalten")
        let mergeStyles = (first["merge_styles"] as? [String: [Any]])?.mapValues { $0.map { $0 as? String } }
        let styles = try #require(mergeStyles?["A1:C1"])
        #expect(styles.count == 3 && styles[0] != nil && styles.allSatisfy { $0 == styles[0] })
    }

    @Test("layout: panes, filter, validations, widths, links, protection, print, sheets", .requires("openpyxl"), arguments: [false, true])
    func layout(constantMemory: Bool) throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("xlsx-writer")
        let url = dir.path("layout.xlsx")
        try F.write(to: url, constantMemory: constantMemory)
        let book = try F.openpyxl(url)
        let sheets = try #require(book["sheets"] as? [String: [String: Any]])
        let first = try #require(sheets[F.first])
        #expect(book["sheetnames"] as? [String] == [F.first, F.second, "ozg_listen"])
        #expect(first["state"] as? String == "visible")
        #expect(sheets[F.second]?["state"] as? String == "hidden")
        #expect(sheets["ozg_listen"]?["state"] as? String == "hidden")
        #expect(first["freeze_panes"] as? String == "B3")
        #expect(first["auto_filter"] as? String == "A2:K5")
        let widths = try #require(first["widths"] as? [String: Double])
        #expect(abs((widths["A"] ?? 0) - 20.71) < 0.01)
        #expect(abs((widths["B"] ?? 0) - 30.71) < 0.01)
        #expect(first["hidden_columns"] as? [String] == ["L"])
        let rows = try #require(first["rows"] as? [String: [String: Any]])
        #expect(rows["5"]?["height"] as? Double == 30)
        #expect(rows["7"]?["hidden"] as? Bool == true)
        let validations = try #require(first["validations"] as? [[String: Any]])
        let bySqref = Dictionary(uniqueKeysWithValues: validations.map { ($0["sqref"] as? String ?? "", $0) })
        #expect(bySqref["B3:B10"]?["type"] as? String == "list")
        #expect(bySqref["B3:B10"]?["formula1"] as? String == "\"ja,nein,teilweise\"")
        #expect(bySqref["B3:B10"]?["error_style"] as? String == nil || bySqref["B3:B10"]?["error_style"] as? String == "stop")
        #expect(bySqref["C3:C10"]?["formula1"] as? String == "ozg_listen!$A$1:$A$60")
        #expect(bySqref["C3:C10"]?["error_style"] as? String == "warning")
        let lists = try #require(sheets["ozg_listen"]?["cells"] as? [String: [String: Any]])
        #expect(lists.count == 60 && lists["A60"]?["value"] as? String == "Eintrag 60")
        let links = try #require(first["hyperlinks"] as? [String: [String: Any]])
        #expect(links["K3"]?["target"] as? String == "https://example.org/ozg")
        #expect(links["K3"]?["tooltip"] as? String == "Portal")
        #expect(links["K4"]?["location"] as? String == "Zweite!A1")
        let cells = try #require(first["cells"] as? [String: [String: Any]])
        #expect(cells["K3"]?["value"] as? String == "Portal")
        #expect(cells["K4"]?["value"] as? String == "Zur zweiten Tabelle")
        #expect(first["protected"] as? Bool == true)
        #expect(first["landscape"] as? Bool == true)
        #expect(first["fit_to_page"] as? Bool == true)
        #expect(first["fit_to_width"] as? Int == 1 && first["fit_to_height"] as? Int == 0)
        #expect((first["print_title_rows"] as? String)?.replacingOccurrences(of: "$", with: "") == "1:2")
        let cfs = try #require(first["conditional_formats"] as? [[String: Any]])
        #expect(cfs.contains { $0["type"] as? String == "cellIs" && $0["operator"] as? String == "equal" && ($0["formula"] as? [String]) == ["\"ja\""] })
        #expect(cfs.contains { $0["type"] as? String == "colorScale" && ($0["colors"] as? [String])?.last == "63BE7B" })
        let props = try #require(book["properties"] as? [String: Any])
        #expect(props["title"] as? String == "OZG-Übersicht" && props["creator"] as? String == "AG OZG")
        #expect((props["created"] as? String)?.hasPrefix("2024-01-02T03:04") == true)
    }

    @Test("the chart part points at the series ranges", .requires("openpyxl"))
    func chart() throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("xlsx-writer")
        let url = dir.path("chart.xlsx")
        try F.write(to: url)
        let book = try F.openpyxl(url)
        let charts = try #require(book["charts"] as? [[String: Any]])
        try #require(charts.count == 1)
        let chart = charts[0]
        #expect(chart["kinds"] as? [String] == ["barChart"])
        #expect(chart["barDir"] as? [String] == ["col"])
        let refs = chart["refs"] as? [String] ?? []
        #expect(refs.contains("'Übersicht'!$B$3:$B$5"))
        #expect(refs.contains("'Übersicht'!$A$3:$A$5"))
        let titles = chart["titles"] as? [String] ?? []
        #expect(titles.contains("Zahlen") && titles.contains("Art") && titles.contains("Wert"))
        #expect((chart["colors"] as? [String])?.contains("4472C4") == true)
        #expect((book["drawings"] as? [String])?.isEmpty == false)
    }

    @Test("chart kinds: stacked bar, line, pie", .requires("openpyxl"))
    func chartKinds() throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("xlsx-writer")
        let url = dir.path("kinds.xlsx")
        let rows = (0..<4).map { Row(index: $0, cells: [Cell(column: 0, value: .text("K\($0)")), Cell(column: 1, value: .number(Double($0)))]) }
        let series = [ChartSeries(name: "S", sheet: "Daten", categories: CellRange("A1:A4")!, values: CellRange("B1:B4")!, color: RGBColor(0xFF0000))]
        let charts = [ChartSpec.Kind.stackedBar, .line, .pie].enumerated().map {
            ChartSpec(kind: $0.element, title: "C\($0.offset)", anchor: CellReference(row: 0, column: 3 + 10 * $0.offset), series: series)
        }
        let writer = try XLSXWriter(path: url.path)
        try writer.write(Workbook(sheets: [Sheet(name: "Daten", rows: rows, layout: SheetLayout(charts: charts))]))
        let found = try #require(try F.openpyxl(url)["charts"] as? [[String: Any]])
        let kinds = found.flatMap { $0["kinds"] as? [String] ?? [] }.sorted()
        #expect(kinds == ["barChart", "lineChart", "pieChart"])
        let bar = found.first { ($0["kinds"] as? [String]) == ["barChart"] }
        #expect(bar?["barDir"] as? [String] == ["bar"])
        #expect(bar?["grouping"] as? [String] == ["stacked"])
    }

    @Test("multi-row merges beside data, links on rows never handed out", .requires("openpyxl"), arguments: [false, true])
    func mergesAcrossRows(constantMemory: Bool) throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("xlsx-writer")
        let url = dir.path("merges.xlsx")
        let fill = CellStyle(fillColor: RGBColor(0x00FF00))
        let rows = [
            Row(index: 1, cells: [Cell(column: 0, value: .number(7), style: fill), Cell(column: 3, value: .text("daneben"))]),
            Row(index: 2, cells: [Cell(column: 3, value: .text("Zeile 3"))]),
            Row(index: 5, cells: [Cell(column: 0, value: .date(CalendarDate(year: 2025, month: 1, day: 31)))]),
        ]
        let layout = SheetLayout(
            merges: [CellRange("A2:B4")!, CellRange("A6:A7")!, CellRange("F9:G9")!],
            hyperlinks: [Hyperlink(cell: CellReference("D4")!, target: "https://example.org/a"), Hyperlink(cell: CellReference("A20")!, target: "#Daten!A1")])
        let writer = try XLSXWriter(path: url.path, options: WriteOptions(constantMemory: constantMemory))
        try writer.write(Workbook(sheets: [Sheet(name: "Daten", rows: rows, layout: layout)]))
        let sheet = try #require((try F.openpyxl(url)["sheets"] as? [String: [String: Any]])?["Daten"])
        #expect(sheet["merges"] as? [String] == ["A2:B4", "A6:A7", "F9:G9"])
        let cells = try #require(sheet["cells"] as? [String: [String: Any]])
        #expect(cells["A2"]?["value"] as? Double == 7)
        #expect(cells["D2"]?["value"] as? String == "daneben" && cells["D3"]?["value"] as? String == "Zeile 3")
        #expect(cells["A6"]?["value"] as? String == "2025-01-31T00:00:00" && cells["A6"]?["format"] as? String == "yyyy-mm-dd")
        let styles = try #require((sheet["merge_styles"] as? [String: [Any]])?.mapValues { $0.map { $0 as? String } })
        let block = try #require(styles["A2:B4"])
        #expect(block.count == 6 && block[0] != nil && block.allSatisfy { $0 == block[0] })
        #expect(styles["A6:A7"]?.allSatisfy { $0 != nil && $0 == styles["A6:A7"]?[0] } == true)
        // No top-left cell: the merge is registered, no formatted blanks.
        #expect(styles["F9:G9"] == [nil, nil])
        let links = try #require(sheet["hyperlinks"] as? [String: [String: Any]])
        #expect(links["D4"]?["target"] as? String == "https://example.org/a")
        #expect(links["A20"]?["location"] as? String == "Daten!A1")
        #expect(cells["D4"]?["value"] as? String == "https://example.org/a")
    }

    @Test("text that looks like an OOXML escape, control characters and emoji survive", .requires("python_calamine"), arguments: [false, true])
    func escapes(constantMemory: Bool) throws {
        try ExternalTools.require("python_calamine")
        let dir = TemporaryDirectory("xlsx-writer")
        let url = dir.path("escapes.xlsx")
        let texts = ["_x0041_", "a_X00e4_b_x12_", "Tab\there\u{1}", "Emoji 🙂 und ß", "__x0041__"]
        let writer = try XLSXWriter(path: url.path, options: WriteOptions(constantMemory: constantMemory))
        try writer.write(Workbook(sheets: [Sheet(name: "T", rows: texts.enumerated().map {
            Row(index: $0.offset, cells: [Cell(column: 0, value: .text($0.element))])
        })]))
        let rows = try #require(try F.calamine(url)["T"])
        #expect(rows.map { $0.first as? String } == texts)
    }

    @Test("list validations at Excel's 255-character edge, with commas, and from a source range", .requires("openpyxl"))
    func validationEdges() throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("xlsx-writer")
        let url = dir.path("listen.xlsx")
        let exact = (0..<51).map { String(format: "%04d", $0) }  // 51 × 4 + 50 commas = 254
        let edge = exact + ["x"]  // 256: one over
        let layout = SheetLayout(validations: [
            ListValidation(range: CellRange("A1:A5")!, values: exact),
            ListValidation(range: CellRange("B1:B5")!, values: edge),
            ListValidation(range: CellRange("C1:C5")!, values: ["ja, gern", "nein"]),
            ListValidation(range: CellRange("D1:D5")!, values: [], source: "$F$1:$F$3"),
        ])
        let writer = try XLSXWriter(path: url.path)
        try writer.write(Workbook(sheets: [Sheet(name: "Daten", rows: [], layout: layout)]))
        let sheets = try #require(try F.openpyxl(url)["sheets"] as? [String: [String: Any]])
        let found = try #require(sheets["Daten"]?["validations"] as? [[String: Any]])
        let formulas = Dictionary(uniqueKeysWithValues: found.map { ($0["sqref"] as? String ?? "", $0["formula1"] as? String ?? "") })
        #expect(formulas["A1:A5"] == "\"" + exact.joined(separator: ",") + "\"")
        #expect(formulas["B1:B5"] == "ozg_listen!$A$1:$A$52")
        #expect(formulas["C1:C5"] == "ozg_listen!$B$1:$B$2")
        #expect(formulas["D1:D5"] == "$F$1:$F$3")
        let lists = try #require(sheets["ozg_listen"]?["cells"] as? [String: [String: Any]])
        #expect(lists["B1"]?["value"] as? String == "ja, gern" && lists["A52"]?["value"] as? String == "x")
    }
}
