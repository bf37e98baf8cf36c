import Foundation
import OZGDomain
import OZGODS
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// The council pack: what a council receives by e-mail.
@Suite("Council pack (Kommunen-Matrix per council)")
struct KommunenPackTests {
    static let settings = WorkspaceSettings(
        kontakt: "Geschäftsstelle FAG OZG, ozg@example.org", rueckmeldungBis: CalendarDate(year: 2026, month: 3, day: 31),
        anschreiben: "Bitte prüfen Sie die Liste bis zur nächsten Sitzung.", herausgeber: "krz Lemgo")

    /// The fixture with settings, Minden's Kommunaltyp confirmed, and one Vorhaben for a Leistung relevant to Minden.
    static func model(settings: WorkspaceSettings = settings) throws -> (ReportFixture, DomainModel) {
        let f = try ReportFixture.make(perThema: 8)
        var model = f.model
        model.settings = settings
        model.kommunen[4].status = "bestätigt (VO zu § 4 GO NRW, § 1)"
        let gks = f.typeNames.firstIndex(of: "Große kreisangehörige Stadt") ?? 0
        let relevant = try #require(f.truth.indices.first { f.truth[$0][gks] == .ja })
        let e = model.catalog.einzelleistungen[relevant]
        model.vorhaben = [
            Umsetzungsvorhaben(
                einzelleistung: e.id, ozgId: e.ozgId, titel: "Online-Antrag \(e.ozgLeistung)", loesungsansatz: "EfA",
                ende: CalendarDate(year: 2026, month: 9, day: 30), status: .inUmsetzung),
        ]
        return (f, model)
    }

    static func pack(_ model: DomainModel, _ kommune: String) throws -> ReportDocument {
        let reports = try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions(kommune: kommune))
        return try #require(reports.first?.document)
    }

    static func facts(_ doc: ReportDocument) -> [String: String] {
        var out: [String: String] = [:]
        for row in doc.sheets[0].tables[0].rows { out[row[0].displayText] = row[1].displayText }
        return out
    }

    @Test("Hinweise: for whom, Kommunaltyp confirmed or not, Stand, request, reply-by date, contact")
    func hinweise() throws {
        let (_, model) = try Self.model()
        let minden = try Self.pack(model, "Minden")
        #expect(minden.sheets.map(\.name) == ["Hinweise", "Relevante Leistungen", "Umsetzungsstand", "Vorhaben"])
        let facts = Self.facts(minden)
        #expect(facts["Für"] == "Minden (Kreis Minden-Lübbecke)")
        #expect(facts["Kommunaltyp"] == "Große kreisangehörige Stadt (in der Mitgliederliste bestätigt)")
        #expect(facts["Stand"] == "30.06.2020")
        #expect(facts["Worum wir Sie bitten"] == Self.settings.anschreiben)
        #expect(facts["Rückmeldung bis"] == "31.03.2026")
        #expect(facts["Ansprechperson"] == Self.settings.kontakt)
        #expect(facts["Inhalt"]?.contains("Blatt „Vorhaben“: 1 Vorhaben") == true)
        #expect(minden.author == "krz Lemgo" && minden.company == "krz Lemgo")
        let vorhaben = try #require(minden.sheets[3].tables.first)
        #expect(vorhaben.rows.count == 1)
        #expect(vorhaben.rows[0][0].displayText.hasPrefix("Online-Antrag"))
        let leistungen = minden.sheets[1].tables[0]
        #expect(leistungen.rows.contains { $0[6].displayText.contains("Vorhaben: in Umsetzung bis 30.09.2026 (EfA)") })

        #expect(HTMLReportRenderer().html(for: minden).contains("Ihre Verwaltung.<br>teilweise:"))

        let luebbecke = Self.facts(try Self.pack(model, "Lübbecke"))
        #expect(luebbecke["Kommunaltyp"]?.contains("noch nicht bestätigt") == true)
        #expect(luebbecke["Kommunaltyp"]?.contains("Bitte prüfen Sie, ob der Kommunaltyp stimmt") == true)
    }

    @Test("without settings: the default request, no invented date or contact; no jargon anywhere")
    func withoutSettings() throws {
        var (_, model) = try Self.model(settings: WorkspaceSettings())
        model.vorhaben = []
        let doc = try Self.pack(model, "Hüllhorst")
        let facts = Self.facts(doc)
        #expect(facts["Worum wir Sie bitten"]?.contains("Ihre Rückmeldung") == true)
        #expect(facts["Worum wir Sie bitten"]?.contains("Ansprechperson") == false)
        #expect(facts["Rückmeldung bis"] == nil && facts["Ansprechperson"] == nil)
        #expect(doc.sheets.count == 3)  // no Vorhaben, no Vorhaben sheet
        var all = doc.sheets.flatMap(\.notes)
        for sheet in doc.sheets { for t in sheet.tables { for r in t.rows { all += r.cells.map(\.displayText) } } }
        let text = all.joined(separator: " ")
        for jargon in ["geht vor", "fehlen in der Liste", "Ausnahme für"] { #expect(!text.contains(jargon), "\(jargon)") }
    }

    static func write(_ doc: ReportDocument, _ format: ReportFormat, to path: URL) throws {
        let renderer = SpreadsheetReportRenderer(format: format) { p in
            format == .ods ? try ODSWriter(path: p) as any SpreadsheetWriter : try XLSXWriter(path: p) as any SpreadsheetWriter
        }
        try renderer.render(doc, to: path.path)
    }

    static func pages(_ pdf: URL) throws -> Int {
        let info = try ExternalTools.check(["pdfinfo", pdf.path]).text
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? -1
    }

    @Test(
        "openpyxl and LibreOffice read the pack; the Hinweise sheet prints on one page",
        .requires("soffice", "openpyxl", "pdfinfo"), arguments: [ReportFormat.xlsx, .ods])
    func files(format: ReportFormat) throws {
        try ExternalTools.require("soffice", "openpyxl", "pdfinfo")
        let (_, model) = try Self.model()
        let doc = try Self.pack(model, "Minden")
        let dir = TemporaryDirectory("council-pack-\(format.rawValue)")
        let file = dir.path("minden.\(format.rawValue)")
        try Self.write(doc, format, to: file)
        // .ods through LibreOffice to .xlsx, so openpyxl reads what LibreOffice read.
        let xlsx = format == .xlsx ? file : try ExternalTools.sofficeConvert(file, to: "xlsx", outputDirectory: dir.path("x"))
        let out = try ExternalTools.python(script: "workbook_facts.py", [xlsx.path])
        let facts = try #require(try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any])
        #expect(facts["sheets"] as? [String] == ["Hinweise", "Relevante Leistungen", "Umsetzungsstand", "Vorhaben"])
        #expect(facts["title"] as? String == "OZG-Leistungen für Minden")
        #expect(facts["creator"] as? String == "krz Lemgo")
        if format == .xlsx { #expect(facts["company"] as? String == "krz Lemgo") }
        let first = facts["first"] as? [[String]] ?? []
        #expect(first.contains { $0.first == "Rückmeldung bis" })
        #expect(first.contains { $0.count > 1 && $0[0] == "Ansprechperson" && $0[1] == Self.settings.kontakt })

        // The Hinweise sheet alone prints on one page; the whole pack within a bound.
        var cover = doc
        cover.sheets = [doc.sheets[0]]
        let coverFile = dir.path("hinweise.\(format.rawValue)")
        try Self.write(cover, format, to: coverFile)
        let coverPDF = try ExternalTools.sofficeConvert(coverFile, to: "pdf", outputDirectory: dir.path("pdf"))
        #expect(try Self.pages(coverPDF) == 1)
        let packPDF = try ExternalTools.sofficeConvert(file, to: "pdf", outputDirectory: dir.path("pdf"))
        // Bound: the Hinweise page, eight rows of Leistungen a page (the list and the status
        // sheet), the Vorhaben page, one spare.
        // The .ods writer does not yet scale a sheet to the page width (print set-up is being
        // extended apart from this work), so its wide matrix may take up to three pages across.
        let rows = doc.sheets[1].tables[0].rows.count
        let bound = 4 + 2 * rows / 8
        #expect(try Self.pages(packPDF) <= (format == .xlsx ? bound : 3 * bound))
        if let keep = ProcessInfo.processInfo.environment["OZG_KEEP_REPORTS"] {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            for f in [file, packPDF, coverPDF] {
                try? FileManager.default.removeItem(atPath: keep + "/pack-" + f.lastPathComponent)
                try? FileManager.default.copyItem(atPath: f.path, toPath: keep + "/pack-" + f.lastPathComponent)
            }
        }
    }
}
