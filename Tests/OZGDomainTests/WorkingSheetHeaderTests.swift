import OZGDomain
import OZGSpreadsheet
import OZGWorkingSheet
import Testing

@Suite("WorkingSheet header detection")
struct WorkingSheetHeaderTests {
    let detector = HeaderDetector()

    @Test func headerUnderTitleRows() throws {
        let sheet = WS.sheet("Bauen", [
            ["OZG-Relevanzprüfung Themenfeld Bauen & Wohnen"],
            ["Stand: 01.03.2022", nil, "Pate: Beispiel"],
            [],
            ["LeiKa-Schlüssel", "Leistungsbezeichnung", "Kreis", "GKS", "MKS", "kreisang. Gemeinde"],
            ["99107023017000", "Wohngeld Bewilligung", "ja", "x", "nein", "-"],
        ])
        let h = try #require(detector.detect(sheet))
        #expect(h.rows == 3...3)
        #expect(h.dataStart == 4)
        #expect(h.column(of: .leika) == 0)
        #expect(h.kommunaltypColumns.map(\.name) == KommunaltypSet.krzVerband.names)
    }

    @Test func twoRowHeaderUnderMergedGroupCell() throws {
        let sheet = WS.sheet(
            "Bewertung",
            [
                ["LeiKa-Nr.", "Bezeichnung", "Relevanz je Kommunaltyp", nil, nil, nil, "Anmerkung"],
                [nil, nil, "Kreis", "GKS", "MKS", "Gemeinde", nil],
                ["99107023017000", "Wohngeld Bewilligung", "ja", "ja", "ja", "nein", "Beispiel"],
            ],
            merges: [CellRange("C1:F1")!, CellRange("A1:A2")!, CellRange("B1:B2")!, CellRange("G1:G2")!])
        let h = try #require(detector.detect(sheet))
        #expect(h.rows == 0...1)
        #expect(h.dataStart == 2)
        #expect(h.column(of: .bezeichnung) == 1)
        #expect(h.column(of: .anmerkung) == 6)
        #expect(h.kommunaltypColumns.map(\.column) == [2, 3, 4, 5])
        #expect(h.extras.isEmpty)
    }

    @Test func kommunaleRelevanzGroupWithWrappedHeaders() throws {
        let sheet = WS.sheet("Tabelle1", startRow: 2, [
            ["Themen-\nfeld", "OZG Nr.", "Leistungs-\nbezeichnung", "Schlüssel", "Kommunale Relevanz"],
            [nil, nil, nil, nil, "Kreis", "GKS", "MKS", "kreisang.\nGemeinde"],
            ["Bauen & Wohnen", 10092, "Wohngeld Bewilligung", 99107023017000.0, "x", "x", "", "(x)"],
        ])
        let h = try #require(detector.detect(sheet))
        #expect(h.rows == 2...3)
        #expect(h.column(of: .themenfeld) == 0)
        #expect(h.column(of: .ozgId) == 1)
        #expect(h.column(of: .bezeichnung) == 2)
        #expect(h.column(of: .leika) == 3)
        #expect(h.kommunaltypColumns.count == 4)
    }

    @Test func reorderedColumnsAndExtraColumnsKept() throws {
        let sheet = WS.sheet("Bewertung", [
            ["MKS", "Bemerkung Kreis Lippe", "Kreis", "OZG-ID", "LeiKa-Schlüssel", "Gemeinde", "GKS", "geprüft am", "Bemerkung"],
        ])
        let h = try #require(detector.detect(sheet))
        #expect(h.column(of: .kommunaltyp("Mittlere kreisangehörige Stadt")) == 0)
        #expect(h.column(of: .kommunaltyp("Kreis")) == 2)
        #expect(h.extras[1] == "Bemerkung Kreis Lippe")
        #expect(h.column(of: .geprueftAm) == 7)
        #expect(h.column(of: .anmerkung) == 8)
    }

    @Test(arguments: [
        ("LeiKa-Nr.", ColumnRole.leika), ("LeiKa-Schlüssel", .leika), ("Schlüssel", .leika), ("OZG-ID", .ozgId),
        ("OZG Nr.", .ozgId), ("Leistung", .bezeichnung), ("Leistungsbezeichnung", .bezeichnung), ("Bezeichnung", .bezeichnung),
        ("Themenfeld", .themenfeld), ("Lage", .lage), ("Lebenslage", .lage), ("Typ", .typ), ("LeiKa-Typ", .typ),
        ("Anmerkung", .anmerkung), ("Bemerkung", .anmerkung), ("Zuständigkeit", .zustaendigkeit), ("geprüft von", .geprueftVon),
        ("geprüft\nam", .geprueftAm), ("GKS", .kommunaltyp("Große kreisangehörige Stadt")),
        ("kreisang. Gemeinde", .kommunaltyp("Kreisangehörige Stadt/Gemeinde")), ("Relevanz Kreis", .kommunaltyp("Kreis")),
        ("Reifegrad (Ist)", .reifegradIst), ("Lösungsansatz", .loesungsansatz), ("Priorität", .prioritaet),
    ])
    func aliases(header: String, role: ColumnRole) {
        #expect(ColumnAliases().role(of: header) == role)
    }

    @Test func noteColumnNamingAKommunaltypIsNotAVerdictColumn() {
        #expect(ColumnAliases().role(of: "Bemerkung Kreis Lippe") == nil)
        #expect(ColumnAliases().role(of: "Logo Kreis Minden-Lübbecke") == nil)
    }

    @Test func noHeaderInANoteSheet() {
        let sheet = WS.sheet("Notizen", [["Bitte bis Ende März zurücksenden."], ["Danke!"]])
        #expect(detector.detect(sheet) == nil)
    }
}
