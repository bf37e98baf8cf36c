import Foundation
import OZGDomain
import OZGFiles
import OZGSpreadsheet
import OZGTestSupport
import OZGWorkingSheet
import Testing

/// The working sheet as files, read by openpyxl and LibreOffice: what the Hinweise promise holds.
@Suite("Templates keep their promises (openpyxl, LibreOffice)", .requires("soffice", "openpyxl", "pdfinfo"))
struct TemplateFileTests {
    static func facts(_ xlsx: URL) throws -> [String: Any] {
        let out = try ExternalTools.python(script: "workbook_facts.py", [xlsx.path])
        return try #require(try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any])
    }

    @Test(".xlsx: protection allows sorting, filtering, resizing, own columns; drop-downs warn with a prompt; key columns frozen")
    func xlsx() throws {
        try ExternalTools.require("soffice", "openpyxl", "pdfinfo")
        let dir = TemporaryDirectory("template-xlsx")
        let file = dir.path("bauen.xlsx")
        let wb = WorkingSheetTemplate.make(catalog: WS.smallCatalog, themenfeld: "Bauen & Wohnen")
        try SpreadsheetFile.write(wb, to: file.path)
        let facts = try Self.facts(file)
        let protection = try #require((facts["protection"] as? [String: [String: Bool]])?["Bewertung"])
        // openpyxl's flags are true where the action is forbidden.
        #expect(protection["sheet"] == true)
        #expect(protection["sort"] == false && protection["autoFilter"] == false)
        #expect(protection["formatColumns"] == false && protection["formatRows"] == false && protection["insertColumns"] == false)
        #expect((facts["unlockedBeyond"] as? [String: Bool])?["Bewertung"] == true)
        #expect((facts["frozen"] as? [String: Any])?["Bewertung"] as? String == "G2")
        let validations = try #require((facts["validations"] as? [String: [[String: Any]]])?["Bewertung"])
        #expect(!validations.isEmpty)
        for v in validations {
            #expect(v["errorStyle"] as? String == "warning")
            #expect((v["prompt"] as? String)?.contains("x, ✓, 1") == true)
        }
        // The Hinweise sheet alone prints on one page.
        var hinweise = wb
        hinweise.sheets = [wb.sheets[0]]
        let cover = dir.path("hinweise.xlsx")
        try SpreadsheetFile.write(hinweise, to: cover.path)
        let pdf = try ExternalTools.sofficeConvert(cover, to: "pdf", outputDirectory: dir.path("pdf"))
        let info = try ExternalTools.check(["pdfinfo", pdf.path]).text
        #expect(info.contains("Pages:           1"))
    }

    @Test(".ods as LibreOffice reads it: cells right of the table unlocked, inserting columns allowed, drop-downs warn")
    func ods() throws {
        try ExternalTools.require("soffice", "openpyxl")
        let dir = TemporaryDirectory("template-ods")
        let file = dir.path("bauen.ods")
        let wb = WorkingSheetTemplate.make(catalog: WS.smallCatalog, themenfeld: "Bauen & Wohnen")
        try SpreadsheetFile.write(wb, to: file.path)
        let xlsx = try ExternalTools.sofficeConvert(file, to: "xlsx", outputDirectory: dir.path("lo"))
        let facts = try Self.facts(xlsx)
        let protection = try #require((facts["protection"] as? [String: [String: Bool]])?["Bewertung"])
        #expect(protection["sheet"] == true)
        #expect(protection["insertColumns"] == false)
        let validations = try #require((facts["validations"] as? [String: [[String: Any]]])?["Bewertung"])
        #expect(validations.allSatisfy { $0["errorStyle"] as? String == "warning" })
        #expect(validations.contains { ($0["prompt"] as? String)?.contains("x, ✓, 1") == true })
        let cells = try ExternalTools.python(script: "cell_locked.py", [xlsx.path, "Bewertung"]).text
        // Key column locked, verdict column unlocked, the first column right of the table unlocked.
        let header = wb.sheets[1].rows[0].cells.count
        #expect(cells.contains("E2=locked"))
        #expect(cells.contains("H2=unlocked"))
        #expect(cells.contains("\(CellReference.columnName(header))2=unlocked"))
    }
}
