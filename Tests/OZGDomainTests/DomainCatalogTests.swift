import Foundation
import OZGSpreadsheet
import OZGTestSupport
import Testing

@testable import OZGDomain

@Suite("Domain catalogue: the real 2019 catalogue and broken rows")
struct DomainCatalogTests {
    static func realCatalog() throws -> CatalogLoad {
        try Catalog.load(rows: DomainTestData.csvRows("ozg-katalog-2019.csv"))
    }

    @Test("the real catalogue: counts of data/README.md")
    func realCounts() throws {
        let load = try Self.realCatalog()
        let c = load.catalog
        #expect(c.einzelleistungen.count == 5225)
        #expect(Set(c.einzelleistungen.map(\.ozgId)).count == 557)
        #expect(c.ozgLeistungen.count == 557)
        #expect(c.themenfelder.count == 14)
        #expect(c.themenfelder.first == "Arbeit & Ruhestand")
        #expect(c.lagen().count == 55)
        #expect(c.einzelleistungen.filter { $0.leikaText == LeikaKey.notInLeika }.count == 426)
        // 4,800 distinct values in the key column: 4,797 valid keys, two broken test keys and `nicht im LeiKa`.
        let keyColumn = Set(c.einzelleistungen.map(\.leikaDisplay))
        #expect(keyColumn.count == 4800)
        #expect(Set(c.einzelleistungen.compactMap(\.leika)).count == 4797)
        #expect(c.einzelleistungen.filter { $0.leika == nil }.count == 428)
        let first = c.einzelleistungen[0]
        #expect(first.leika?.digits == "99017001000000")
        #expect(first.ozgId == 10073 && first.ozgLeistung == "Arbeitslosengeld")
        #expect(first.lage == "(Drohender) Arbeitsplatzverlust & -suche")
        #expect(first.sdg1 == true && first.sdg2 == true && first.gesetz == "BerRehaG")
    }

    @Test("the real catalogue: LeiKa-Typ counts")
    func realTypes() throws {
        let c = try Self.realCatalog().catalog
        var counts: [String: Int] = [:]
        for e in c.einzelleistungen { counts[e.typ.raw, default: 0] += 1 }
        #expect(counts == ["2/3": 3549, "1": 955, "4": 625, "5": 42, "1, 2/3": 20, "2": 19, "": 8, "6": 5, "44": 1, "1, 2": 1])
        let typo = c.einzelleistungen.filter { $0.typ.raw == "44" }
        #expect(typo.count == 1 && typo[0].typ.codes.isEmpty)
        #expect(c.einzelleistungen.filter { $0.typ.codes == ["1", "2/3"] }.count == 20)
    }

    @Test("the real catalogue: issues name row and column of the broken test rows")
    func realIssues() throws {
        let load = try Self.realCatalog()
        let keyIssues = load.issues.filter { $0.column == "LeiKa-Schlüssel" }
        #expect(keyIssues.map(\.row) == [530, 531])
        #expect(keyIssues.map(\.value) == ["25323525", "3233"])
        #expect(load.issues.contains { $0.row == 531 && $0.column == "LeiKa-Typ" && $0.value == "44" })
        #expect(load.issues.count == 3)
        let broken = load.catalog.einzelleistungen.filter { $0.bezeichnung == "Test 4" }
        #expect(broken.count == 1 && broken[0].leika == nil && broken[0].leikaDisplay == "3233")
    }

    @Test("EinzelleistungID is unique across the real catalogue")
    func uniqueIDs() throws {
        let c = try Self.realCatalog().catalog
        let ids = c.einzelleistungen.map(\.id)
        #expect(Set(ids).count == 5225)
        #expect(Set(ids.map(\.key)).count == 5225)
        // Key + OZG-ID alone is unique for keyed rows; without a key, OZG-ID + Bezeichnung is
        // unique except for one pair (10280) that differs only in the SDG flags.
        let dups = c.einzelleistungen.filter { $0.id.occurrence > 0 }
        #expect(dups.count == 1)
        #expect(dups.first?.ozgId == 10280 && dups.first?.leika == nil)
        for id in ids { #expect(EinzelleistungID(key: id.key) == id) }
    }

    @Test("EinzelleistungID: Bezeichnung counts only without a key")
    func idIdentity() throws {
        let k = try #require(LeikaKey(text: "99107023017000"))
        #expect(EinzelleistungID(leika: k, ozgId: 10092, bezeichnung: "Wohngeld") == EinzelleistungID(leika: k, ozgId: 10092, bezeichnung: "Wohngeld neu"))
        #expect(EinzelleistungID(leika: k, ozgId: 10092) != EinzelleistungID(leika: k, ozgId: 10093))
        #expect(EinzelleistungID(leika: nil, ozgId: 1, bezeichnung: "A  b\n") == EinzelleistungID(leika: nil, ozgId: 1, bezeichnung: "A b"))
        #expect(EinzelleistungID(leika: nil, ozgId: 1, bezeichnung: "A") != EinzelleistungID(leika: nil, ozgId: 1, bezeichnung: "B"))
        let id = EinzelleistungID(leika: nil, ozgId: 10280, bezeichnung: "X: y#z", occurrence: 1)
        #expect(id.key == "10280:X: y#z#2")
        #expect(EinzelleistungID(key: id.key) == id)
        let data = try JSONEncoder().encode(id)
        #expect(try JSONDecoder().decode(EinzelleistungID.self, from: data) == id)
    }

    @Test("broken rows give errors with row and column")
    func brokenRows() throws {
        let header = Catalog.columns
        let good = ["T", "L", "10001", "O", "99000000000001", "B", "1", "1", "0", ""]
        #expect(throws: DomainError.badCatalogRow(row: 3, column: "OZG-ID", value: "zehn", reason: "keine ganze Zahl")) {
            try Catalog(rows: [header, good, ["T", "L", "zehn", "O", "99000000000002", "B", "1", "1", "0", ""]])
        }
        #expect(throws: DomainError.badCatalogRow(row: 2, column: "Leistungsbezeichnung", value: "", reason: "Wert fehlt")) {
            try Catalog(rows: [header, ["T", "L", "10001", "O", "99000000000002"]])
        }
        #expect(throws: DomainError.missingColumn("OZG-ID", what: "Katalog")) {
            try Catalog(rows: [["Themenfeld", "Lage", "OZG-Leistung", "LeiKa-Schlüssel", "Leistungsbezeichnung"]])
        }
        #expect(throws: DomainError.missingHeader(what: "Katalog")) { try Catalog(rows: []) }
        // Reordered columns, other spellings, blank rows, a key stored as a number.
        let c = try Catalog(rows: [
            ["LeiKa-Nr.", "Bezeichnung", "OZG ID", "themenfeld", "Lage", "OZG-Leistung"], [],
            ["9.9000000000001E+13", "B", "10001.0", "T", "L", "O"], ["", "", "", "", "", ""],
        ])
        #expect(c.einzelleistungen.count == 1)
        #expect(c.einzelleistungen[0].leika?.digits == "99000000000001" && c.einzelleistungen[0].ozgId == 10001)
        #expect(c.einzelleistungen[0].sdg1 == nil)
        #expect(DomainError.badCatalogRow(row: 3, column: "OZG-ID", value: "zehn", reason: "keine ganze Zahl").description
            .contains("Zeile 3"))
    }

    @Test("a catalogue from a Sheet (numbers as Excel stores them) and back to rows")
    func fromSheet() throws {
        let header = Row(index: 2, cells: Catalog.columns.enumerated().map { Cell(column: $0.offset, value: .text($0.element)) })
        let data = Row(index: 3, cells: [
            Cell(column: 0, value: .text("Bauen & Wohnen")), Cell(column: 1, value: .text("Wohnen")),
            Cell(column: 2, value: .number(10092)), Cell(column: 3, value: .text("Wohngeld")),
            Cell(column: 4, value: .number(99_107_023_017_000)), Cell(column: 5, value: .text("Wohngeld Bewilligung")),
            Cell(column: 6, value: .text("2/3")), Cell(column: 7, value: .boolean(true)), Cell(column: 8, value: .number(0)),
        ])
        let c = try Catalog(sheet: Sheet(name: "Katalog", rows: [header, data]))
        #expect(c.einzelleistungen.count == 1)
        let e = c.einzelleistungen[0]
        #expect(e.leika?.digits == "99107023017000" && e.ozgId == 10092 && e.sdg1 == true && e.sdg2 == false)
        let back = try Catalog(rows: c.rows())
        #expect(back == c)
    }

    @Test("the real catalogue survives rows() and JSON round trips")
    func roundTrips() throws {
        let c = try Self.realCatalog().catalog
        #expect(try Catalog(rows: c.rows()) == c)
        let json = try JSONEncoder().encode(c)
        #expect(try JSONDecoder().decode(Catalog.self, from: json) == c)
    }
}
