import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// Every built-in report, as .xlsx and .ods, printed by LibreOffice: A4, within a page bound,
/// page header and footer on the page, charts below the tables.
@Suite("Reports print on A4")
struct ReportPrintTests {
    @Test("every report sheet has the A4 set-up and its charts below the tables")
    func layout() throws {
        for (name, doc) in try SpreadsheetRenderingTests.documents() {
            let (workbook, placements) = ReportWorkbookBuilder.build(doc)
            for (i, sheet) in workbook.sheets.enumerated() {
                let p = try #require(sheet.layout.print, "\(name) \(sheet.name)")
                let headerLeft = PageText.plain(p.header?.left ?? []), headerRight = PageText.plain(p.header?.right ?? [])
                let footerCenter = PageText.plain(p.footer?.center ?? [])
                #expect(p.paper == .a4 && p.fitToWidth >= 1)
                // Sheets more than one page wide repeat their key column on every page.
                if p.fitToWidth > 1 { #expect(p.repeatColumns == 0...0 || (p.repeatColumns?.lowerBound == 0)) }
                #expect(headerLeft.hasPrefix(doc.title), "\(name)")
                #expect(footerCenter == "Seite {Seite} / {Seiten}")
                if let stand = doc.stand { #expect(headerRight == "Stand: " + stand.german) }
                if let first = placements[i].first { #expect(p.repeatRows == first.headerRow...first.headerRow) }
                let lastRow = sheet.rows.map(\.index).max() ?? 0
                // Timeline cells repeat their text inside the bar instead of spilling out of it.
                for (t, table) in doc.sheets[i].tables.enumerated() {
                    let dataRows = Set(placements[i][t].rowIndexes)
                    for (c, col) in table.columns.enumerated() where col.kind == .timeline {
                        for row in sheet.rows where dataRows.contains(row.index) {
                            if let cell = row[column: c], case .text = cell.value { #expect(cell.style?.horizontal == .fill, "\(name)") }
                        }
                    }
                }
                for chart in sheet.layout.charts {
                    #expect(chart.anchor.row > lastRow, "\(name): chart \(chart.title) beside the table")
                    #expect(chart.anchor.column == 0)
                    // Each chart starts a printed page and is at most one landscape page high.
                    #expect(p.rowBreaks.contains(chart.anchor.row))
                    #expect(chart.height <= 600)
                }
                // Header cells wrap between words: no column is narrower than its header's longest word.
                for row in sheet.rows where row.cells.contains(where: { $0.style?.wrapText == true && $0.style?.bold == true }) {
                    for cell in row.cells {
                        guard case .text(let header) = cell.value, let w = sheet.layout.columnWidths[cell.column] else { continue }
                        let longest = header.split(separator: " ").map(\.count).max() ?? 0
                        if header.count > 4 { #expect(w >= Double(longest), "\(name): „\(header)“ in \(w)") }
                    }
                }
            }
        }
    }

    @Test("LibreOffice prints every report on A4 within its page bound", .requires("soffice", "pdfinfo"), arguments: ["xlsx", "ods"])
    func printed(format: String) throws {
        try ExternalTools.require("soffice", "pdfinfo")
        let dir = TemporaryDirectory("report-print-\(format)")
        for (name, doc) in try SpreadsheetRenderingTests.documents() {
            let url = dir.path("\(name).\(format)")
            try SpreadsheetRenderingTests.renderer(format == "ods" ? .ods : .xlsx).render(doc, to: url.path)
            let pdf = try PrintedPDF.print(url, in: dir.url)
            #expect(pdf.isA4, "\(name).\(format): \(pdf.width) x \(pdf.height)")
            // The fixture has 6 Einzelleistungen per Themenfeld: no report needs more than 40 pages.
            #expect(pdf.pages >= 1 && pdf.pages <= 40, "\(name).\(format): \(pdf.pages) pages")
            let text = String(decoding: try ExternalTools.check(["pdftotext", pdf.url.path, "-"]).stdout, as: UTF8.self)
            #expect(text.contains("Seite 1 / "), "\(name).\(format): no page footer")
        }
    }
}
