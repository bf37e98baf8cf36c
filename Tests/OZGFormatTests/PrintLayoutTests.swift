import Foundation
import OZGArchive
import OZGODS
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// A sheet with everything a printed report needs: 80 rows under a header, verdict colours,
/// comments, a bar and a line chart below the table, A4 landscape set-up.
enum PrintSample {
    static let verdicts = ["ja", "nein", "teilweise", "offen"]
    static let comment = CellComment(cell: CellReference(row: 3, column: 2), text: "Bitte prüfen:\nder Wert fehlt.", author: "OZGKit-Prüfung")

    static var print: PrintSetup { .a4(title: "Druckprobe & Test", stand: "31.03.2020", repeatRows: 0...0) }

    static func workbook() -> Workbook {
        let header = ["Themenfeld", "Einzelleistungen", "kreisangehörige Stadt", "Relevanz", "Anteil"]
        var rows = [Row(index: 0, cells: header.enumerated().map { Cell(column: $0.offset, value: .text($0.element), style: CellStyle(bold: true, wrapText: true)) })]
        for i in 1...80 {
            let bar = CellStyle(fontColor: RGBColor(0x70AD47), fillColor: RGBColor(0x70AD47), horizontal: .fill)
            rows.append(Row(index: i, cells: [
                Cell(column: 0, value: .text("Thema \(i)")),
                Cell(column: 1, value: .number(Double(i * 3 % 17 + 1))),
                Cell(column: 2, value: .number(Double(i % 9))),
                Cell(column: 3, value: .text(verdicts[i % 4])),
                Cell(column: 4, value: .number(Double(i % 10) / 10), format: .percent),
                Cell(column: 5, value: .text("umgesetzt im Quartal"), style: bar),
            ]))
        }
        var layout = SheetLayout(columnWidths: [0: 20, 1: 16, 2: 14, 3: 12, 4: 10], frozen: FrozenPane(rows: 1, columns: 0))
        layout.print = print
        layout.comments = [comment, CellComment(cell: CellReference(row: 90, column: 0), text: "Kommentar unter der Tabelle")]
        layout.conditionalFormats = [
            ConditionalFormat(range: CellRange(rows: 1...80, columns: 3...3), rule: .textEquals("ja", style: CellStyle(fontColor: RGBColor(0x006100), fillColor: RGBColor(0xC6EFCE)))),
            ConditionalFormat(range: CellRange(rows: 1...80, columns: 3...3), rule: .textEquals("nein", style: CellStyle(fontColor: RGBColor(0x9C0006), fillColor: RGBColor(0xFFC7CE)))),
            ConditionalFormat(range: CellRange(rows: 1...80, columns: 2...2), rule: .colorScale(low: RGBColor(0xFFFFFF), high: RGBColor(0x5B9BD5))),
        ]
        let categories = CellRange(rows: 1...12, columns: 0...0)
        layout.charts = [
            ChartSpec(kind: .stackedBar, title: "Einzelleistungen je Thema", anchor: CellReference(row: 83, column: 0), width: 640, height: 360, series: [
                ChartSeries(name: "Einzelleistungen", sheet: "Daten", categories: categories, values: CellRange(rows: 1...12, columns: 1...1), color: RGBColor(0x4472C4), nameCell: CellReference(row: 0, column: 1)),
                ChartSeries(name: "kreisangehörige Stadt", sheet: "Daten", categories: categories, values: CellRange(rows: 1...12, columns: 2...2), color: RGBColor(0xED7D31), nameCell: CellReference(row: 0, column: 2)),
            ]),
            ChartSpec(kind: .line, title: "Verlauf", anchor: CellReference(row: 103, column: 0), width: 640, height: 300, series: [
                ChartSeries(name: "Einzelleistungen", sheet: "Daten", categories: categories, values: CellRange(rows: 1...12, columns: 1...1), color: RGBColor(0x70AD47), nameCell: CellReference(row: 0, column: 1)),
            ]),
        ]
        var narrow = SheetLayout(columnWidths: [0: 30, 1: 40])
        narrow.print = .a4(title: "Hinweise", landscape: false)
        let notes = Sheet(name: "Hinweise", rows: [Row(index: 0, cells: [Cell(column: 0, value: .text("Hinweise")), Cell(column: 1, value: .text("Kurz"))])], layout: narrow)
        return Workbook(sheets: [Sheet(name: "Daten", rows: rows, layout: layout), notes])
    }

    static func write(_ format: String, to dir: TemporaryDirectory) throws -> URL {
        let url = dir.path("druckprobe.\(format)")
        let writer: any SpreadsheetWriter = format == "ods" ? try ODSWriter(path: url.path) : try XLSXWriter(path: url.path)
        try writer.write(workbook())
        return url
    }

    static func reader(_ url: URL) throws -> any SpreadsheetReader {
        url.pathExtension == "ods" ? try ODSReader(path: url.path) : try XLSXReader(path: url.path)
    }
}

@Suite("Print set-up, comments, charts and conditional formats in .xlsx and .ods")
struct PrintLayoutTests {
    @Test("the print set-up and the comments are read back as written", arguments: ["xlsx", "ods"])
    func roundTrip(format: String) throws {
        let dir = TemporaryDirectory("print-\(format)")
        let url = try PrintSample.write(format, to: dir)
        let reader = try PrintSample.reader(url)
        let layout = try reader.layout(ofSheet: 0)
        let p = try #require(layout.print)
        let headerLeft = PageText.plain(p.header?.left ?? []), headerRight = PageText.plain(p.header?.right ?? [])
        let footerCenter = PageText.plain(p.footer?.center ?? [])
        #expect(p.paper == .a4)
        #expect(p.landscape)
        #expect(p.fitToWidth == 1)
        #expect(p.repeatRows == 0...0)
        #expect(p.header == PrintSample.print.header)
        #expect(p.footer == PrintSample.print.footer)
        #expect(footerCenter == "Seite {Seite} / {Seiten}")
        #expect(layout.comments.count == 2)
        #expect(layout.comments.first { $0.cell == PrintSample.comment.cell } == PrintSample.comment)
        let notes = try #require(try reader.layout(ofSheet: 1).print)
        #expect(!notes.landscape)
        #expect(notes.repeatRows == nil)
        // The values are unchanged by the comments and charts.
        var rows: [Row] = []
        let stream = try reader.rows(ofSheet: 0)
        while let r = try stream.next() { rows.append(r) }
        #expect(rows.count == 81)
        #expect(rows[3][column: 2]?.value == .number(3))
        // Fill alignment (timeline bars) survives: the text never spills into the next cell.
        #expect(rows[3][column: 5]?.style?.horizontal == .fill)
    }

    @Test("the .ods chart objects are in the package, reference the table and are read back")
    func odsChartParts() throws {
        let dir = TemporaryDirectory("print-chart")
        let url = try PrintSample.write("ods", to: dir)
        let zip = try ZipArchive(path: url.path)
        let manifest = String(decoding: try #require(try zip.read(named: "META-INF/manifest.xml")), as: UTF8.self)
        #expect(manifest.contains("manifest:full-path=\"Object 1/\""))
        #expect(manifest.contains("application/vnd.oasis.opendocument.chart"))
        let chart = String(decoding: try #require(try zip.read(named: "Object 1/content.xml")), as: UTF8.self)
        #expect(chart.contains("chart:class=\"chart:bar\""))
        #expect(chart.contains("chart:stacked=\"true\""))
        #expect(chart.contains("table:cell-range-address=\"Daten.$A$2:Daten.$A$13"))
        #expect(chart.contains("chart:values-cell-range-address=\"Daten.$C$2:Daten.$C$13\""))
        let line = String(decoding: try #require(try zip.read(named: "Object 2/content.xml")), as: UTF8.self)
        #expect(line.contains("chart:class=\"chart:line\""))
        let content = String(decoding: try #require(try zip.read(named: "content.xml")), as: UTF8.self)
        #expect(content.contains("xlink:href=\"./Object 1\""))
        #expect(content.contains("<table:table-header-rows>"))
        #expect(content.contains("<calcext:conditional-formats>"))
        #expect(content.contains("<office:annotation"))
        // The reader turns the objects back into chart specs.
        let charts = try ODSReader(path: url.path).layout(ofSheet: 0).charts
        let written = PrintSample.workbook().sheets[0].layout.charts
        #expect(charts.map(\.kind) == [.stackedBar, .line])
        #expect(charts.map(\.title) == written.map(\.title))
        #expect(charts.map(\.anchor) == written.map(\.anchor))
        #expect(charts.map { $0.series.map(\.values) } == written.map { $0.series.map(\.values) })
        #expect(charts.map { $0.series.map(\.categories) } == written.map { $0.series.map(\.categories) })
        #expect(charts.map { $0.series.map(\.nameCell) } == written.map { $0.series.map(\.nameCell) })
        #expect(charts.map(\.width) == written.map(\.width))
    }

    @Test("LibreOffice reads charts, comments and conditional formats of the .ods", .requires("soffice"))
    func libreOfficeReadsODS() throws {
        try ExternalTools.require("soffice")
        let dir = TemporaryDirectory("print-lo")
        let url = try PrintSample.write("ods", to: dir)
        // LibreOffice saves what it understood as .xlsx; our reader and the zip tell what it kept.
        let xlsx = try ExternalTools.sofficeConvert(url, to: "xlsx", outputDirectory: dir.path("lo"))
        let zip = try ZipArchive(path: xlsx.path)
        let charts = zip.entries.map(\.name).filter { $0.hasPrefix("xl/charts/chart") && $0.hasSuffix(".xml") }
        #expect(charts.count == 2)
        let chartXML = try charts.map { String(decoding: try zip.read(named: $0) ?? [], as: UTF8.self) }.joined()
        #expect(chartXML.contains("Daten!$B$2:$B$13"))
        #expect(chartXML.contains("<c:barChart>") && chartXML.contains("<c:lineChart>"))
        let sheet = String(decoding: try zip.read(named: "xl/worksheets/sheet1.xml") ?? [], as: UTF8.self)
        #expect(sheet.contains("<conditionalFormatting"))
        let layout = try XLSXReader(path: xlsx.path).layout(ofSheet: 0)
        #expect(layout.comments.contains { $0.cell == PrintSample.comment.cell && $0.text.contains("der Wert fehlt.") })
        #expect(layout.print?.paper == .a4)
        #expect(layout.print?.repeatRows == 0...0)
    }

    @Test("openpyxl reads the .xlsx print set-up and comments", .requires("openpyxl"))
    func openpyxlReadsXLSX() throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("print-openpyxl")
        let url = try PrintSample.write("xlsx", to: dir)
        let lines = try ExternalTools.python(script: "print_setup_dump.py", [url.path, "Daten"]).text
            .split(separator: "\n").map(String.init)
        #expect(lines.contains("paper 9"))
        #expect(lines.contains("orientation landscape"))
        // fitToWidth 1 is OOXML's default, left out of the file.
        #expect(lines.contains("fitToWidth None fitToPage True"))
        #expect(lines.contains("titleRows $1:$1"))
        #expect(lines.contains("headerLeft Druckprobe && Test"))
        #expect(lines.contains("headerRight Stand: 31.03.2020"))
        #expect(lines.contains("footerCenter Seite &P / &N"))
        #expect(lines.contains("comment C4 OZGKit-Prüfung 'Bitte prüfen:\\nder Wert fehlt.'"), "\(lines)")
    }

    @Test("both formats print on A4 landscape, the notes sheet portrait", .requires("soffice", "pdfinfo"), arguments: ["xlsx", "ods"])
    func printsOnA4(format: String) throws {
        try ExternalTools.require("soffice", "pdfinfo")
        let dir = TemporaryDirectory("print-pdf-\(format)")
        let url = try PrintSample.write(format, to: dir)
        let pdf = try PrintedPDF.print(url, in: dir.url)
        #expect(pdf.isA4Landscape, "\(pdf.width) x \(pdf.height)")
        // 81 rows and two charts below them: two to four landscape pages, plus one for Hinweise.
        #expect((3...5).contains(pdf.pages), "\(pdf.pages) pages")
        let text = try ExternalTools.check(["pdftotext", "-layout", pdf.url.path, "-"])
        let s = String(decoding: text.stdout, as: UTF8.self)
        #expect(s.contains("Druckprobe & Test"))
        #expect(s.contains("Stand: 31.03.2020"))
        #expect(s.contains("Seite 1 / \(pdf.pages)"))
    }
}
