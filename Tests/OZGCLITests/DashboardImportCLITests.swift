import Foundation
import OZGTestSupport
import Testing

/// `ozg import dashboard` and the reports it feeds, from the command line, on the sample export.
@Suite("ozg import dashboard from the command line")
struct DashboardImportCLITests {
    static let german = ["LC_ALL": "de_DE.UTF-8"]

    @Test("the sample export is imported for Lemgo (text and JSON), an unknown council exits 64, a bad row exits 1")
    func importSample() throws {
        let dir = TemporaryDirectory("ozg-dashboard")
        let ws = dir.path("ws").path
        let catalog = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        let kommunen = ExternalTools.sampleData.appendingPathComponent("krz-verband-kommunen.csv").path
        let export = ExternalTools.samples.appendingPathComponent("dashboard/pvog-export-lemgo-beispiel.csv").path
        try CLI.ok(["catalog", "import", catalog, "--kommunen", kommunen, "--workspace", ws, "-q"])

        let text = try ExternalTools.ozg(["import", "dashboard", export, "--kommune", "Lemgo", "--workspace", ws], environment: Self.german)
        #expect(text.status == 0)
        #expect(text.text.contains("pvog-export-lemgo-beispiel!A13: Warnung: Der LeiKa-Schlüssel 99123456012000"))
        #expect(text.stderr.contains("PVOG-Export, Datenstand 2026-11-03 für Lemgo: 12 Zeilen, 9 online gespeichert"))

        // Again, as JSON: the same bytes change nothing.
        let json = try ExternalTools.ozg(
            ["import", "dashboard", export, "--kommune", "lemgo", "--format", "json", "--workspace", ws], environment: Self.german)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(object["kommune"] as? String == "Lemgo" && object["bereitsEingelesen"] as? Bool == true)
        #expect(object["herkunft"] as? String == "PVOG-Export, Datenstand 2026-11-03")
        #expect((object["findings"] as? [[String: Any]])?.first?["cell"] as? String == "A13")

        // The report runs on it (nothing is rated yet, so no Leistung is relevant to Lemgo).
        let report = try CLI.ok(["report", "umsetzungsstand", "--format", "json", "-o", "-", "--workspace", ws]).text
        #expect(report.contains("\"online nur laut Dashboard\""))

        let unknown = try ExternalTools.ozg(["import", "dashboard", export, "--kommune", "Atlantis", "--workspace", ws], environment: Self.german)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Die Kommune „Atlantis“ gehört nicht zum Verband"))

        let bad = dir.path("bad.csv")
        try "leika_key,online_status\n99107023017000,vielleicht\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try ExternalTools.ozg(["import", "dashboard", bad.path, "--kommune", "Lemgo", "--workspace", ws], environment: Self.german)
        #expect(failed.status == 1)
        #expect(failed.text.contains("bad!B2: Fehler: Online-Status „vielleicht“ nicht verstanden"))
    }
}
