import Foundation
import OZGDomain
import OZGODS
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// Renders the built-in reports to .xlsx and .ods with the real writers and checks them with
/// LibreOffice: the first sheet, converted to CSV, shows the same figures as the document.
@Suite("Reports as .xlsx and .ods, checked with LibreOffice")
struct SpreadsheetRenderingTests {
    static func renderer(_ format: ReportFormat) -> SpreadsheetReportRenderer {
        SpreadsheetReportRenderer(format: format) { path in
            if format == .ods { return try ODSWriter(path: path) as any SpreadsheetWriter }
            return try XLSXWriter(path: path) as any SpreadsheetWriter
        }
    }

    /// What LibreOffice displays for a value in the formats the renderer sets.
    static func display(_ v: ReportValue) -> String {
        switch v {
        case .text(let s), .verdict(let s): return s
        case .integer(let n): return String(n)
        case .percent(let p): return "\(Int((p * 100).rounded()))%"
        case .date(let d):
            func pad(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
            return "\(pad(d.day)).\(pad(d.month)).\(d.year)"
        case .number(let d): return NumberText.shortest(d)
        case .empty: return ""
        }
    }

    static func documents() throws -> [(String, ReportDocument)] {
        let f = try ReportFixture.make(perThema: 6)
        var model = f.model
        model.vorhaben = RoadmapReportTests.model().vorhaben
        var out: [(String, ReportDocument)] = []
        for g in ReportRegistry.builtInGenerators where g.name != "kommunen-matrix" {
            out.append((g.name, try g.generate(model: model, options: ReportOptions())))
        }
        let per = try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions(kommune: "Lübbecke"))
        out += per.map { ($0.fileStem, $0.document) }
        return out
    }

    @Test("every report opens in LibreOffice with the same figures", .requires("soffice"), arguments: [ReportFormat.xlsx, .ods])
    func libreOffice(format: ReportFormat) throws {
        try ExternalTools.require("soffice")
        let dir = TemporaryDirectory("report-\(format.rawValue)")
        for (name, doc) in try Self.documents() {
            let path = dir.path("\(name).\(format.rawValue)")
            try Self.renderer(format).render(doc, to: path.path)
            #expect(FileManager.default.fileExists(atPath: path.path))
            if let keep = ProcessInfo.processInfo.environment["OZG_KEEP_REPORTS"] {
                try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
                try? FileManager.default.removeItem(atPath: keep + "/" + path.lastPathComponent)
                try? FileManager.default.copyItem(atPath: path.path, toPath: keep + "/" + path.lastPathComponent)
            }
            let csvURL = try ExternalTools.sofficeConvert(
                path, to: "csv:Text - txt - csv (StarCalc):44,34,76,1", outputDirectory: dir.path("csv-\(name)"))
            let rows = ReportFixture.parseCSV(try String(contentsOf: csvURL, encoding: .utf8))
            func cell(_ r: Int, _ c: Int) -> String { r < rows.count && c < rows[r].count ? rows[r][c] : "" }
            // Layout: title, byline, blank row, table title, header, then the rows.
            #expect(cell(0, 0) == doc.title, "\(name)")
            #expect(cell(1, 0).contains("Beispieldaten"), "\(name)")
            let table = doc.sheets[0].tables[0]
            #expect(cell(3, 0) == table.title)
            for (c, col) in table.columns.enumerated() { #expect(cell(4, c) == col.name, "\(name) header \(c)") }
            var mismatches = 0
            for (r, row) in table.rows.enumerated() {
                for c in table.columns.indices where cell(5 + r, c) != Self.display(row[c]) {
                    if mismatches < 5 { Issue.record("\(name).\(format.rawValue) row \(r) col \(c): \(cell(5 + r, c)) ≠ \(Self.display(row[c]))") }
                    mismatches += 1
                }
            }
            #expect(mismatches == 0, "\(name).\(format.rawValue)")
        }
    }

    @Test(".xlsx chart parts exist and point at the table's ranges", .requires("unzip"))
    func xlsxCharts() throws {
        try ExternalTools.require("unzip")
        let f = try ReportFixture.make(perThema: 6)
        let doc = try AbdeckungReport().generate(model: f.model, options: ReportOptions())
        let dir = TemporaryDirectory("report-charts")
        let path = dir.path("abdeckung.xlsx")
        try Self.renderer(.xlsx).render(doc, to: path.path)
        let list = try ExternalTools.check(["unzip", "-Z1", path.path]).text
        #expect(list.contains("xl/charts/chart1.xml"))
        #expect(list.contains("xl/charts/chart2.xml"))
        let chart = try ExternalTools.check(["unzip", "-p", path.path, "xl/charts/chart1.xml"]).text
        // Data rows start on sheet row 6 (title, byline, blank, table title, header) and stop
        // before the total row: one row per Themenfeld.
        let first = 6, last = 6 + f.themen.count - 1
        #expect(chart.contains("Abdeckung!$A$\(first):$A$\(last)"))
        #expect(chart.contains("Abdeckung!$C$\(first):$C$\(last)"))  // Einzelleistungen
        #expect(chart.contains("Abdeckung!$D$\(first):$D$\(last)"))  // vollständig bewertet
        #expect(!chart.contains("$\(last + 1)<"))
    }
}
