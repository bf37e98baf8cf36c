import Foundation
import OZGDomain
import OZGFiles
import OZGSpreadsheet
import OZGTestSupport
import OZGWorkingSheet
import Testing

/// The column schemas: headers people write, columns found by their content, columns not
/// understood named, and the catalogue's test rows.
@Suite("Column schemas")
struct ColumnSchemaTests {
    static func fixture(_ name: String) -> String {
        ExternalTools.repositoryRoot.appendingPathComponent("Tests/OZGDomainTests/Fixtures/\(name)").path
    }

    @Test(
        "working-sheet headers by their words",
        arguments: [
            ("Bezeichnung der Leistung", ColumnRole.bezeichnung), ("Name der Leistung", .bezeichnung),
            ("Leistung (Bezeichnung)", .bezeichnung), ("Schlüssel (LeiKa)", .leika), ("OZG Nr.", .ozgId),
            ("LeiKa-\nSchlüssel", .leika), ("Leistungs-\nbezeichnung", .bezeichnung), ("OZG-\nLeistung", .ozgLeistung),
            ("Name OZG-Leistung", .ozgLeistung), ("LeiKa-Typ", .typ), ("Zuständigkeit Kreis", .zustaendigkeit),
            ("Reifegrad (Soll)", .reifegradZiel),
        ])
    func wordsName(header: String, role: ColumnRole) {
        #expect(ColumnAliases().role(of: header) == role)
    }

    @Test("titles, sentences and added columns are no column", arguments: [
        "Bemerkung Kreis Lippe", "Bewertung der Leistungen im Themenfeld Bauen & Wohnen durch die Themenpatin", "Ansprechpartner",
        "Themenfeld Bauen & Wohnen",
    ])
    func notAColumn(header: String) {
        #expect(ColumnAliases().role(of: header) == nil)
    }

    @Test("one folding rule: a hyphen at a line break joins a word, stays before a capital")
    func folding() {
        #expect(HeaderText.joinBrokenWords("Leistungs-\nbezeichnung") == "Leistungsbezeichnung")
        #expect(HeaderText.joinBrokenWords("OZG-\r\nLeistung") == "OZG-Leistung")
        #expect(HeaderText.joinBrokenWords("kreis\u{00AD}angehörige") == "kreisangehörige")
        #expect(HeaderText.words("Schlüssel (LeiKa) der Leistung") == ["schluessel", "leika", "leistung"])
        #expect(KommunaltypSet.krzVerband.match("kreis-\nangehörige Gemeinde")?.name == "Kreisangehörige Stadt/Gemeinde")
    }

    /// Issue #10: a two-row header with `Bezeichnung der Leistung` lost every keyless row.
    @Test("two-row header with Bezeichnung der Leistung maps the keyless rows too")
    func bezeichnungDerLeistung() throws {
        let catalog = try #require(WS.realCatalog)
        let path = Self.fixture("header-bezeichnung-der-leistung.xlsx")
        let r = try WorkingSheetMapper(catalog: catalog).map(reader: SpreadsheetFile.open(path), file: "header.xlsx")
        #expect(r.findings.isEmpty, "\(r.findings.map(\.message))")
        // 12 rows (7 without key), 39 filled verdict cells (counted by openpyxl when written).
        #expect(r.verdicts.count == 39)
        #expect(Set(r.verdicts.map(\.einzelleistung)).count == 12)
        let keyless = Set(catalog.einzelleistungen.filter { $0.leika == nil }.map(\.id))
        #expect(Set(r.verdicts.map(\.einzelleistung)).filter(keyless.contains).count == 7)
    }

    /// Issue #10: `Nummer` over 14-digit LeiKa keys was "keine Kopfzeile mit bekannten Spalten".
    @Test("a column of LeiKa keys is the LeiKa column whatever its header says")
    func nummerOverKeys() throws {
        let catalog = try #require(WS.realCatalog)
        let path = Self.fixture("header-nummer-leika.xlsx")
        let r = try WorkingSheetMapper(catalog: catalog).map(reader: SpreadsheetFile.open(path), file: "nummer.xlsx")
        #expect(r.findings.isEmpty, "\(r.findings.map(\.message))")
        #expect(r.verdicts.count == 40)
        #expect(r.sheets.first?.headerRows == 2...2)
    }

    @Test("a row without an identifiable Leistung says which identifiers are missing")
    func missingIdentifiers() throws {
        let catalog = try #require(WS.realCatalog)
        var sheet = Sheet(name: "Bewertung")
        sheet.rows = [
            Row(index: 0, cells: [Cell(column: 0, value: .text("OZG-ID")), Cell(column: 1, value: .text("Leistungsbezeichnung")),
                Cell(column: 2, value: .text("Kreis")), Cell(column: 3, value: .text("GKS"))]),
            Row(index: 1, cells: [Cell(column: 0, value: .number(10092)), Cell(column: 2, value: .text("ja"))]),
        ]
        let r = WorkingSheetMapper(catalog: catalog).map(Workbook(sheets: [sheet]), file: "x.xlsx")
        let message = try #require(r.findings.first?.message)
        #expect(message.contains("fehlen LeiKa-Schlüssel und Leistungsbezeichnung"))
        #expect(!message.contains("OZG-ID und"))
        #expect(message.contains("keine erkannte Spalte für „LeiKa-Schlüssel“"))
    }

    @Test("catalogue: columns by words and content; unknown columns and test rows reported")
    func catalogue() throws {
        let rows = [
            ["Themenbereich", "Lebenslage", "OZG Nr.", "Name OZG-Leistung", "Nummer", "Bezeichnung der Leistung", "LeiKa-Typ", "Bearbeiter"],
            ["Bauen & Wohnen", "Wohnen", "10092", "Wohngeld", "99107023017000", "Wohngeld Bewilligung", "2/3", "X"],
            ["Bauen & Wohnen", "Wohnen", "10092", "Wohngeld", "99107023001000", "Wohngeld Information", "2/3", ""],
            ["Bauen & Wohnen", "Wohnen", "10513", "Abbruch", "3233", "Test 4", "44", ""],
            ["Bauen & Wohnen", "Wohnen", "10513", "Abbruch", "nicht im LeiKa", "Beratung", "5", ""],
        ]
        let load = try Catalog.load(rows: rows)
        #expect(load.catalog.einzelleistungen.count == 4)
        #expect(load.catalog.einzelleistungen[0].leika?.digits == "99107023017000")
        #expect(load.catalog.einzelleistungen[0].bezeichnung == "Wohngeld Bewilligung")
        #expect(load.untrustedRows == [4])
        #expect(load.untrusted.map(\.bezeichnung) == ["Test 4"])
        #expect(load.trusted.einzelleistungen.map(\.bezeichnung) == ["Wohngeld Bewilligung", "Wohngeld Information", "Beratung"])
        #expect(load.issues.contains { $0.row == 1 && $0.column == "Bearbeiter" && $0.columnIndex == 7 })
        #expect(load.issues.contains { $0.row == 1 && $0.message.contains("an ihrem Inhalt") && $0.columnIndex == 4 })
        #expect(load.issues.filter(\.untrusted).map(\.row) == [4, 4])
    }

    @Test("the real catalogue: exactly its two test rows are untrusted")
    func realCatalogueTestRows() throws {
        let text = try String(contentsOf: ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv"), encoding: .utf8)
        let load = try Catalog.load(rows: WS.parseCSV(text))
        #expect(load.untrustedRows == [530, 531])
        #expect(Set(load.untrusted.map(\.bezeichnung)) == ["Test 124", "Test 4"])
        #expect(load.trusted.einzelleistungen.count == load.catalog.einzelleistungen.count - 2)
        #expect(load.issues.allSatisfy { $0.row != 1 })
    }

    @Test("council and Paten lists by their schemas; a Paten list without its columns is an error")
    func lists() throws {
        let k = try Kommune.list(rows: [["Name der Kommune", "Kommunaltyp", "Kreis"], ["Bünde", "MKS", "Kreis Herford"]])
        #expect(k.map(\.name) == ["Bünde"])
        #expect(k.first?.kommunaltyp == "Mittlere kreisangehörige Stadt")
        let p = try Pate.list(rows: [["Themenfeld", "Themenpatin", "E-Mail-Adresse"], ["Bauen & Wohnen", "B. Muster", "b@x.invalid"]])
        #expect(p == [Pate(themenfeld: "Bauen & Wohnen", name: "B. Muster", email: "b@x.invalid")])
        #expect(throws: DomainError.missingColumn("Themenfeld", what: "Patenliste")) {
            try Pate.list(rows: [["A", "B"], ["Bauen & Wohnen", "B. Muster"]])
        }
    }
}
