import Foundation
import OZGSpreadsheet
import OZGTestSupport
import Testing

@testable import OZGDomain

@Suite("Domain model: configuration, lookups, SHA-256")
struct DomainModelTests {
    @Test("the default councils equal krz-verband-kommunen.csv")
    func councils() throws {
        let rows = try DomainTestData.csvRows("krz-verband-kommunen.csv")
        let kommunen = try Kommune.list(rows: rows)
        #expect(kommunen.count == 39)
        #expect(kommunen == KommunalConfiguration.krzVerbandKommunen)
        #expect(kommunen.filter { $0.kommunaltyp == "Kreis" }.count == 3)
        #expect(kommunen.filter { $0.kreis == nil }.count == 3)
        let names = Set(KommunaltypSet.krzVerband.names)
        #expect(kommunen.allSatisfy { names.contains($0.kommunaltyp) })
        #expect(kommunen.first { $0.name == "Herford" }?.status == "bestätigt (VO zu § 4 GO NRW, § 1)")
    }

    @Test("councils with aliases, an unknown type, and a missing column")
    func councilErrors() throws {
        let k = try Kommune.list(rows: [["Kommune", "Kommunaltyp"], ["A", "GKS"], ["B", "kreisang. Gemeinde"]])
        #expect(k.map(\.kommunaltyp) == ["Große kreisangehörige Stadt", "Kreisangehörige Stadt/Gemeinde"])
        #expect(throws: DomainError.unknownKommunaltyp("Bezirk", kommune: "C")) {
            try Kommune.list(rows: [["Kommune", "Kommunaltyp"], ["C", "Bezirk"]])
        }
        #expect(throws: DomainError.missingColumn("Kommunaltyp", what: "Kommunen")) {
            try Kommune.list(rows: [["Kommune", "Kreis"]])
        }
    }

    @Test("another set of Kommunaltypen from JSON and from rows")
    func otherSet() throws {
        let json = #"{"types":[{"name":"Landkreis","aliases":["LK"]},{"name":"Kreisfreie Stadt","aliases":["kfS"]}]}"#
        let set = try KommunaltypSet(json: Data(json.utf8))
        #expect(set.names == ["Landkreis", "Kreisfreie Stadt"])
        #expect(set.match("lk")?.name == "Landkreis")
        #expect(set.match("Kreis") == nil)
        let bare = try KommunaltypSet(json: Data(#"[{"name":"Amt"}]"#.utf8))
        #expect(bare.types == [Kommunaltyp(name: "Amt")])
        let fromRows = try KommunaltypSet(rows: [["Kommunaltyp", "Aliase"], ["Landkreis", "LK; Kreis"], ["Gemeinde", ""]])
        #expect(fromRows.types[0].aliases == ["LK", "Kreis"] && fromRows.match("KREIS")?.name == "Landkreis")
        let config = KommunalConfiguration.krzVerband
        let back = try KommunalConfiguration(json: JSONEncoder().encode(config))
        #expect(back == config)
    }

    @Test("relevanz lookups with exceptions overriding the type, fast on the whole catalogue")
    func lookups() throws {
        let catalog = try Catalog.load(rows: DomainTestData.csvRows("ozg-katalog-2019.csv")).catalog
        let types = KommunaltypSet.krzVerband.names
        var verdicts: [Verdict] = []
        for (i, e) in catalog.einzelleistungen.enumerated() {
            for (t, typ) in types.enumerated() {
                verdicts.append(Verdict(einzelleistung: e.id, kommunaltyp: typ, relevanz: Relevanz.allCases[(i + t) % 4]))
            }
        }
        let minden = try #require(KommunalConfiguration.krzVerbandKommunen.first { $0.name == "Minden" })
        let first = catalog.einzelleistungen[0].id
        var model = DomainModel(catalog: catalog, kommunen: KommunalConfiguration.krzVerbandKommunen, verdicts: verdicts)
        model.exceptions = [KommuneException(kommune: "Minden", einzelleistung: first, relevanz: .nein, note: "Beispiel")]
        var mismatches = 0
        for (i, e) in catalog.einzelleistungen.enumerated() {
            for (t, typ) in types.enumerated() where model.relevanz(e.id, typ) != Relevanz.allCases[(i + t) % 4] {
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
        #expect(model.relevanz(first, "Große kreisangehörige Stadt") == Relevanz.allCases[1])
        #expect(model.relevanz(first, kommune: minden) == .nein)
        let detmold = try #require(model.kommunen.first { $0.name == "Detmold" })
        #expect(model.relevanz(first, kommune: detmold) == Relevanz.allCases[1])
        #expect(model.relevanz(first, "GKS") == Relevanz.allCases[1])
        #expect(model.relevanz(EinzelleistungID(leika: nil, ozgId: 1, bezeichnung: "gibt es nicht"), "Kreis") == .offen)
        // Changing the verdicts rebuilds the index.
        model.verdicts = [Verdict(einzelleistung: first, kommunaltyp: "Kreis", relevanz: .teilweise)]
        #expect(model.relevanz(first, "Kreis") == .teilweise)
        #expect(model.relevanz(first, "Große kreisangehörige Stadt") == .offen)
    }

    @Test("catalogue lookup by key and OZG-ID, key alone, OZG-ID and Bezeichnung")
    func catalogLookup() throws {
        let catalog = try Catalog.load(rows: DomainTestData.csvRows("ozg-katalog-2019.csv")).catalog
        let lookup = CatalogLookup(catalog)
        for e in catalog.einzelleistungen { #expect(lookup.einzelleistung(e.id) == e) }
        let k = try #require(LeikaKey(text: "99107023017000"))
        let all = lookup.candidates(leika: k, ozgId: nil, bezeichnung: nil)
        #expect(!all.isEmpty && all.allSatisfy { $0.leika == k })
        if let one = all.first {
            #expect(lookup.candidates(leika: k, ozgId: one.ozgId, bezeichnung: nil) == [one])
        }
        let dup = lookup.candidates(leika: nil, ozgId: 10280,
            bezeichnung: "überwachung von  Managementsystemen über zulassungspflichtige Versandstücke zur Beförderung radioaktiver Stoffe")
        #expect(dup.map(\.id.occurrence) == [0, 1])
        #expect(lookup.candidates(leika: nil, ozgId: 1, bezeichnung: "nichts").isEmpty)
        // Councils from a Sheet.
        let sheet = Sheet(name: "Kommunen", rows: [
            Row(index: 0, cells: [Cell(column: 0, value: .text("Kommune")), Cell(column: 1, value: .text("Kommunaltyp"))]),
            Row(index: 1, cells: [Cell(column: 0, value: .text("Minden")), Cell(column: 1, value: .text("GKS"))]),
        ])
        #expect(try Kommune.list(sheet: sheet) == [Kommune(name: "Minden", kommunaltyp: "Große kreisangehörige Stadt")])
    }

    @Test("DomainModel JSON round trip")
    func modelJSON() throws {
        let k = try #require(LeikaKey(text: "99107023017000"))
        let e = Einzelleistung(leika: k, bezeichnung: "Wohngeld Bewilligung", ozgId: 10092, ozgLeistung: "Wohngeld",
            themenfeld: "Bauen & Wohnen", lage: "Wohnen", typ: LeikaTyp(raw: "2/3"))
        let prov = Provenance(file: "a.xlsx", sheet: "Bewertung", cell: "H17", sha256: String(repeating: "0", count: 64),
            ingestedAt: "2026-11-29T06:00:00Z")
        let model = DomainModel(
            catalog: Catalog(einzelleistungen: [e]), kommunen: KommunalConfiguration.krzVerbandKommunen,
            paten: [Pate(themenfeld: "Bauen & Wohnen", name: "Erika Muster (Beispieldaten)")],
            verdicts: [Verdict(einzelleistung: e.id, kommunaltyp: "Kreis", relevanz: .ja, raw: "X", provenance: prov)],
            vorhaben: [Umsetzungsvorhaben(einzelleistung: e.id, ozgId: 10092, titel: "Wohngeld online", loesungsansatz: "EfA",
                ende: CalendarDate(year: 2023, month: 3, day: 31), status: .inUmsetzung, reifegradIst: .information,
                reifegradZiel: .onlineLeistung, provenance: prov)],
            stand: CalendarDate(year: 2022, month: 6, day: 30), isSampleData: true)
        let data = try JSONEncoder().encode(model)
        let back = try JSONDecoder().decode(DomainModel.self, from: data)
        #expect(back == model)
        #expect(back.relevanz(e.id, "Kreis") == .ja)
        #expect(back.vorhaben[0].isLate(on: CalendarDate(year: 2023, month: 4, day: 1)))
        #expect(!back.vorhaben[0].isLate(on: CalendarDate(year: 2023, month: 3, day: 31)))
        #expect(String(decoding: data, as: UTF8.self).contains("\"in Umsetzung\""))
    }

    @Test("Reifegrad and status spellings")
    func planningSpellings() {
        #expect(Reifegrad.parse("3") == .onlineLeistung)
        #expect(Reifegrad.parse("3 – Online-Leistung") == .onlineLeistung)
        #expect(Reifegrad.parse("Online-Transaktion") == .onlineTransaktion)
        #expect(Reifegrad.parse("Stufe 2") == .formularAssistent)
        #expect(Reifegrad.parse("2.0") == .formularAssistent)
        #expect(Reifegrad.parse("7") == nil)
        #expect(Reifegrad.parse("bald") == nil)
        #expect(Reifegrad.parse("3 – Information") == nil)
        // Found by fuzzing: numbers beyond Int trapped in the conversion.
        #expect(Reifegrad.parse("1e300") == nil)
        #expect(Reifegrad.parse("-9.9e18") == nil)
        #expect(Reifegrad.parse("inf") == nil)
        #expect(VorhabenStatus.parse("In Arbeit") == .inUmsetzung)
        #expect(VorhabenStatus.parse("zurueckgestellt") == .zurueckgestellt)
        #expect(VorhabenStatus.parse("erledigt") == .umgesetzt)
        #expect(VorhabenStatus.parse("irgendwann") == nil)
    }

    @Test("SHA-256 agrees with the FIPS vectors and with sha256sum", .requires("sha256sum"))
    func sha256() throws {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Incremental updates across block boundaries give the same digest.
        var h = SHA256()
        let bytes = Data((0..<1000).map { UInt8($0 % 251) })
        for chunk in stride(from: 0, to: bytes.count, by: 37) { h.update(bytes[chunk..<min(chunk + 37, bytes.count)]) }
        #expect(h.finalize().hex == SHA256.hex(of: bytes))
        try ExternalTools.require("sha256sum")
        let dir = TemporaryDirectory()
        for size in [0, 55, 56, 63, 64, 65, 1000, 3 << 20] {
            let file = dir.path("f\(size).bin")
            try Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: file)
            let out = try ExternalTools.check(["sha256sum", file.path]).text
            #expect(try SHA256.hex(ofFile: file.path) == String(out.prefix(64)), "size \(size)")
        }
        let catalog = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        let out = try ExternalTools.check(["sha256sum", catalog]).text
        #expect(try SHA256.hex(ofFile: catalog) == String(out.prefix(64)))
    }
}
