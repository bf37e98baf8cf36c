import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import OZGTestSupport

/// A workspace model built from a slice of the real catalogue with made-up verdicts, and the
/// truth the tests compute their expected figures from (never from the generators' code).
struct ReportFixture {
    /// The raw CSV rows of the slice (header excluded), in order: Themenfeld, Lage, OZG-ID,
    /// OZG-Leistung, LeiKa-Schlüssel, Leistungsbezeichnung, LeiKa-Typ, …
    let rows: [[String]]
    let model: DomainModel
    /// The verdict per row and Kommunaltyp index (`offen` where none was stored).
    let truth: [[Relevanz]]
    let typeNames: [String]
    /// The ingest date of each row's verdicts, `nil` for rows without any stored verdict.
    let ingested: [CalendarDate?]
    let paten: [String: String]

    static let stand = CalendarDate(year: 2020, month: 6, day: 30)

    /// Reads `ozg-katalog-2019.csv` with a small RFC 4180 parser of the test's own.
    static func catalogueRows() throws -> [[String]] {
        let url = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return parseCSV(text)
    }

    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var it = Array(text.unicodeScalars)[...]
        if it.first == "\u{FEFF}" { it = it.dropFirst() }
        var i = it.startIndex
        while i < it.endIndex {
            let c = it[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < it.endIndex, it[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < it.endIndex, it[i + 1] == "\n" { i += 1 }
                row.append(field)
                field = ""
                rows.append(row)
                row = []
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// The verdict the fixture makes up for row `i` and type `t`; `nil` means no verdict stored.
    static func madeUp(_ i: Int, _ t: Int) -> Relevanz? {
        switch (i * 7 + t * 3 + i / 5) % 9 {
        case 0, 1, 2: return .ja
        case 3, 4: return .nein
        case 5: return .teilweise
        case 6: return .offen  // stored, but undecided
        default: return i % 4 == 0 ? nil : .ja
        }
    }

    /// `perThema` rows of each Themenfeld (all of them for `nil`).
    static func make(perThema: Int? = 25, sample: Bool = true) throws -> ReportFixture {
        let all = try catalogueRows()
        let header = all[0]
        var taken: [String: Int] = [:]
        var slice: [[String]] = []
        for r in all.dropFirst() where r.count >= 7 {
            let n = taken[r[0], default: 0]
            if let perThema, n >= perThema { continue }
            taken[r[0]] = n + 1
            slice.append(r)
        }
        var catalog = try Catalog(rows: [header] + slice)
        catalog.assignUniqueIDs()
        let types = KommunaltypSet.krzVerband
        let typeNames = types.names
        var verdicts: [Verdict] = []
        var truth: [[Relevanz]] = []
        var ingested: [CalendarDate?] = []
        var themaIndex: [String: Int] = [:]
        for (i, e) in catalog.einzelleistungen.enumerated() {
            let ti = themaIndex[slice[i][0]] ?? themaIndex.count
            themaIndex[slice[i][0]] = ti
            // Each Themenfeld's verdicts were ingested on its own days.
            let day = CalendarDate(year: 2020, month: 3, day: 1).adding(days: ti * 3 + (i % 3))
            var row: [Relevanz] = []
            var any = false
            for (t, name) in typeNames.enumerated() {
                if let r = madeUp(i, t) {
                    any = true
                    verdicts.append(Verdict(
                        einzelleistung: e.id, kommunaltyp: name, relevanz: r, raw: nil,
                        provenance: Provenance(
                            file: "paten.xlsx", sheet: "Blatt", cell: "A1", sha256: "0", ingestedAt: day.iso + "T10:00:00Z")))
                    row.append(r)
                } else {
                    row.append(.offen)
                }
            }
            truth.append(row)
            ingested.append(any ? day : nil)
        }
        var paten: [String: String] = [:]
        var patenList: [Pate] = []
        let names = ["Frau Berg", "Herr Dahl", "Frau Özdemir & Co <Team>"]
        for (n, thema) in catalog.themenfelder.enumerated() where n % 4 != 3 {
            let name = names[n % 3]
            paten[thema] = name
            patenList.append(Pate(themenfeld: thema, name: name))
        }
        let kommunen = [
            Kommune(name: "Kreis Lippe", kommunaltyp: "Kreis"),
            Kommune(name: "Bad Oeynhausen", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Mittlere kreisangehörige Stadt"),
            Kommune(name: "Lübbecke", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Mittlere kreisangehörige Stadt"),
            Kommune(name: "Hüllhorst", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Kreisangehörige Stadt/Gemeinde"),
            Kommune(name: "Minden", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Große kreisangehörige Stadt"),
        ]
        let model = DomainModel(
            catalog: catalog, kommunaltypen: types, kommunen: kommunen, paten: patenList, verdicts: verdicts,
            exceptions: [], vorhaben: [], stand: stand, isSampleData: sample)
        return ReportFixture(rows: slice, model: model, truth: truth, typeNames: typeNames, ingested: ingested, paten: paten)
    }

    /// The Themenfelder of the slice in order of first appearance (from the raw rows).
    var themen: [String] {
        var seen: [String] = []
        for r in rows where !seen.contains(r[0]) { seen.append(r[0]) }
        return seen
    }

    /// The row indexes of one Themenfeld (from the raw rows).
    func rowIndexes(of thema: String) -> [Int] { rows.indices.filter { rows[$0][0] == thema } }
}

extension ReportTable {
    /// The data and total rows' cells by the first cell's text.
    func row(startingWith text: String) -> ReportRow? {
        rows.first { if case .text(let s) = $0[0] { return s == text }; return false }
    }
}
