import Foundation
import OZGDomain
import OZGFiles
import OZGSpreadsheet
import OZGTestSupport
import OZGWorkingSheet
import Testing

/// The Gesamtliste prints on A4: every sheet set up, LibreOffice's PDF A4 within a page bound.
@Suite("Gesamtliste print")
struct GesamtlistePrintTests {
    static func model() -> DomainModel {
        DomainModel(catalog: WS.smallCatalog, stand: CalendarDate(year: 2020, month: 3, day: 31), isSampleData: true)
    }

    @Test("every sheet has A4, fit to width, header with title and Stand, page numbers")
    func setup() throws {
        let wb = GesamtlisteExport.workbook(model: Self.model())
        for sheet in wb.sheets where sheet.info.visibility == .visible {
            let p = try #require(sheet.layout.print, "\(sheet.name)")
            let headerLeft = PageText.plain(p.header?.left ?? []), headerRight = PageText.plain(p.header?.right ?? [])
            let footerCenter = PageText.plain(p.footer?.center ?? [])
            #expect(p.paper == .a4 && p.fitToWidth == 1)
            #expect(headerLeft.hasPrefix("OZG-Gesamtliste"))
            #expect(headerRight == "Stand: 31.03.2020")
            #expect(footerCenter == "Seite {Seite} / {Seiten}")
        }
        let bewertung = try #require(wb.sheets.first { $0.name == WorkingSheetLayout.bewertungSheet })
        #expect(bewertung.layout.print?.landscape == true)
        #expect(bewertung.layout.print?.repeatRows == 0...0)
        // Header cells wrap between words: „Kreisangehörige Stadt/Gemeinde“ never as „kreisangehörig|e“.
        let header = try #require(bewertung.rows.first { $0.index == 0 })
        for cell in header.cells where !bewertung.layout.hiddenColumns.contains(cell.column) {
            guard case .text(let h) = cell.value else { continue }
            let longest = h.split(separator: " ").map(\.count).max() ?? 0
            #expect((bewertung.layout.columnWidths[cell.column] ?? 0) >= Double(longest) + 3, "„\(h)“")
        }
    }

    @Test("LibreOffice prints it on A4", .requires("soffice", "pdfinfo"), arguments: ["xlsx", "ods"])
    func printed(format: String) throws {
        try ExternalTools.require("soffice", "pdfinfo")
        let dir = TemporaryDirectory("gesamt-pdf-\(format)")
        let url = dir.path("gesamtliste.\(format)")
        try SpreadsheetFile.write(GesamtlisteExport.workbook(model: Self.model()), to: url.path)
        let pdf = try PrintedPDF.print(url, in: dir.url)
        #expect(pdf.isA4, "\(pdf.width) x \(pdf.height)")
        let rows = WS.smallCatalog.einzelleistungen.count
        // About 30 catalogue rows per landscape page, plus the Hinweise and the lists.
        #expect(pdf.pages >= 1 && pdf.pages <= rows / 10 + 8, "\(pdf.pages) pages for \(rows) rows")
        let text = String(decoding: try ExternalTools.check(["pdftotext", pdf.url.path, "-"]).stdout, as: UTF8.self)
        #expect(text.contains("Stand: 31.03.2020"))
        #expect(text.contains("Seite 1 / "))
    }
}
