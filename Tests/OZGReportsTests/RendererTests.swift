import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// A writer that keeps what it is given, to test the renderer without a format module.
final class RecordingWriter: SpreadsheetWriter {
    var sheets: [Sheet] = []
    var closed = false
    func beginSheet(_ info: SheetInfo, layout: SheetLayout) throws { sheets.append(Sheet(info: info, layout: layout)) }
    func write(_ row: Row) throws {
        guard !sheets.isEmpty else { return }
        if let last = sheets[sheets.count - 1].rows.last { #expect(row.index > last.index) }
        sheets[sheets.count - 1].rows.append(row)
    }
    func close() throws { closed = true }
    func discard() {}
}

@Suite("Renderers")
struct RendererTests {
    static func sampleDocument() -> ReportDocument {
        ReportDocument(
            title: "<script>alert(1)</script> & „Bericht“", subtitle: "Test \"Zitat\"", stand: CalendarDate(year: 2020, month: 6, day: 30),
            isSampleData: true,
            sheets: [
                ReportSheet(
                    name: "Blatt/1: [Test]",
                    tables: [
                        ReportTable(
                            title: "Tabelle <1>",
                            columns: [ReportColumn("Name"), ReportColumn("Zahl", kind: .integer), ReportColumn("Anteil", kind: .percent),
                                      ReportColumn("Datum", kind: .date), ReportColumn("Relevanz", kind: .verdict)],
                            rows: [
                                ReportRow([.text("=SUMME(A1)"), .integer(3), .percent(0.25), .date(CalendarDate(year: 2022, month: 12, day: 31)), .verdict("ja")]),
                                ReportRow([.text("b, \"c\""), .integer(-4), .empty, .empty, .verdict("nein")]),
                                ReportRow([.text("Summe"), .integer(-1), .percent(1), .empty, .empty], role: .total),
                            ]),
                        ReportTable(title: "Zweite", columns: [ReportColumn("x", kind: .number)], rows: [ReportRow([.number(1.5)])]),
                    ],
                    charts: [ReportChart(kind: .bar, title: "Zahlen", valueColumns: [1])],
                    notes: ["Hinweis <b>fett</b>"]),
            ])
    }

    @Test("JSON has the required shape with plain values and reads back unchanged")
    func json() throws {
        let doc = Self.sampleDocument()
        let data = ReportJSON.encode(doc)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(obj["title"] as? String == doc.title)
        let sheets = try #require(obj["sheets"] as? [[String: Any]])
        #expect(sheets[0]["name"] as? String == "Blatt/1: [Test]")
        let tables = try #require(sheets[0]["tables"] as? [[String: Any]])
        #expect(tables[0]["title"] as? String == "Tabelle <1>")
        #expect(tables[0]["columns"] as? [String] == ["Name", "Zahl", "Anteil", "Datum", "Relevanz"])
        let rows = try #require(tables[0]["rows"] as? [[Any]])
        #expect(rows[0][0] as? String == "=SUMME(A1)")
        #expect((rows[0][1] as? NSNumber)?.intValue == 3)
        #expect((rows[0][2] as? NSNumber)?.doubleValue == 0.25)
        #expect(rows[0][3] as? String == "2022-12-31")
        #expect(rows[1][2] is NSNull)
        let back = try ReportJSON.decode(data)
        #expect(back == doc)
        // Codable agrees with ReportJSON.
        let viaCodable = try JSONDecoder().decode(ReportDocument.self, from: try JSONEncoder().encode(doc))
        #expect(viaCodable == doc)
        // Built-in reports round-trip too.
        let f = try ReportFixture.make(perThema: 5)
        for g in ReportRegistry.builtInGenerators {
            let d = try g.generate(model: f.model, options: ReportOptions())
            #expect(try ReportJSON.decode(ReportJSON.encode(d, pretty: false)) == d, "\(g.name)")
        }
    }

    @Test("JSON from plug-ins: minimal documents decode, broken ones are errors naming the source")
    func jsonDecoding() throws {
        let minimal = #"{"title":"T","sheets":[{"name":"S","tables":[{"title":"X","columns":["a","b","c"],"rows":[["x",1,2.5],[null,2,true]]}]}]}"#
        let doc = try ReportJSON.decode(Data(minimal.utf8))
        let t = doc.sheets[0].tables[0]
        #expect(t.columns.map(\.kind) == [.text, .integer, .text])
        #expect(t.rows[0].cells == [.text("x"), .integer(1), .number(2.5)])
        #expect(t.rows[1].cells == [.empty, .integer(2), .text("ja")])
        for bad in [#"{"sheets":[]}"#, "[1,2]", "nicht json", #"{"title":"T","sheets":[{"name":"S","tables":[{"title":"X","columns":["a"],"rows":[[1,2]]}]}]}"#] {
            do {
                _ = try ReportJSON.decode(Data(bad.utf8), source: "ozg-report-test")
                Issue.record("accepted \(bad)")
            } catch let ReportError.invalidJSON(source, _) {
                #expect(source == "ozg-report-test")
            }
        }
    }

    @Test("workbook: title, Beispieldaten, styled header, frozen pane, filter, print set-up, chart ranges, verdict colours")
    func workbook() throws {
        let doc = Self.sampleDocument()
        let wb = ReportWorkbookBuilder.workbook(for: doc)
        let sheet = try #require(wb.sheets.first)
        #expect(sheet.name == "Blatt-1- -Test-")
        #expect(sheet.value(row: 0, column: 0) == .text(doc.title))
        #expect(sheet.value(row: 1, column: 0).textValue?.contains("Beispieldaten") == true)
        #expect(sheet.value(row: 1, column: 0).textValue?.contains("Stand: 30.06.2020") == true)
        // Row 3: table title, row 4: header, rows 5-7: data and total.
        #expect(sheet.value(row: 3, column: 0) == .text("Tabelle <1>"))
        #expect(sheet.value(row: 4, column: 1) == .text("Zahl"))
        #expect(sheet.value(row: 5, column: 0) == .text("=SUMME(A1)"))
        let dataRow = try #require(sheet.rows.first { $0.index == 5 })
        #expect(dataRow[column: 0]?.formula == nil)
        #expect(dataRow[column: 1]?.value == .number(3))
        #expect(dataRow[column: 2]?.format?.kind == .percent)
        #expect(dataRow[column: 3]?.value == .date(CalendarDate(year: 2022, month: 12, day: 31)))
        #expect(dataRow[column: 4]?.style?.fillColor == ReportPalette.fill(for: "ja"))
        let totalRow = try #require(sheet.rows.first { $0.index == 7 })
        #expect(totalRow[column: 0]?.style?.bold == true)
        #expect(sheet.layout.frozen == FrozenPane(rows: 5, columns: 0))
        #expect(sheet.layout.autoFilter == CellRange("A5:E8"))
        // Five narrow columns: A4 portrait, one page wide.
        #expect(sheet.layout.print?.landscape == false)
        #expect(sheet.layout.print?.paper == .a4 && sheet.layout.print?.fitToWidth == 1)
        #expect(sheet.layout.print?.repeatRows == 4...4)
        let chart = try #require(sheet.layout.charts.first)
        #expect(chart.kind == .bar)
        #expect(chart.series.first?.values == CellRange("B6:B7"))
        #expect(chart.series.first?.categories == CellRange("A6:A7"))
        #expect(chart.series.first?.sheet == sheet.name)
        #expect(sheet.layout.conditionalFormats.contains { $0.range == CellRange("E6:E8") })
        // The second table sits below the first, after a blank row.
        #expect(sheet.value(row: 9, column: 0) == .text("Zweite"))
        #expect(sheet.value(row: 11, column: 0) == .number(1.5))
        #expect(wb.properties.title == doc.title)

        let recorder = RecordingWriter()
        let renderer = SpreadsheetReportRenderer(format: .xlsx) { _ in recorder }
        try renderer.render(doc, to: "/nonexistent/out.xlsx")
        #expect(recorder.closed)
        #expect(recorder.sheets.map(\.name) == wb.sheets.map(\.name))
        #expect(recorder.sheets[0].rows.count == sheet.rows.count)
    }

    @Test("heat map and group rows of the Kommunaltyp-Matrix in the workbook")
    func heatMap() throws {
        let f = try ReportFixture.make(perThema: 6)
        let doc = try KommunaltypMatrixReport().generate(model: f.model, options: ReportOptions())
        let wb = ReportWorkbookBuilder.workbook(for: doc)
        let summary = try #require(wb[sheetNamed: "Übersicht"])
        let scale = summary.layout.conditionalFormats.first {
            if case .colorScale = $0.rule { return true }
            return false
        }
        let range = try #require(scale?.range)
        #expect(range.start.column == 2 && range.end.column == 2 + f.typeNames.count - 1)
        #expect(range.rowCount == f.themen.count)  // the total row stays out
        let matrix = try #require(wb[sheetNamed: "Matrix"])
        let group = try #require(matrix.rows.first { $0.value(at: 0) == .text(f.themen[0]) })
        #expect(group[column: 0]?.style?.fillColor == ReportPalette.groupFill)
        #expect(matrix.layout.frozen?.columns == 2)
    }

    @Test("CSV: one file per table, RFC 4180 quoting, formula guard")
    func csv() throws {
        let dir = TemporaryDirectory("report-csv")
        let written = try CSVReportRenderer().render(Self.sampleDocument(), to: dir.path("bericht.csv").path)
        #expect(written.count == 2)
        #expect(written.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        let first = try String(contentsOfFile: written[0], encoding: .utf8)
        let rows = ReportFixture.parseCSV(first).filter { $0 != [""] }
        #expect(rows[0] == ["Name", "Zahl", "Anteil", "Datum", "Relevanz"])
        #expect(rows[1] == ["'=SUMME(A1)", "3", "0.25", "2022-12-31", "ja"])
        #expect(rows[2] == ["b, \"c\"", "-4", "", "", "nein"])
        #expect(first.contains("\r\n"))
    }

    @Test("HTML escapes every text, labels sample data, carries the legend and charts")
    func html() throws {
        let html = HTMLReportRenderer().html(for: Self.sampleDocument())
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; „Bericht“"))
        #expect(html.contains("Test &quot;Zitat&quot;"))
        #expect(html.contains("Hinweis &lt;b&gt;fett&lt;/b&gt;"))
        #expect(html.contains("Beispieldaten"))
        #expect(html.contains("Stand: 30.06.2020"))
        #expect(html.contains("<svg"))
        #expect(html.contains("position:sticky"))
        #expect(html.contains("@media print"))
        #expect(html.contains("class=\"legend\""))
        #expect(html.contains("25 %"))
        #expect(html.contains("31.12.2022"))
        #expect(!html.contains("<link") && !html.contains("src=\"http"))
    }

    @Test("HTML of every built-in report renders in headless Chromium and is not blank", .requires("chromium"))
    func chromium() throws {
        try ExternalTools.require("chromium")
        let f = try ReportFixture.make(perThema: 10)
        var model = f.model
        model.vorhaben = RoadmapReportTests.model().vorhaben
        let dir = TemporaryDirectory("report-html")
        let keep = ProcessInfo.processInfo.environment["OZG_KEEP_SCREENSHOTS"]
        for g in ReportRegistry.builtInGenerators {
            let doc = try g.generate(model: model, options: ReportOptions())
            let page = dir.path("\(g.name).html")
            try HTMLReportRenderer().render(doc, to: page.path)
            let png = dir.path("\(g.name).png")
            let profile = dir.path("chromium-\(g.name)")
            _ = try ExternalTools.run([
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=\(profile.path)", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=3000",
                "--window-size=1280,900", "--screenshot=\(png.path)", page.absoluteString,
            ])
            #expect(FileManager.default.fileExists(atPath: png.path), "\(g.name)")
            let stats = try ExternalTools.python(script: "report_png_stats.py", [png.path])
            let obj = try #require(try JSONSerialization.jsonObject(with: stats.stdout) as? [String: Any])
            let colors = (obj["colors"] as? NSNumber)?.intValue ?? 0
            let dominant = (obj["dominantShare"] as? NSNumber)?.doubleValue ?? 1
            #expect(obj["width"] as? NSNumber == 1280)
            #expect(colors > 20, "\(g.name): only \(colors) colours")
            #expect(dominant < 0.9, "\(g.name): \(dominant) of the page is one colour")
            if let keep {
                try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
                try? FileManager.default.removeItem(atPath: keep + "/\(g.name).png")
                try? FileManager.default.copyItem(atPath: png.path, toPath: keep + "/\(g.name).png")
                try? FileManager.default.removeItem(atPath: keep + "/\(g.name).html")
                try? FileManager.default.copyItem(atPath: page.path, toPath: keep + "/\(g.name).html")
            }
        }
    }
}
