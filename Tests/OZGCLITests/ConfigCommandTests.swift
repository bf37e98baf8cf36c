import Foundation
import OZGTestSupport
import Testing

/// `ozg config`: the group's settings, stored in the workspace and used by the council packs.
@Suite("ozg config and the council pack from the command line")
struct ConfigCommandTests {
    static let german = ["LC_ALL": "de_DE.UTF-8"]

    @Test("set, show, unset; a bad date or an unknown name is a usage error in German")
    func setShowUnset() throws {
        let dir = TemporaryDirectory("ozg-config")
        let ws = dir.path("ws").path
        let catalog = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path
        let kommunen = ExternalTools.sampleData.appendingPathComponent("krz-verband-kommunen.csv").path
        try CLI.ok(["catalog", "import", catalog, "--kommunen", kommunen, "--workspace", ws, "-q"])
        try CLI.ok(["config", "set", "kontakt", "Geschäftsstelle FAG OZG, ozg@example.org", "--workspace", ws])
        try CLI.ok(["config", "set", "rueckmeldung-bis", "31.03.2026", "--workspace", ws])
        try CLI.ok(["config", "set", "meilensteine", "2026-06-30 Top-Leistungen online; 2022-12-31 OZG-Frist 2022", "--workspace", ws])
        let shown = try CLI.ok(["config", "show", "--workspace", ws]).text
        #expect(shown.contains("kontakt\tGeschäftsstelle FAG OZG, ozg@example.org"))
        #expect(shown.contains("rueckmeldung-bis\t2026-03-31"))
        #expect(shown.contains("meilensteine\t2022-12-31 OZG-Frist 2022; 2026-06-30 Top-Leistungen online"))
        #expect(shown.contains("anschreiben\t–"))

        let bad = try ExternalTools.ozg(["config", "set", "rueckmeldung-bis", "bald", "--workspace", ws], environment: Self.german)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("„bald“ ist für „rueckmeldung-bis“ kein Datum"))
        let unknown = try ExternalTools.ozg(["config", "set", "farbe", "blau", "--workspace", ws], environment: Self.german)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Die Einstellung „farbe“ gibt es nicht"))
        // Nothing changed by the failed calls.
        #expect(try CLI.ok(["config", "show", "--workspace", ws]).text.contains("rueckmeldung-bis\t2026-03-31"))

        try CLI.ok(["config", "unset", "kontakt", "--workspace", ws])
        #expect(try CLI.ok(["config", "show", "--workspace", ws]).text.contains("kontakt\t–"))

        // The council pack carries the settings (JSON of one council's pack).
        let json = try CLI.ok([
            "report", "kommunen-matrix", "--kommune", "Lemgo", "--format", "json", "-o", "-", "--workspace", ws,
        ]).text
        #expect(json.contains("Rückmeldung bis") && json.contains("31.03.2026"))
        #expect(json.contains("noch nicht bestätigt"))
        #expect(!json.contains("[\"Ansprechperson\""))
    }
}
