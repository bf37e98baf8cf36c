import Foundation
import OZGKit
import OZGTestSupport

/// A new catalogue version made from the real 2019 catalogue with known changes of every kind,
/// each kind also on a row without LeiKa key, plus one keyless rename too loose to be certain.
///
/// Every change touches its own OZG-ID, so the changes cannot interfere with each other.
struct CatalogChangeFixture {
    var old: Catalog
    var new: Catalog
    /// Expected ids per kind: of the new version, of the old one for `entfallen`.
    var expected: [CatalogChangeKind: Set<EinzelleistungID>] = [:]
    /// The keyless pair that is only uncertainly the same row (old id, new id).
    var uncertain: (old: EinzelleistungID, new: EinzelleistungID)
    /// Old id → new id for the rows whose id changes (moved to another OZG-ID, keyless renamed).
    var renamedIDs: [EinzelleistungID: EinzelleistungID] = [:]
    /// The rows whose verdicts the tests set on the old version (every changed row of the old version).
    var touchedOld: [EinzelleistungID] = []

    static func loadCatalogue() throws -> Catalog {
        guard case .catalog(let c) = try CatalogFile.read(ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path)
        else { throw CocoaError(.fileReadCorruptFile) }
        return c.catalog
    }

    static func make() throws -> CatalogChangeFixture {
        let old = try loadCatalogue()
        var rows = old.einzelleistungen
        var keyCount: [String: Int] = [:]
        var keylessPerOzg: [Int: Int] = [:]
        for e in rows {
            if let k = e.leika?.digits { keyCount[k, default: 0] += 1 } else { keylessPerOzg[e.ozgId, default: 0] += 1 }
        }
        var usedOzg = Set<Int>()
        /// The next row (index) of a fresh OZG-ID: keyed with a key found once, or the only keyless row of its OZG-ID.
        func pick(keyless: Bool, where extra: (Einzelleistung) -> Bool = { _ in true }) throws -> Int {
            for (i, e) in rows.enumerated() where !usedOzg.contains(e.ozgId) && extra(e) {
                let fits = keyless
                    ? e.leika == nil && keylessPerOzg[e.ozgId] == 1 && e.id.occurrence == 0
                    : e.leika.map { keyCount[$0.digits] == 1 } == true
                if fits {
                    usedOzg.insert(e.ozgId)
                    return i
                }
            }
            throw FixtureError.noCandidate(keyless ? "keyless row" : "row with a key found once")
        }
        var f = CatalogChangeFixture(old: old, new: old, uncertain: (old.einzelleistungen[0].id, old.einzelleistungen[0].id))
        func expect(_ kind: CatalogChangeKind, _ id: EinzelleistungID) { f.expected[kind, default: []].insert(id) }
        let themen = old.themenfelder
        func otherThema(_ t: String) -> String { themen.first { $0 != t } ?? t }

        // Renames: two keyed, one keyless (certain).
        for keyless in [false, false, true] {
            let i = try pick(keyless: keyless) { $0.bezeichnung.count > 30 }
            f.touchedOld.append(rows[i].id)
            rows[i].bezeichnung += " (Antrag)"
            if keyless {
                let oldID = rows[i].id
                rows[i].id = EinzelleistungID(leika: nil, ozgId: rows[i].ozgId, bezeichnung: rows[i].bezeichnung)
                f.renamedIDs[oldID] = rows[i].id
            }
            expect(.umbenannt, rows[i].id)
        }
        // Moves: keyed to another OZG-ID, keyed and keyless to another Themenfeld.
        do {
            let i = try pick(keyless: false)
            let target = try pick(keyless: false)
            f.touchedOld.append(rows[i].id)
            let oldID = rows[i].id
            rows[i].ozgId = rows[target].ozgId
            rows[i].ozgLeistung = rows[target].ozgLeistung
            rows[i].id = EinzelleistungID(leika: rows[i].leika, ozgId: rows[i].ozgId)
            f.renamedIDs[oldID] = rows[i].id
            expect(.verschoben, rows[i].id)
            for keyless in [false, true] {
                let j = try pick(keyless: keyless)
                f.touchedOld.append(rows[j].id)
                rows[j].themenfeld = otherThema(rows[j].themenfeld)
                expect(.verschoben, rows[j].id)
            }
        }
        // Type changes: two keyed, one keyless.
        for keyless in [false, false, true] {
            let i = try pick(keyless: keyless)
            f.touchedOld.append(rows[i].id)
            rows[i].typ = LeikaTyp(raw: rows[i].typ.raw == "5" ? "4" : "5")
            expect(.typGeaendert, rows[i].id)
        }
        // The uncertain keyless rename: about half of the name kept.
        var uncertainIndex = -1
        for _ in 0..<50 {
            let i = try pick(keyless: true) { $0.bezeichnung.count > 24 }
            let words = rows[i].bezeichnung.split(separator: " ")
            let candidate = words.prefix(max(1, words.count / 2)).joined(separator: " ") + " Sonderverfahren nach Übergangsrecht"
            let score = NameSimilarity.score(rows[i].bezeichnung, candidate)
            if score >= NameSimilarity.uncertain && score < NameSimilarity.certain {
                f.touchedOld.append(rows[i].id)
                let oldID = rows[i].id
                rows[i].bezeichnung = candidate
                rows[i].id = EinzelleistungID(leika: nil, ozgId: rows[i].ozgId, bezeichnung: candidate)
                f.uncertain = (oldID, rows[i].id)
                expect(.entfallen, oldID)
                expect(.neu, rows[i].id)
                uncertainIndex = i
                break
            }
        }
        guard uncertainIndex >= 0 else { throw FixtureError.noCandidate("keyless row for the uncertain rename") }
        // Removals: two keyed, one keyless.
        var removed: [Int] = []
        for keyless in [false, false, true] {
            let i = try pick(keyless: keyless)
            f.touchedOld.append(rows[i].id)
            expect(.entfallen, rows[i].id)
            removed.append(i)
        }
        // Additions: two keyed, one keyless, each under an OZG-ID of its own.
        var added: [Einzelleistung] = []
        for (n, keyless) in [false, false, true].enumerated() {
            let i = try pick(keyless: false)
            let base = rows[i]
            let e = Einzelleistung(
                leika: keyless ? nil : LeikaKey(text: "9999999900000\(n)"), bezeichnung: "Neue Leistung \(n + 1) im Katalog 2026",
                ozgId: base.ozgId, ozgLeistung: base.ozgLeistung, themenfeld: base.themenfeld, lage: base.lage,
                typ: LeikaTyp(raw: "3"))
            added.append(e)
            expect(.neu, e.id)
        }
        for i in removed.sorted(by: >) { rows.remove(at: i) }
        rows.append(contentsOf: added)
        f.new = Catalog(einzelleistungen: rows)
        return f
    }

    enum FixtureError: Error { case noCandidate(String) }

    /// The rows of the new version that `ozg template --review` must hold: new (also the
    /// uncertain one) and moved.
    var reviewIDs: Set<EinzelleistungID> {
        expected[.neu, default: []].union(expected[.verschoben, default: []])
    }
}
