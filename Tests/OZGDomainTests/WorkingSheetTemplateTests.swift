import Foundation
import OZGDomain
import OZGSpreadsheet
import OZGWorkingSheet
import Testing

@Suite("WorkingSheet template, export and Prüfbericht")
struct WorkingSheetTemplateTests {
    let catalog = WS.smallCatalog
    let types = KommunaltypSet.krzVerband

    /// Writes `text` into the cell at `row`/`column` of a sheet (replacing or adding the cell).
    static func fill(_ sheet: inout Sheet, row: Int, column: Int, _ value: CellValue) {
        guard let r = sheet.rows.firstIndex(where: { $0.index == row }) else { return }
        if let c = sheet.rows[r].cells.firstIndex(where: { $0.column == column }) {
            sheet.rows[r].cells[c].value = value
        } else {
            sheet.rows[r].cells.append(Cell(column: column, value: value))
            sheet.rows[r].cells.sort { $0.column < $1.column }
        }
    }

    @Test func templateStructure() throws {
        let wb = WorkingSheetTemplate.make(
            catalog: catalog, themenfeld: "Bauen & Wohnen", pate: "Erika Beispiel", stand: CalendarDate(year: 2022, month: 3, day: 1),
            isSampleData: true)
        #expect(wb.sheets.map(\.name) == ["Hinweise", "Bewertung", "Umsetzungsplanung"])
        let hinweise = try #require(wb[sheetNamed: "Hinweise"])
        let hinweisTexts = hinweise.rows.flatMap(\.cells).map(\.value.plainText)
        #expect(hinweisTexts.contains { $0.hasPrefix("Beispieldaten") })
        #expect(hinweisTexts.contains("Erika Beispiel"))
        #expect(hinweisTexts.contains("Bauen & Wohnen"))

        let b = try #require(wb[sheetNamed: "Bewertung"])
        #expect(b.rows.count == 5)  // header + 4 rows of the Themenfeld
        let header = b.rows[0].cells.map(\.value.plainText)
        #expect(Array(header.prefix(7)) == ["Themenfeld", "Lage", "OZG-ID", "OZG-Leistung", "LeiKa-Schlüssel", "Leistungsbezeichnung", "LeiKa-Typ"])
        #expect(Array(header[7..<11]) == types.names)
        #expect(Array(header.suffix(4)) == ["Zuständigkeit", "Anmerkung", "geprüft von", "geprüft am"])
        // Keys are text, key cells locked, input cells unlocked.
        let first = b.rows[1]
        #expect(first.value(at: 4) == .text("99107023017000"))
        #expect(first[column: 4]?.format == .text)
        #expect(first[column: 4]?.style?.locked == true)
        #expect(first[column: 7]?.style?.locked == false)
        #expect(first[column: 14]?.style?.locked == false)
        #expect(b.layout.isProtected)
        // Header row and the key columns up to the Leistungsbezeichnung stay in view.
        #expect(b.layout.frozen == FrozenPane(rows: 1, columns: 6))
        let protection = try #require(b.layout.protection)
        #expect(protection.allowSort && protection.allowAutoFilter && protection.allowFormatColumns && protection.allowFormatRows)
        #expect(protection.allowInsertColumns)
        #expect(protection.editableColumnsFrom == header.count)
        // The drop-downs warn (the reader accepts more than the list) and say what they accept.
        #expect(b.layout.validations.allSatisfy { !$0.strict && $0.prompt?.text.contains("x, ✓, 1") == true })
        #expect(b.layout.autoFilter == CellRange("A1:O5"))
        #expect(b.layout.validations.count == 4)
        #expect(b.layout.validations.allSatisfy { $0.values == ["ja", "nein", "teilweise", "offen"] })
        #expect(b.layout.validations.first?.range == CellRange("H2:H5"))
        #expect(b.layout.columnWidths[5] == 50)

        let u = try #require(wb[sheetNamed: "Umsetzungsplanung"])
        let dropdowns = Set(u.layout.validations.map { $0.values.first ?? "" })
        #expect(dropdowns.contains("EfA") && dropdowns.contains("geplant") && dropdowns.contains("0 – Offline"))
    }

    @Test func hinweiseGiveThePateAndTheStand() {
        let wb = WorkingSheetTemplate.make(
            catalog: catalog, themenfeld: "Bauen & Wohnen", pate: "Erika Beispiel", stand: CalendarDate(year: 2022, month: 3, day: 1))
        let r = WorkingSheetMapper(catalog: catalog).map(wb, file: "t.xlsx")
        #expect(r.paten == [Pate(themenfeld: "Bauen & Wohnen", name: "Erika Beispiel")])
        #expect(r.stand == "2022-03-01")
        #expect(r.ingestBatch.paten.count == 1 && r.ingestBatch.stand == "2022-03-01")
        // The Gesamtliste names no single Themenfeld, hence no Pate.
        #expect(WorkingSheetMapper(catalog: catalog).map(WorkingSheetTemplate.make(catalog: catalog, pate: "X"), file: "g").paten.isEmpty)
    }

    @Test func templateReadsBackAsNothingWhenEmpty() {
        let wb = WorkingSheetTemplate.make(catalog: catalog)
        let r = WorkingSheetMapper(catalog: catalog).map(wb, file: "t.xlsx")
        #expect(r.findings.isEmpty)
        #expect(r.verdicts.isEmpty && r.vorhaben.isEmpty)
        #expect(r.sheets.map(\.kind) == [.skipped, .bewertung, .umsetzungsplanung])
        #expect(r.sheets[1].dataRows == catalog.einzelleistungen.count)
    }

    @Test func filledTemplateGivesExactlyTheFilledVerdicts() throws {
        var wb = WorkingSheetTemplate.make(catalog: catalog)
        var b = try #require(wb[sheetNamed: "Bewertung"])
        let spellings: [(String, Relevanz)] = [("x", .ja), ("teilw.", .teilweise), ("-", .nein), ("WAHR", .ja), ("(x)", .teilweise), ("Nein", .nein)]
        var expected: Set<String> = []
        var k = 0
        for (i, e) in catalog.einzelleistungen.enumerated() {
            for (t, name) in types.names.enumerated() where (i + t) % 3 != 0 {
                let (raw, rel) = spellings[k % spellings.count]
                k += 1
                Self.fill(&b, row: i + 1, column: 7 + t, .text(raw))
                expected.insert("\(e.id.key)|\(name)|\(rel.rawValue)")
            }
        }
        wb.sheets[1] = b
        let r = WorkingSheetMapper(catalog: catalog).map(wb, file: "t.xlsx")
        #expect(r.findings.isEmpty)
        #expect(Set(r.verdicts.map { "\($0.einzelleistung.key)|\($0.kommunaltyp)|\($0.relevanz.rawValue)" }) == expected)
    }

    func sampleModel() -> DomainModel {
        let ids = catalog.einzelleistungen.map(\.id)
        let verdicts = [
            Verdict(einzelleistung: ids[0], kommunaltyp: "Kreis", relevanz: .ja),
            Verdict(einzelleistung: ids[0], kommunaltyp: "Große kreisangehörige Stadt", relevanz: .teilweise),
            Verdict(einzelleistung: ids[3], kommunaltyp: "Kreisangehörige Stadt/Gemeinde", relevanz: .nein),
            Verdict(einzelleistung: ids[5], kommunaltyp: "Mittlere kreisangehörige Stadt", relevanz: .ja),
        ]
        let vorhaben = [
            Umsetzungsvorhaben(
                einzelleistung: ids[0], ozgId: 10092, titel: "Wohngeld online", loesungsansatz: "EfA", verantwortlich: "krz",
                start: CalendarDate(year: 2022, month: 1, day: 1), ende: CalendarDate(year: 2022, month: 12, day: 31),
                status: .inUmsetzung, reifegradIst: .information, reifegradZiel: .onlineLeistung, prioritaet: 1, notiz: "Beispiel"),
            Umsetzungsvorhaben(einzelleistung: nil, ozgId: 10200, titel: "Meldewesen", status: .geplant),
            Umsetzungsvorhaben(einzelleistung: ids[3], ozgId: 10093, titel: "WBS-Beratung", status: .zurueckgestellt, reifegradZiel: .onlineTransaktion),
        ]
        let kommune = Kommune(name: "Bad Oeynhausen", kreis: "Minden-Lübbecke", kommunaltyp: "Mittlere kreisangehörige Stadt")
        let exceptions = [KommuneException(kommune: "Bad Oeynhausen", einzelleistung: ids[2], relevanz: .nein)]
        return DomainModel(
            catalog: catalog, kommunaltypen: types, kommunen: [kommune], verdicts: verdicts, exceptions: exceptions,
            vorhaben: vorhaben, isSampleData: true)
    }

    @Test func exportMappingRoundTripGivesTheIdenticalModel() throws {
        let model = sampleModel()
        let extras = ExtraColumns(names: ["Bemerkung Kreis Lippe"], values: [
            ExtraValue(einzelleistung: model.catalog.einzelleistungen[1].id, column: "Bemerkung Kreis Lippe", text: "Amt 50"),
        ])
        let notes = [RowAnnotation(einzelleistung: model.catalog.einzelleistungen[0].id, anmerkung: "Beispiel", geprueftAm: CalendarDate(year: 2022, month: 2, day: 1))]
        let wb = GesamtlisteExport.workbook(model: model, extraColumns: extras, annotations: notes)
        // The Gesamtliste's added column is known to the workspace: no finding.
        let r = WorkingSheetMapper(catalog: catalog, kommunen: model.kommunen, knownAddedColumns: extras.names).map(wb, file: "gesamt.xlsx")
        #expect(r.findings.isEmpty)
        // Unknown to a mapper without that knowledge: one warning that names it, nothing lost.
        let fresh = WorkingSheetMapper(catalog: catalog, kommunen: model.kommunen).map(wb, file: "gesamt.xlsx")
        #expect(fresh.findings.map(\.severity) == [.warning])
        #expect(fresh.findings.first?.message.contains("„Bemerkung Kreis Lippe“") == true)
        #expect(fresh.extraColumns.values.count == r.extraColumns.values.count)
        func strip(_ v: [Verdict]) -> Set<Verdict> { Set(v.map { var x = $0; x.raw = nil; x.provenance = nil; return x }) }
        #expect(strip(r.verdicts) == strip(model.verdicts))
        #expect(r.vorhaben.map { var x = $0; x.provenance = nil; return x } == model.vorhaben)
        #expect(r.exceptions.map { var x = $0; x.provenance = nil; return x } == model.exceptions)
        #expect(r.extraColumns == extras)
        #expect(r.annotations == notes)
        // And once more: export of what was read gives the same workbook.
        var again = model
        again.verdicts = r.verdicts
        again.vorhaben = r.vorhaben
        again.exceptions = r.exceptions
        #expect(GesamtlisteExport.workbook(model: again, extraColumns: r.extraColumns, annotations: r.annotations) == wb)
    }

    @Test func jsonExportHasEveryRowAndEveryKommunaltyp() throws {
        let json = GesamtlisteExport.json(model: sampleModel())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(object["einzelleistungen"] as? [[String: Any]])
        #expect(rows.count == catalog.einzelleistungen.count)
        let first = rows[0]
        #expect(first["leika"] as? String == "99107023017000")
        #expect(first["ozgId"] as? Int == 10092)
        #expect(first["typ"] as? String == "2/3")
        let rel = try #require(first["relevanz"] as? [String: String])
        #expect(rel == ["Kreis": "ja", "Große kreisangehörige Stadt": "teilweise", "Mittlere kreisangehörige Stadt": "offen", "Kreisangehörige Stadt/Gemeinde": "offen"])
        #expect(rows[3]["leika"] is NSNull)
        #expect(json.contains(#"{"leika":"99107023017000","ozgId":10092,"bezeichnung":"Wohngeld Bewilligung","themenfeld":"Bauen & Wohnen","lage":"Wohnen & Umzug","typ":"2/3","relevanz":{"Kreis":"ja","Große kreisangehörige Stadt":"teilweise","#))
    }

    @Test func pruefberichtListsFindingsAndMarksCells() throws {
        let sheet = WS.sheet("Bewertung", [
            ["LeiKa-Schlüssel", "OZG-ID", "Kreis", "GKS"],
            ["99107023017000", 10092, "vielleicht", "ja"],
            ["99999999999999", 10092, "ja", nil],
        ])
        let original = Workbook(sheets: [sheet])
        let r = WorkingSheetMapper(catalog: catalog).map(original, file: "pate.xlsx")
        #expect(r.errors.map(\.cell) == ["C2", "A3"])
        let report = Pruefbericht.workbook(original: original, findings: r.findings, file: "pate.xlsx")
        #expect(report.sheets.map(\.name) == ["Prüfbericht", "Original Bewertung"])
        let list = report.sheets[0]
        #expect(list.value(row: 3, column: 0) == .text("Zelle"))
        #expect(list.value(row: 4, column: 0) == .text("C2"))
        #expect(list.value(row: 4, column: 2) == .text("Fehler"))
        #expect(list.value(row: 4, column: 4) == .text("vielleicht"))
        let marked = report.sheets[1]
        #expect(marked.rows[1][column: 2]?.style?.fillColor == Pruefbericht.errorFill)
        #expect(marked.rows[1][column: 3]?.style?.fillColor == nil)
        #expect(marked.rows[2][column: 0]?.style?.fillColor == Pruefbericht.errorFill)
    }

    @Test("every spelling the prompts and the Hinweise name is one the reader accepts")
    func promisedSpellingsAreRead() throws {
        // "x, ✓, 1, WAHR (ja); -, 0, FALSCH (nein); teilw., (x) (teilweise)"
        for group in WorkingSheetLayout.relevanzSpellings.split(separator: ";") {
            let text = group.trimmingCharacters(in: .whitespaces)
            let open = try #require(text.lastIndex(of: "("))
            let verdict = try #require(Relevanz(rawValue: String(text[text.index(after: open)...].dropLast())))
            for spelling in text[..<open].split(separator: ",") {
                let t = spelling.trimmingCharacters(in: .whitespaces)
                #expect(Relevanz.parse(t) == verdict, "\(t)")
            }
        }
        let wb = WorkingSheetTemplate.make(catalog: catalog, themenfeld: "Bauen & Wohnen")
        let hinweise = try #require(wb[sheetNamed: "Hinweise"])
        let texts = hinweise.rows.flatMap(\.cells).map(\.value.plainText).joined(separator: " ")
        #expect(texts.contains("Eigene Spalten dürfen Sie rechts anfügen"))
        #expect(texts.contains("Filtern, Sortieren und Spaltenbreiten ändern sind erlaubt"))
        #expect(hinweise.layout.print != nil)
        // Status and Reifegrad lists warn as well.
        let u = try #require(wb[sheetNamed: "Umsetzungsplanung"])
        #expect(u.layout.validations.allSatisfy { !$0.strict })
        #expect(u.layout.frozen == FrozenPane(rows: 1, columns: 4))
    }
}
