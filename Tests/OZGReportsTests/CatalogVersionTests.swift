import Foundation
import OZGKit
import OZGTestSupport
import Testing

/// Catalogue versions: the diff, verdicts carried over, the review template.
@Suite("CatalogVersions")
struct CatalogVersionTests {
    static let t0 = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28
    static func day(_ n: Double) -> Date { t0.addingTimeInterval(n * 86_400) }

    @Test("the diff finds exactly the known additions, removals, renames, moves and type changes (keyless rows too)")
    func diffFindsExactly() throws {
        let f = try CatalogChangeFixture.make()
        let diff = CatalogDiff(old: f.old, new: f.new)
        for kind in CatalogChangeKind.allCases {
            #expect(Set(diff.changes(kind).map(\.einzelleistung.id)) == f.expected[kind, default: []], "\(kind)")
            #expect(diff.changes(kind).count == f.expected[kind, default: []].count, "\(kind) listed once each")
        }
        #expect(diff.renamedIDs == f.renamedIDs)
        // The uncertain keyless pair is named on both sides and not merged.
        let gone = try #require(diff.changes(.entfallen).first { $0.einzelleistung.id == f.uncertain.old })
        let came = try #require(diff.changes(.neu).first { $0.einzelleistung.id == f.uncertain.new })
        #expect(gone.unsichereZuordnung?.id == f.uncertain.new)
        #expect(came.unsichereZuordnung?.id == f.uncertain.old)
        #expect(diff.changes.filter { $0.unsichereZuordnung != nil }.count == 2)
        // `vorher` holds exactly the changed fields with their old values.
        let moved = try #require(diff.changes(.verschoben).first { $0.previousID != $0.einzelleistung.id })
        let before = try #require(f.old.einzelleistungen.first { $0.id == moved.previousID })
        #expect(moved.vorher == [
            CatalogFieldChange(field: .ozgId, old: String(before.ozgId)),
            CatalogFieldChange(field: .ozgLeistung, old: before.ozgLeistung),
        ])
        // Comparing a version with itself finds nothing.
        #expect(CatalogDiff(old: f.new, new: f.new).changes.isEmpty)
    }

    @Test("JSON of the diff: exactly the five kinds in order, E with leika, ozgId, bezeichnung, themenfeld, vorher")
    func diffJSON() throws {
        let f = try CatalogChangeFixture.make()
        let text = CatalogDiffReport.json(CatalogDiff(old: f.old, new: f.new))
        #expect(text.hasPrefix(#"{"neu":[{"leika":"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [[String: Any]]])
        #expect(Set(object.keys) == ["neu", "entfallen", "umbenannt", "verschoben", "typGeaendert"])
        let order = ["\"neu\":", "\"entfallen\":", "\"umbenannt\":", "\"verschoben\":", "\"typGeaendert\":"]
            .compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 5 && order == order.sorted())
        for (kind, list) in object {
            #expect(list.count == f.expected[CatalogChangeKind(rawValue: kind)!, default: []].count, "\(kind)")
            for e in list {
                #expect(e["ozgId"] is NSNumber && e["bezeichnung"] is String && e["themenfeld"] is String && e["vorher"] is [String: Any])
                #expect(e["leika"] is String || e["leika"] is NSNull)
            }
        }
        let typ = try #require(object["typGeaendert"]?.first)
        let vorher = try #require(typ["vorher"] as? [String: String])
        #expect(Array(vorher.keys) == ["typ"])
        let keyless = try #require(object["neu"]?.first { $0["unsicher"] != nil })
        #expect(keyless["leika"] is NSNull)
    }

    @Test("importing the new version keeps verdicts of unchanged, renamed and retyped rows, moves them with moved rows, marks new and moved rows")
    func carryOver() throws {
        let f = try CatalogChangeFixture.make()
        let dir = TemporaryDirectory("catalog-carry")
        let ws = try Workspace.open(at: dir.path("ws").path)
        let first = try ws.importCatalogVersion(f.old, name: "OZG 2019", at: Self.day(0))
        #expect(first.markedForReview == 0 && first.diff.changes(.neu).count == f.old.einzelleistungen.count)
        let types = KommunaltypSet.krzVerband.names
        var verdicts: [Verdict] = []
        for (n, id) in f.touchedOld.enumerated() {
            for (t, typ) in types.enumerated() {
                let r: Relevanz = (n + t) % 3 == 0 ? .nein : ((n + t) % 3 == 1 ? .ja : .teilweise)
                verdicts.append(Verdict(einzelleistung: id, kommunaltyp: typ, relevanz: r,
                    provenance: Provenance(file: "bogen.xlsx", sheet: "Bewertung", cell: "H\(n + 5)", sha256: "", ingestedAt: "")))
            }
        }
        _ = try ws.ingest(IngestBatch(file: "bogen.xlsx", sha256: "s1", verdicts: verdicts), at: Self.day(1))
        let before = try ws.snapshot()
        try ws.saveMeetingSnapshot(name: "FAG 06/2026", at: Self.day(2))

        let result = try ws.importCatalogVersion(f.new, name: "BMI 2026", at: Self.day(3))
        #expect(result.diff.renamedIDs == f.renamedIDs)
        let after = try ws.snapshot()
        let newIDs = Set(f.new.einzelleistungen.map(\.id))
        for id in f.touchedOld {
            let target = f.renamedIDs[id] ?? id
            let wasRemoved = f.expected[.entfallen, default: []].contains(id)
            for typ in types {
                let old = before.relevanz(id, typ)
                #expect(old != .offen)
                if wasRemoved {
                    #expect(!newIDs.contains(id) && after.verdict(id, typ) == nil, "removed rows leave the current catalogue")
                } else {
                    #expect(after.relevanz(target, typ) == old, "\(target.key) \(typ) keeps its verdict")
                    #expect(after.verdict(target, typ)?.provenance?.file == "bogen.xlsx", "with its provenance")
                }
            }
        }
        for id in f.expected[.neu, default: []] {
            #expect(types.allSatisfy { after.relevanz(id, $0) == .offen }, "new rows are offen: \(id.key)")
        }
        // Marks: exactly the new (also the uncertain one) and the moved rows.
        let marks = try ws.reviewMarks()
        #expect(Set(marks.keys) == f.reviewIDs)
        for id in f.expected[.verschoben, default: []] { #expect(marks[id] == .verschoben) }
        for id in f.expected[.neu, default: []] { #expect(marks[id] == .neu) }
        // Removed rows stay in the history with their verdicts.
        let then = try ws.model(at: try ws.moment("FAG 06/2026", asStart: false))
        #expect(then.catalog == f.old)
        #expect(then.verdicts == before.verdicts)
        for id in f.expected[.entfallen, default: []] { #expect(then.relevanz(id, types[0]) != .offen) }
        // Both versions are kept; the second knows its changes.
        let versions = try ws.catalogVersions()
        #expect(versions.map(\.name) == ["OZG 2019", "BMI 2026"])
        #expect(versions[1].isCurrent && !versions[0].isCurrent)
        for kind in CatalogChangeKind.allCases {
            #expect(versions[1].changeCounts[kind] ?? 0 == f.expected[kind, default: []].count, "\(kind)")
        }
        #expect(try ws.catalog(version: "OZG 2019") == f.old)
        #expect(try ws.catalog(version: "BMI 2026") == f.new)
        #expect(throws: HistoryError.duplicateVersion("BMI 2026")) { try ws.importCatalogVersion(f.new, name: "BMI 2026") }
        // A verdict ingested for a marked row after the mark clears it.
        let moved = try #require(f.expected[.verschoben]?.first)
        _ = try ws.ingest(IngestBatch(file: "zurueck.xlsx", sha256: "s2", verdicts: [
            Verdict(einzelleistung: moved, kommunaltyp: types[0], relevanz: .ja, provenance: nil),
        ]), at: Self.day(4))
        #expect(try ws.reviewMarks()[moved] == nil)
        #expect(try ws.reviewMarks().count == f.reviewIDs.count - 1)
    }

    @Test("history errors: one sentence in German and in English naming what was given, and the case in the detail")
    func historyErrors() {
        let cases: [(HistoryError, String, String)] = [
            (.unknownVersion("BMI 2027", available: ["OZG 2019"]), "BMI 2027", "unknownVersion"),
            (.duplicateVersion("BMI 2026"), "BMI 2026", "duplicateVersion"),
            (.unknownMoment("FAG 13", available: ["FAG 12/2026"]), "FAG 13", "unknownMoment"),
            (.duplicateSnapshot("FAG 12/2026"), "FAG 12/2026", "duplicateSnapshot"),
            (.emptyName, "", "emptyName"),
        ]
        for (error, name, caseName) in cases {
            let de = error.message(.german), en = error.message(.english)
            #expect(name.isEmpty || (de.contains(name) && en.contains(name)), "\(caseName)")
            #expect(de != en, "\(caseName)")
            #expect(de.hasSuffix(".") && en.hasSuffix("."), "\(caseName)")
            #expect(error.technicalDetail.contains(caseName))
        }
        #expect(HistoryError.unknownMoment("x", available: ["FAG 12/2026"]).message(.german).contains("FAG 12/2026"))
    }

    @Test("the review template holds exactly the new and moved rows, per Themenfeld (read back with openpyxl)", .requires("openpyxl"))
    func reviewTemplate() throws {
        try ExternalTools.require("openpyxl")
        let f = try CatalogChangeFixture.make()
        let dir = TemporaryDirectory("catalog-review")
        let ws = try Workspace.open(at: dir.path("ws").path)
        try ws.importCatalogVersion(f.old, name: "alt", at: Self.day(0))
        try ws.importCatalogVersion(f.new, name: "neu", at: Self.day(1))
        var model = try ws.snapshot()
        model.catalog = ReviewSelection.catalog(model.catalog, marks: try ws.reviewMarks())
        var found: [String] = []
        let expected = f.new.einzelleistungen.filter { f.reviewIDs.contains($0.id) }
        #expect(Set(model.catalog.themenfelder) == Set(expected.map(\.themenfeld)))
        for tf in model.catalog.themenfelder {
            var content = WorkingSheetTemplate.Content()
            content.knownVerdicts = model.verdicts
            let wb = WorkingSheetTemplate.make(catalog: model.catalog, themenfeld: tf, kommunaltypen: model.kommunaltypen, content: content)
            let path = dir.path(tf.filter(\.isLetter) + ".xlsx")
            try SpreadsheetFile.write(wb, to: path.path)
            let rows = try PythonSheet.rows(path, sheet: "Bewertung")
            let header = try #require(rows.firstIndex { $0.contains("LeiKa-Schlüssel") })
            let keyCol = try #require(rows[header].firstIndex(of: "LeiKa-Schlüssel"))
            let nameCol = try #require(rows[header].firstIndex(of: "Leistungsbezeichnung"))
            let thCol = try #require(rows[header].firstIndex(of: "Themenfeld"))
            for r in rows[(header + 1)...] where r.count > nameCol && !r[nameCol].isEmpty {
                #expect(r[thCol] == tf)
                found.append(r[keyCol] + "|" + r[nameCol])
            }
        }
        #expect(found.sorted() == expected.map { $0.leikaDisplay + "|" + $0.bezeichnung }.sorted())
    }
}

/// A sheet read by openpyxl/python-calamine through `Tests/Scripts/sheet_dump.py`, as text rows.
enum PythonSheet {
    static func rows(_ url: URL, sheet: String) throws -> [[String]] {
        let out = try ExternalTools.python(script: "sheet_dump.py", [url.path])
        let object = try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any]
        let sheets = object?["sheets"] as? [[String: Any]] ?? []
        guard let s = sheets.first(where: { $0["name"] as? String == sheet }) else { return [] }
        var grid: [[String]] = []
        for case let c as [Any] in s["cells"] as? [Any] ?? [] {
            guard c.count == 4, let r = c[0] as? Int, let col = c[1] as? Int else { continue }
            while grid.count <= r { grid.append([]) }
            while grid[r].count <= col { grid[r].append("") }
            switch c[3] {
            case let n as NSNumber where c[2] as? String == "n":
                grid[r][col] = n.doubleValue == n.doubleValue.rounded() ? String(Int64(n.doubleValue)) : "\(n.doubleValue)"
            case let v: grid[r][col] = "\(v)"
            }
        }
        return grid
    }
}
