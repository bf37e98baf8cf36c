import Foundation
import OZGDomain
import OZGFiles
import OZGSpreadsheet
import OZGTestSupport
import OZGWorkingSheet
import Testing

/// The Prüfbericht: names the file, keeps the original widths, comments every marked cell,
/// prints on A4 without overlapping messages.
@Suite("Prüfbericht print and comments")
struct PruefberichtPrintTests {
    static let path = "/srv/ozg/eingang/2024/Bauen und Wohnen – Pate Müller.xlsx"

    static func original() -> Workbook {
        var rows: [Row] = [Row(index: 0, cells: ["LeiKa-Schlüssel", "Leistungsbezeichnung", "Kreis", "GKS"].enumerated().map {
            Cell(column: $0.offset, value: .text($0.element))
        })]
        for i in 1...30 {
            rows.append(Row(index: i, cells: [
                Cell(column: 0, value: .text("9910702301\(String(format: "%04d", i))")),
                Cell(column: 1, value: .text("Wohngeld Bewilligung eines Antrags auf Mietzuschuss Nummer \(i)")),
                Cell(column: 2, value: .text(i % 3 == 0 ? "vielleicht" : "ja")),
            ]))
        }
        // No widths at all in the first sheet (as a CSV-born file); the second keeps its own.
        var kept = SheetLayout(columnWidths: [0: 19, 1: 33])
        kept.frozen = FrozenPane(rows: 1, columns: 0)
        return Workbook(sheets: [Sheet(name: "Bewertung", rows: rows), Sheet(name: "Vorhaben", rows: rows, layout: kept)])
    }

    static func findings() -> [Finding] {
        var out: [Finding] = []
        for i in stride(from: 3, through: 30, by: 3) {
            out.append(Finding(
                file: path, sheet: "Bewertung", cell: "C\(i + 1)", severity: .error,
                message: "„vielleicht“ ist keine Relevanz. Erlaubt sind ja, nein, teilweise oder ein leeres Feld für offen; bitte tragen Sie eine dieser Angaben ein, damit die Zeile übernommen werden kann.",
                raw: "vielleicht"))
        }
        out.append(Finding(file: path, sheet: "Vorhaben", cell: "D2", severity: .warning, message: "Leere Zelle: GKS gilt als offen."))
        out.append(Finding(file: path, sheet: "Vorhaben", cell: "D2", severity: .error, message: "Zweite Meldung zur selben Zelle."))
        return out
    }

    @Test("title names the file, copies keep or fit widths, marked cells carry their messages")
    func content() throws {
        let wb = Pruefbericht.workbook(original: Self.original(), findings: Self.findings(), file: Self.path)
        let report = wb.sheets[0]
        let reportHeader = PageText.plain(report.layout.print?.header?.left ?? [])
        #expect(report.rows[0][column: 0]?.value == .text("Prüfbericht für Bauen und Wohnen – Pate Müller.xlsx"))
        #expect(wb.properties.title == "Prüfbericht Bauen und Wohnen – Pate Müller.xlsx")
        #expect(!reportHeader.contains("/srv"))
        // Long messages get rows tall enough for their wrapped lines.
        #expect((report.rows[4].height ?? 0) >= 30)
        let bewertung = wb.sheets[1], vorhaben = wb.sheets[2]
        #expect(bewertung.name == "Original Bewertung")
        #expect((bewertung.layout.columnWidths[1] ?? 0) >= 50)
        #expect((bewertung.layout.columnWidths[0] ?? 0) >= 16)
        #expect(vorhaben.layout.columnWidths[0] == 19 && vorhaben.layout.columnWidths[1] == 33)
        #expect(bewertung.layout.comments.count == 10)
        let c4 = try #require(bewertung.layout.comments.first { $0.cell == CellReference("C4") })
        #expect(c4.text.hasPrefix("Fehler: „vielleicht“ ist keine Relevanz."))
        let d2 = try #require(vorhaben.layout.comments.first { $0.cell == CellReference("D2") })
        #expect(d2.text == "Warnung: Leere Zelle: GKS gilt als offen.\nFehler: Zweite Meldung zur selben Zelle.")
        #expect(vorhaben.layout.print?.repeatRows == 0...0)
    }

    @Test("written as .xlsx and .ods, the comments are read back", arguments: ["xlsx", "ods"])
    func roundTrip(format: String) throws {
        let dir = TemporaryDirectory("pruef-\(format)")
        let url = dir.path("pruefbericht.\(format)")
        try SpreadsheetFile.write(Pruefbericht.workbook(original: Self.original(), findings: Self.findings(), file: Self.path), to: url.path)
        let reader = try SpreadsheetFile.open(url.path)
        let layout = try reader.layout(ofSheet: 1)
        #expect(layout.comments.count == 10)
        #expect(layout.comments.allSatisfy { $0.text.contains("keine Relevanz") })
        #expect(layout.print?.paper == .a4)
        #expect(layout.print?.landscape == true)
        #expect((layout.columnWidths[1] ?? 0) >= 50)
    }

    @Test("LibreOffice prints it on A4 landscape", .requires("soffice", "pdfinfo"), arguments: ["xlsx", "ods"])
    func printed(format: String) throws {
        try ExternalTools.require("soffice", "pdfinfo")
        let dir = TemporaryDirectory("pruef-pdf-\(format)")
        let url = dir.path("pruefbericht.\(format)")
        try SpreadsheetFile.write(Pruefbericht.workbook(original: Self.original(), findings: Self.findings(), file: Self.path), to: url.path)
        let pdf = try PrintedPDF.print(url, in: dir.url)
        #expect(pdf.isA4Landscape, "\(pdf.width) x \(pdf.height)")
        // One page of findings, one or two per copied sheet of 31 rows.
        #expect((3...6).contains(pdf.pages), "\(pdf.pages) pages")
        let text = String(decoding: try ExternalTools.check(["pdftotext", pdf.url.path, "-"]).stdout, as: UTF8.self)
        #expect(text.contains("Prüfbericht für Bauen und Wohnen"))
        #expect(!text.contains("/srv/ozg"))
    }
}
