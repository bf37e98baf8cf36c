import Foundation
import OZGDomain
import OZGSpreadsheet
import OZGWorkingSheet
import Testing

@Suite("WorkingSheet row mapping and findings")
struct WorkingSheetMappingTests {
    let mapper = WorkingSheetMapper(catalog: WS.smallCatalog)
    let header: [Any?] = ["OZG-ID", "LeiKa-Schlüssel", "Leistungsbezeichnung", "Kreis", "GKS", "MKS", "Gemeinde"]

    func map(_ rows: [[Any?]], name: String = "Bewertung") -> WorkingSheetResult {
        mapper.map(Workbook(sheets: [WS.sheet(name, [header] + rows)]), file: "test.xlsx", sha256: "abc", ingestedAt: "2026-01-01T00:00:00Z")
    }

    @Test(arguments: [
        ("ja", Relevanz.ja), ("Ja", .ja), ("x", .ja), ("X", .ja), ("✓", .ja), ("1", .ja), ("WAHR", .ja), ("TRUE", .ja),
        ("nein", .nein), ("-", .nein), ("0", .nein), ("FALSCH", .nein), ("teilw.", .teilweise), ("(x)", .teilweise),
        ("teilweise", .teilweise), (" ja ", .ja),
    ])
    func verdictSpellings(raw: String, expected: Relevanz) throws {
        let r = map([[10092, "99107023017000", "Wohngeld Bewilligung", raw]])
        #expect(r.findings.isEmpty)
        let v = try #require(r.verdicts.first)
        #expect(v.relevanz == expected)
        #expect(v.raw == raw)
        #expect(v.kommunaltyp == "Kreis")
        #expect(v.provenance == Provenance(file: "test.xlsx", sheet: "Bewertung", cell: "D2", sha256: "abc", ingestedAt: "2026-01-01T00:00:00Z"))
    }

    @Test func typedCellsBooleansAndNumbers() {
        let r = map([[10092, "99107023017000", "Wohngeld Bewilligung", true, false, 1, 0]])
        #expect(r.findings.isEmpty)
        #expect(r.verdicts.map(\.relevanz) == [.ja, .nein, .ja, .nein])
    }

    @Test func emptyAndOffenGiveNoVerdict() {
        let r = map([[10092, "99107023017000", "Wohngeld Bewilligung", nil, "offen", "?", "ja"]])
        #expect(r.findings.isEmpty)
        #expect(r.verdicts.count == 1)
        #expect(r.verdicts.first?.kommunaltyp == "Kreisangehörige Stadt/Gemeinde")
    }

    @Test func sentenceIsAnErrorNamingTheCell() throws {
        let r = map([[10092, "99107023017000", "Wohngeld Bewilligung", "ja", "vielleicht", "nur wenn Kreis zuständig", "nein"]])
        #expect(r.verdicts.count == 2)
        #expect(r.errors.map(\.cell) == ["E2", "F2"])
        let f = try #require(r.errors.first)
        #expect(f.message == "Der Wert „vielleicht“ in E2 (Große kreisangehörige Stadt) ist keine gültige Bewertung. Erlaubt sind: ja, nein, teilweise oder leer.")
        #expect(f.raw == "vielleicht")
        #expect(f.file == "test.xlsx" && f.sheet == "Bewertung")
    }

    @Test func keysAsNumbersWithSpacesAndApostrophe() {
        let r = map([
            [10092, 99107023017000.0, "x", "ja"],
            [10092, " 99107 023001000 ", "x", "ja"],
            [10200, "9.9115005E+13", "x", "ja"],
            [10200, "'99115005000000", "x", "nein"],
        ])
        // The third and fourth row are the same Einzelleistung with different verdicts: a conflict,
        // and neither is taken; the keys themselves are all understood.
        #expect(r.findings.map(\.cell) == ["D5"])
        #expect(r.verdicts.count == 2)
    }

    @Test func sameVerdictTwiceIsFineDifferentIsAConflict() {
        let r = map([
            [10092, "99107023017000", "Wohngeld Bewilligung", "ja", "ja"],
            [10092, "99107023017000", "Wohngeld Bewilligung", "x", "nein"],
        ])
        #expect(r.errors.map(\.cell) == ["E3"])
        #expect(r.errors.first?.message.contains("E2") == true)
        // The conflicting GKS verdict is taken from neither row.
        #expect(r.verdicts.map(\.kommunaltyp) == ["Kreis"])
    }

    @Test func unknownAndInvalidKeys() {
        let r = map([
            [10092, "99999999999999", "Erfunden", "ja"],
            [10092, "12345", "Kaputt", "ja"],
            [10200, "99107023017000", "falsche OZG-ID", "ja"],
            [nil, "99050012104000", "Gewerbeanmeldung", "ja"],
        ])
        #expect(r.verdicts.isEmpty)
        #expect(r.errors.map(\.cell) == ["B2", "B3", "B4", "B5"])
        #expect(r.errors[0].message.contains("gibt es im OZG-Katalog nicht"))
        #expect(r.errors[1].message.contains("kein gültiger LeiKa-Schlüssel"))
        #expect(r.errors[2].message.contains("nicht zur OZG-ID 10200"))
        #expect(r.errors[3].message.contains("mehreren OZG-Leistungen"))
    }

    @Test func rowWithoutKeyIdentifiedByOzgIdAndBezeichnung() {
        let r = map([
            [10093, "nicht im LeiKa", "Beratung  zum Wohnberechtigungsschein", "ja"],
            [10093, "nicht im LeiKa", "Gibt es nicht", "ja"],
        ])
        #expect(r.verdicts.count == 1)
        #expect(r.verdicts.first?.einzelleistung == EinzelleistungID(leika: nil, ozgId: 10093, bezeichnung: "Beratung zum Wohnberechtigungsschein"))
        #expect(r.errors.map(\.cell) == ["C3"])
    }

    @Test func summeBlankAndHeadingRowsIgnored() {
        let r = map([
            ["Bauen & Wohnen"],
            [10092, "99107023017000", "Wohngeld Bewilligung", "ja"],
            [],
            ["Summe", nil, nil, 1, 0, 0, 0],
        ])
        #expect(r.findings.isEmpty)
        #expect(r.verdicts.count == 1)
        #expect(r.sheets.first?.dataRows == 1)
    }

    @Test func valuesWithoutALeistungAreAnError() {
        let r = map([[nil, nil, nil, "ja", "nein"]])
        #expect(r.errors.map(\.cell) == ["D2"])
    }

    @Test func extraColumnsAndAnnotationsKept() throws {
        let sheet = WS.sheet("Bewertung", [
            ["LeiKa-Schlüssel", "OZG-ID", "Kreis", "Bemerkung Kreis Lippe", "Anmerkung", "geprüft von", "geprüft am"],
            ["99107023017000", 10092, "ja", "bei uns Amt 50", "Beispiel", "M. Muster", "Q3/2022"],
            ["99107023001000", 10092, "nein", nil, nil, nil, "irgendwann"],
        ])
        let r = mapper.map(Workbook(sheets: [sheet]), file: "f.xlsx")
        #expect(r.extraColumns.names == ["Bemerkung Kreis Lippe"])
        let id = try #require(r.verdicts.first?.einzelleistung)
        #expect(r.extraColumns.value("Bemerkung Kreis Lippe", for: id) == "bei uns Amt 50")
        #expect(r.annotations.first?.geprueftAm == CalendarDate(year: 2022, month: 9, day: 30))
        #expect(r.annotations.first?.geprueftVon == "M. Muster")
        #expect(r.errors.map(\.cell) == ["G3"])
    }

    @Test func nonDataSheetsSkippedWithoutFindings() {
        let hinweise = WS.sheet("Hinweise", [["So füllen Sie den Bogen aus"], ["ja, nein, teilweise"]])
        let legende = WS.sheet("Legende", [["x = ja"]])
        let notes = WS.sheet("Notizen", [["irgendwas"]])
        let r = mapper.map(Workbook(sheets: [hinweise, legende, notes]), file: "f.xlsx")
        #expect(r.sheets.map(\.kind) == [.skipped, .skipped, .unrecognized])
        #expect(r.findings.count == 1)
        #expect(r.findings.first?.severity == .warning)
    }

    @Test func severalSheetsOnePerThemenfeldAndConflictsAcrossSheets() {
        let a = WS.sheet("Bauen & Wohnen", [header, [10092, "99107023017000", "x", "ja"]])
        let b = WS.sheet("Wirtschaft", [header, [10120, "99050012104000", "x", "ja"], [10092, "99107023017000", "x", "nein"]])
        let r = mapper.map(Workbook(sheets: [a, b]), file: "f.xlsx")
        #expect(r.verdicts.count == 1)
        #expect(r.errors.count == 1)
        #expect(r.errors.first?.message.contains("Bauen & Wohnen!D2") == true)
    }

    @Test func umsetzungsplanung() throws {
        let sheet = WS.sheet("Umsetzungsplanung", [
            ["OZG-ID", "LeiKa-Schlüssel", "Lösungsansatz", "Verantwortlich", "Start", "Ende", "Status", "Reifegrad Ist", "Reifegrad Ziel", "Priorität", "Notiz"],
            [10092, "99107023017000", "efa", "krz", CalendarDate(year: 2022, month: 1, day: 1), "Q3/2022", "in Arbeit", "1 Information", 3, "hoch", "Beispiel"],
            [10200, nil, "Landeslösung", nil, "2022-04", "31.12.2022", "geplant", 0, "4", 2, nil],
            [10092, nil, nil, nil, "bald", nil, "vielleicht", "sehr gut", nil, nil, nil],
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        ])
        let r = mapper.map(Workbook(sheets: [sheet]), file: "f.xlsx")
        #expect(r.vorhaben.count == 2)
        let v = try #require(r.vorhaben.first)
        #expect(v.loesungsansatz == "EfA")
        #expect(v.start == CalendarDate(year: 2022, month: 1, day: 1))
        #expect(v.ende == CalendarDate(year: 2022, month: 9, day: 30))
        #expect(v.status == .inUmsetzung)
        #expect(v.reifegradIst == .information && v.reifegradZiel == .onlineLeistung)
        #expect(v.prioritaet == 1)
        #expect(v.einzelleistung?.leika?.digits == "99107023017000")
        let w = r.vorhaben[1]
        #expect(w.einzelleistung == nil && w.ozgId == 10200 && w.titel == "Meldebescheinigung")
        #expect(w.start == CalendarDate(year: 2022, month: 4, day: 1))
        #expect(r.errors.map(\.cell) == ["E4", "G4", "H4"])
    }

    @Test(arguments: [
        (CellValue.text("31.12.2022"), CalendarDate(year: 2022, month: 12, day: 31), false),
        (.text("Q3/2022"), CalendarDate(year: 2022, month: 9, day: 30), false),
        (.text("2022-12"), CalendarDate(year: 2022, month: 12, day: 31), false),
        (.text("12/2022"), CalendarDate(year: 2022, month: 12, day: 31), false),
        (.text("2022-06-30"), CalendarDate(year: 2022, month: 6, day: 30), false),
        (.text("3. Quartal 2022"), CalendarDate(year: 2022, month: 9, day: 30), false),
        (.number(44926), CalendarDate(year: 2022, month: 12, day: 31), true),
        (.date(CalendarDate(year: 2021, month: 2, day: 3)), CalendarDate(year: 2021, month: 2, day: 3), false),
    ])
    func dates(value: CellValue, expected: CalendarDate, warns: Bool) {
        guard case .date(let d, let warning) = DateParser.parse(value, edge: .end) else {
            Issue.record("not a date: \(value)")
            return
        }
        #expect(d == expected)
        #expect((warning != nil) == warns)
    }

    @Test func invalidDates() {
        #expect(DateParser.parse(.text("31.02.2022")) == .invalid)
        #expect(DateParser.parse(.text("bald")) == .invalid)
        #expect(DateParser.parse(.number(12.5)) == .invalid)
        // Found by fuzzing: whole numbers beyond Int trapped in the conversion.
        #expect(DateParser.parse(.number(1e300)) == .invalid)
        #expect(DateParser.parse(.number(-4e19)) == .invalid)
        #expect(CellParsers.reifegrad(.number(1e300)) == nil)
        #expect(CellParsers.reifegrad(.number(3)) == .onlineLeistung)
    }

    @Test func findingsEncodeToExactlyTheDocumentedJSON() throws {
        let f = Finding(file: "a.xlsx", sheet: "Bewertung", cell: "H17", severity: .error, message: "Der Wert „x“ …", raw: "x")
        let json = Finding.json([f])
        #expect(json == #"[{"file":"a.xlsx","sheet":"Bewertung","cell":"H17","severity":"error","message":"Der Wert „x“ …"}]"#)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let viaCodable = String(decoding: try encoder.encode([f]), as: UTF8.self)
        #expect(viaCodable == #"[{"cell":"H17","file":"a.xlsx","message":"Der Wert „x“ …","severity":"error","sheet":"Bewertung"}]"#)
        let back = try JSONDecoder().decode([Finding].self, from: Data(json.utf8))
        #expect(back.first?.cell == "H17")
    }

    @Test func ingestBatchCarriesTheValidValues() {
        let r = map([[10092, "99107023017000", "Wohngeld Bewilligung", "ja", "quatsch"]])
        let batch = r.ingestBatch
        #expect(batch.file == "test.xlsx" && batch.sha256 == "abc")
        #expect(batch.verdicts.count == 1)
    }
}
