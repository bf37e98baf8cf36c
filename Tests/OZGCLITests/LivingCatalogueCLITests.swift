import Foundation
import OZGKit
import OZGTestSupport
import Testing

/// The living catalogue end to end through `ozg`: versions, diff, carry-over, review sheets,
/// meeting snapshots, export at a snapshot, the change report.
@Suite("LivingCatalogueCLI")
struct LivingCatalogueCLITests {
    /// A catalogue as CSV (every field quoted).
    static func writeCSV(_ catalog: Catalog, to url: URL) throws {
        let text = catalog.rows().map { row in
            row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
    }

    static func json(_ args: [String]) throws -> [String: Any] {
        let o = try CLI.ok(args)
        return try #require(try JSONSerialization.jsonObject(with: o.stdout) as? [String: Any])
    }

    @Test("catalog import --version, versions, diff (files and versions), template --review, snapshot, export --snapshot, report aenderungen")
    func endToEnd() throws {
        let dir = TemporaryDirectory("living-catalogue")
        let ws = dir.path("ws").path
        let w = ["--workspace", ws]
        let oldFile = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        guard case .catalog(let load) = try CatalogFile.read(oldFile) else { throw CocoaError(.fileReadCorruptFile) }
        let old = load.trusted  // as `ozg catalog import` takes it: without the test rows
        try CLI.ok(["catalog", "import", oldFile, "--version", "OZG 2019", "-q"] + w)
        try CLI.ok(["ingest", ExternalTools.samples.appendingPathComponent("working-sheets/01-titelzeilen.xlsx").path] + w)
        try CLI.ok(["snapshot", "save", "FAG 09/2026"] + w)
        #expect(try CLI.ok(["snapshot", "list"] + w).text.hasPrefix("FAG 09/2026\t"))
        let before = try CLI.ok(["export", "--format", "json", "-o", "-"] + w).stdout

        // The new version: one rename and one move of rows with verdicts, one removal, one addition.
        var rows = old.einzelleistungen
        let renamed = try #require(rows.firstIndex { $0.leika?.digits == "99012047000000" })
        rows[renamed].bezeichnung += " (neu gefasst)"
        let moved = try #require(rows.firstIndex { $0.leika?.digits == "99012047111000" })
        rows[moved].ozgId = 10_408
        rows[moved].id = EinzelleistungID(leika: rows[moved].leika, ozgId: 10_408)
        let removed = rows.remove(at: rows.count - 1)
        rows.append(Einzelleistung(leika: LeikaKey(text: "99999999000001"), bezeichnung: "Neue Leistung", ozgId: 10_407,
            ozgLeistung: rows[renamed].ozgLeistung, themenfeld: rows[renamed].themenfeld, lage: rows[renamed].lage, typ: LeikaTyp(raw: "3")))
        let newFile = dir.path("katalog-2026.csv")
        try Self.writeCSV(Catalog(einzelleistungen: rows), to: newFile)
        let imported = try CLI.ok(["catalog", "import", newFile.path, "--version", "BMI 2026"] + w)
        #expect(imported.stderr.contains("Katalogversion „BMI 2026“: neu 1, entfallen 1, umbenannt 1, verschoben 1, typGeaendert 0"))
        let versions = try CLI.ok(["catalog", "versions"] + w).text.split(separator: "\n")
        #expect(versions.count == 2 && versions[0].hasPrefix("  OZG 2019\tkatalog") && versions[1].hasPrefix("* BMI 2026\tkatalog"))

        let byVersion = try CLI.ok(["catalog", "diff", "OZG 2019", "BMI 2026"] + w).text
        let byFile = try CLI.ok(["catalog", "diff", oldFile, newFile.path] + w).text
        #expect(byVersion == byFile)
        let diff = try Self.json(["catalog", "diff", "OZG 2019", "BMI 2026"] + w)
        #expect((diff["neu"] as? [Any])?.count == 1 && (diff["entfallen"] as? [Any])?.count == 1)
        #expect((diff["entfallen"] as? [[String: Any]])?.first?["bezeichnung"] as? String == removed.bezeichnung)
        let move = try #require((diff["verschoben"] as? [[String: Any]])?.first)
        #expect(move["leika"] as? String == "99012047111000" && move["ozgId"] as? Int == 10_408)
        #expect((move["vorher"] as? [String: Any])?["ozgId"] as? Int == 10_407)
        try CLI.ok(["catalog", "diff", "OZG 2019", "BMI 2026", "--format", "xlsx", "-o", dir.path("diff.xlsx").path] + w)
        let sheets = try SpreadsheetFile.open(dir.path("diff.xlsx").path).sheets.map(\.name)
        #expect(sheets == ["Übersicht", "Neu", "Entfallen", "Umbenannt", "Verschoben", "LeiKa-Typ geändert"])

        // Verdicts carried over; the moved row keeps its verdicts under the new OZG-ID.
        let now = try Self.json(["export", "--format", "json", "-o", "-"] + w)
        let list = try #require(now["einzelleistungen"] as? [[String: Any]])
        let m = try #require(list.first { $0["leika"] as? String == "99012047111000" })
        #expect(m["ozgId"] as? Int == 10_408)
        #expect((m["relevanz"] as? [String: String])?["Große kreisangehörige Stadt"] == "nein")
        let r = try #require(list.first { $0["leika"] as? String == "99012047000000" })
        #expect((r["relevanz"] as? [String: String])?["Kreis"] == "ja")
        // The export at the snapshot is the Gesamtliste as it was.
        #expect(try CLI.ok(["export", "--snapshot", "FAG 09/2026", "--format", "json", "-o", "-"] + w).stdout == before)

        // Review sheets: the moved and the new row, in one Themenfeld.
        let review = try CLI.ok(["template", "--review", "-o", dir.path("pruefen").path] + w).text.split(separator: "\n")
        #expect(review.count == 1 && review[0].hasSuffix("Bauen-Wohnen-pruefen.xlsx"))

        // The change report since the meeting: the four catalogue changes.
        let report = try Self.json(["report", "aenderungen", "--since", "FAG 09/2026", "--format", "json", "-o", "-"] + w)
        let katalog = try #require((report["sheets"] as? [[String: Any]])?.first { $0["name"] as? String == "Katalog" })
        let table = try #require((katalog["tables"] as? [[String: Any]])?.first)
        #expect((table["rows"] as? [Any])?.count == 4)

        // An unknown snapshot is a usage error in German naming the known ones.
        let bad = try ExternalTools.ozg(["export", "--snapshot", "FAG 13/2026", "--format", "json", "-o", "-"] + w, environment: ["LANG": "de_DE.UTF-8"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("Sitzungsstand") && bad.stderr.contains("FAG 09/2026"))
    }
}
