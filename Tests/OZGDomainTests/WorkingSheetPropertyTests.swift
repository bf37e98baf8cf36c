import Foundation
import OZGDomain
import OZGSpreadsheet
import OZGWorkingSheet
import PropertyBased
import Testing

/// Random catalogues, verdicts and spellings: template → filled → mapping gives the normalised verdicts.
@Suite("WorkingSheet properties")
struct WorkingSheetPropertyTests {
    /// Cell contents people write and the verdict each stands for (`offen` gives no verdict).
    static let spellings: [(CellValue, Relevanz)] = [
        (.empty, .offen), (.text("ja"), .ja), (.text("Ja"), .ja), (.text("x"), .ja), (.text("✓"), .ja), (.boolean(true), .ja),
        (.number(1), .ja), (.text("WAHR"), .ja), (.text("nein"), .nein), (.text("-"), .nein), (.number(0), .nein),
        (.boolean(false), .nein), (.text("FALSCH"), .nein), (.text("teilw."), .teilweise), (.text("(x)"), .teilweise),
        (.text("offen"), .offen),
    ]
    static let themen = ["Bauen & Wohnen", "Familie & Kind", "Ein- & Auswanderung"]

    /// A catalogue of one row per seed; about one row in seven has no LeiKa key.
    static func catalog(_ seeds: [Int]) -> Catalog {
        var rows: [Einzelleistung] = []
        for (i, s) in seeds.enumerated() {
            let tail = String(s % 1_000_000)
            let digits = "99" + String(format: "%06d", i) + String(repeating: "0", count: 6 - tail.count) + tail
            let key = s % 7 == 0 ? nil : LeikaKey(text: digits)
            rows.append(
                Einzelleistung(
                    leika: key, bezeichnung: "Leistung \(i) (Teil \(s % 97)) – Ä&Ö", ozgId: 10000 + (s / 7) % 500,
                    ozgLeistung: "OZG-Leistung \((s / 7) % 500)", themenfeld: themen[s % 3], lage: "Lage \(s % 5)",
                    typ: LeikaTyp(raw: ["1", "2/3", "4", "5", "1, 2/3"][s % 5])))
        }
        return Catalog(einzelleistungen: rows)
    }

    @Test func templateFilledWithRandomSpellingsMapsToTheNormalisedVerdicts() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int(Int32.max)).array(of: 1...40), Gen.int(in: 0...3)) { seeds, variant in
            let catalog = Self.catalog(seeds)
            let types = KommunaltypSet.krzVerband
            let themenfeld: String? = variant == 0 ? nil : catalog.einzelleistungen.first?.themenfeld
            var wb = WorkingSheetTemplate.make(catalog: catalog, themenfeld: themenfeld)
            guard let b = wb.sheets.firstIndex(where: { $0.name == "Bewertung" }) else {
                Issue.record("no Bewertung sheet")
                return
            }
            let rows = themenfeld.map { catalog.einzelleistungen(in: $0) } ?? catalog.einzelleistungen
            let seedOf = Dictionary(zip(catalog.einzelleistungen.map(\.id), seeds), uniquingKeysWith: { a, _ in a })
            var expected = Set<String>()
            var junk: [String] = []
            for (r, e) in rows.enumerated() {
                let s = seedOf[e.id] ?? 0
                guard let rowIndex = wb.sheets[b].rows.firstIndex(where: { $0.index == r + 1 }) else { continue }
                for (t, type) in types.types.enumerated() {
                    let (value, relevanz) = Self.spellings[(s >> (4 * t + 3)) % 16]
                    var cell = value
                    if t == 0 && s % 11 == 0 {
                        cell = .text("vielleicht \(s % 100)")
                        junk.append(CellReference(row: r + 1, column: 7).a1)
                    } else if relevanz != .offen {
                        expected.insert("\(e.id.key)|\(type.name)|\(relevanz.rawValue)")
                    }
                    if let c = wb.sheets[b].rows[rowIndex].cells.firstIndex(where: { $0.column == 7 + t }) {
                        wb.sheets[b].rows[rowIndex].cells[c].value = cell
                    }
                }
            }
            let result = WorkingSheetMapper(catalog: catalog).map(wb, file: "zufall.xlsx")
            let got = Set(result.verdicts.map { "\($0.einzelleistung.key)|\($0.kommunaltyp)|\($0.relevanz.rawValue)" })
            #expect(got == expected)
            #expect(result.findings.map(\.cell) == junk)
            #expect(result.findings.allSatisfy { $0.severity == .error })
        }
    }

    @Test func exportOfRandomModelsReadsBackIdentically() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...Int(Int32.max)).array(of: 1...30)) { seeds in
            let catalog = Self.catalog(seeds)
            let types = KommunaltypSet.krzVerband
            var verdicts: [Verdict] = []
            for (e, s) in zip(catalog.einzelleistungen, seeds) {
                for (t, type) in types.types.enumerated() {
                    let r = Relevanz.allCases[(s >> (2 * t)) % 4]
                    if r != .offen { verdicts.append(Verdict(einzelleistung: e.id, kommunaltyp: type.name, relevanz: r)) }
                }
            }
            let model = DomainModel(catalog: catalog, kommunaltypen: types, verdicts: verdicts)
            let wb = GesamtlisteExport.workbook(model: model)
            let result = WorkingSheetMapper(catalog: catalog).map(wb, file: "gesamt.xlsx")
            #expect(result.findings.isEmpty)
            #expect(Set(result.verdicts.map { Verdict(einzelleistung: $0.einzelleistung, kommunaltyp: $0.kommunaltyp, relevanz: $0.relevanz) }) == Set(verdicts))
        }
    }
}
