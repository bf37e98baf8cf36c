import Foundation
import OZGKit
import OZGTestSupport
import Testing

/// `ozg site` in a real browser: a workspace made with the CLI from the real catalogue, the 39
/// councils, the sample working sheets and roadmap; the site opened from disk in headless
/// Chromium (Selenium, `Tests/Scripts/site_browser.py`). The expected counts are computed here
/// from the workspace's stored verdicts and Vorhaben, not by the site's code.
@Suite("Website in the browser")
struct SiteBrowserTests {
    /// Where the screenshots (1400 and 390 px per page kind) and the printed council page go.
    static var screenshots: URL {
        if let dir = ProcessInfo.processInfo.environment["OZG_SITE_SCREENSHOTS"] { return URL(fileURLWithPath: dir) }
        return FileManager.default.temporaryDirectory.appendingPathComponent("ozg-site-screenshots")
    }

    /// A workspace with the sample data, its site, and the model read back.
    static func makeSite(_ dir: TemporaryDirectory) throws -> (site: URL, model: DomainModel) {
        let ws = dir.path("ws").path
        let data = ExternalTools.sampleData
        try ExternalTools.ozg([
            "catalog", "import", data.appendingPathComponent("ozg-katalog-2019.csv").path,
            "--kommunen", data.appendingPathComponent("krz-verband-kommunen.csv").path, "--workspace", ws,
        ]).expectSuccess()
        var inputs: [String] = []
        for sub in ["working-sheets", "roadmap"] {
            let folder = ExternalTools.samples.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where ["xlsx", "ods", "csv"].contains((name as NSString).pathExtension) {
                inputs.append(folder.appendingPathComponent(name).path)
            }
        }
        // A meeting before the sheets come in: the start page sums up what changed since.
        try ExternalTools.ozg(["snapshot", "save", "FAG 09/2026", "--workspace", ws]).expectSuccess()
        // The history counts in whole seconds: what comes after the snapshot must be a second later.
        let saved = Int(Date().timeIntervalSince1970)
        while Int(Date().timeIntervalSince1970) <= saved { Thread.sleep(forTimeInterval: 0.05) }
        // 06-fehler.xlsx has findings on purpose: exit 1, the rest is stored.
        let ingest = try ExternalTools.ozg(["ingest"] + inputs + ["--workspace", ws])
        #expect(ingest.status == 0 || ingest.status == 1, "\(ingest.stderr)")
        try Workspace.open(at: ws, createIfMissing: false).setSampleData(true)
        // A LeiKa publication gives Wohngeld synonyms (names and types unchanged).
        let catalog = try Workspace.open(at: ws, createIfMissing: false).snapshot().catalog
        let wohngeld = try #require(catalog.einzelleistungen.first { $0.leika?.digits == Self.wohngeldKey })
        let leika = dir.path("leika.csv")
        let lines = [
            "Schluessel;Bezeichnung;Bezeichnung2;Typ;Leistungsgruppierung;Leistungskennung;Verrichtung;Verrichtungsdetail;"
                + "Besondere Merkmale;Synonyme;Veröffentlichungsdatum",
            "\(Self.wohngeldKey);\(wohngeld.bezeichnung);;\(wohngeld.typ.raw);;;;;;\(Self.synonym)|Lastenzuschuss;03.11.2026 14:05",
        ]
        try #require((lines.joined(separator: "\r\n") + "\r\n").data(using: .isoLatin1)).write(to: leika)
        try ExternalTools.ozg(["catalog", "import", leika.path, "--version", "LeiKa 11/2026", "--workspace", ws]).expectSuccess()
        // Status sheets of two councils (#13): Bünde offers its first relevant Leistung online,
        // works on the second; Herford offers the second and third online.
        let store = try Workspace.open(at: ws, createIfMissing: false)
        var batch = IngestBatch(file: "status.xlsx", sha256: "s1")
        batch.umsetzung = try Self.statuses(try store.snapshot())
        _ = try store.ingest(batch)
        let site = dir.path("website")
        try ExternalTools.ozg(["site", "-o", site.path, "--workspace", ws, "--no-external"]).expectSuccess()
        return (site, try Workspace.open(at: ws, createIfMissing: false).snapshot())
    }

    static let wohngeldKey = "99107023017000"
    static let buendeService = "https://buende.example/antrag?typ=1&x=2"

    /// The status rows the test stores (the councils' own reports).
    static func statuses(_ model: DomainModel) throws -> [KommuneStatus] {
        let rows = model.catalog.einzelleistungen
        let buende = try #require(model.kommunen.first { $0.name == "Bünde" })
        let typ = buende.kommunaltyp
        let relevant = rows.indices.filter { i in model.verdicts.contains { $0.einzelleistung == rows[i].id && $0.kommunaltyp == typ && $0.relevanz.isRelevant } }
        try #require(relevant.count >= 3)
        return [
            KommuneStatus(kommune: "Bünde", einzelleistung: rows[relevant[0]].id, stand: .online, url: buendeService, loesung: "Antrag <online>", loesungsart: .efa),
            KommuneStatus(kommune: "Bünde", einzelleistung: rows[relevant[1]].id, stand: .inUmsetzung),
            KommuneStatus(kommune: "Herford", einzelleistung: rows[relevant[1]].id, stand: .online),
            KommuneStatus(kommune: "Herford", einzelleistung: rows[relevant[2]].id, stand: .online),
        ]
    }
    static let synonym = "Mietzuschuss"

    /// The expectations for the browser script, from the model's stored data and the workspace's history.
    static func expectations(_ model: DomainModel, conflicts: Int) throws -> JSONValue {
        let rows = model.catalog.einzelleistungen
        let types = model.kommunaltypen.names
        var stored: [String: Relevanz] = [:]
        for v in model.verdicts { stored[v.einzelleistung.key + "|" + v.kommunaltyp] = v.relevanz }
        func verdict(_ i: Int, _ type: String) -> Relevanz { stored[rows[i].id.key + "|" + type] ?? .offen }
        func kommune(_ i: Int, _ k: Kommune) -> Relevanz {
            model.exceptions.first { $0.kommune == k.name && $0.einzelleistung == rows[i].id }?.relevanz ?? verdict(i, k.kommunaltyp)
        }
        func status(_ i: Int) -> String? {
            (model.vorhaben.first { $0.einzelleistung == rows[i].id } ?? model.vorhaben.first { $0.einzelleistung == nil && $0.ozgId == rows[i].ozgId })?
                .status.label
        }
        func text(_ i: Int) -> String {
            let e = rows[i]
            return ([e.bezeichnung, e.ozgLeistung, e.lage, e.themenfeld] + (e.synonyme ?? [])).joined(separator: " ").lowercased()
                + " \(e.leikaDisplay) \(e.ozgId)"
        }
        func count(_ where: (Int) -> Bool) -> JSONValue { .number(Double(rows.indices.filter(`where`).count)) }
        let buende = try #require(model.kommunen.first { $0.name == "Bünde" })
        let statuses = model.umsetzung
        #expect(statuses.count == 4)
        func online(_ i: Int) -> Bool { statuses.contains { $0.einzelleistung == rows[i].id && $0.stand == .online } }
        func stand(_ i: Int, _ k: String) -> Umsetzungsstand? { statuses.first { $0.einzelleistung == rows[i].id && $0.kommune == k }?.stand }
        // Relevant Leistung×council pairs online: what the start page counts.
        let byName = Dictionary(model.kommunen.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let onlinePairs = statuses.filter { s in
            s.stand == .online
                && byName[s.kommune].map { k in rows.indices.contains { rows[$0].id == s.einzelleistung && kommune($0, k).isRelevant } } == true
        }.count
        let wohngeld = try #require(rows.firstIndex { $0.leika?.digits == Self.wohngeldKey })
        #expect(rows[wohngeld].synonyme?.contains(Self.synonym) == true)
        // Every stored verdict and Vorhaben came after the meeting snapshot.
        let changedVerdicts = model.verdicts.filter { $0.relevanz != .offen }
        let changes = changedVerdicts.count + model.vorhaben.count + conflicts
        let relevant = "relevant (ja oder teilweise)"
        func filter(_ set: [(String, String)], _ n: JSONValue) -> JSONValue {
            .object([("set", .object(set.map { ($0.0, JSONValue.string($0.1)) })), ("count", n)])
        }
        var filters: [JSONValue] = [
            filter([("f-thema", "Bildung")], count { rows[$0].themenfeld == "Bildung" }),
            filter([("f-typ", "Kreis"), ("f-relevanz", "ja")], count { verdict($0, "Kreis") == .ja }),
            filter([("f-relevanz", relevant)], count { i in types.contains { verdict(i, $0).isRelevant } }),
            filter([("f-relevanz", "nein")], count { i in types.contains { verdict(i, $0) == .nein } }),
            filter([("f-kommune", "Bünde"), ("f-relevanz", relevant)], count { kommune($0, buende).isRelevant }),
            filter(
                [("f-thema", "Familie & Kind"), ("f-typ", "Große kreisangehörige Stadt"), ("f-relevanz", "teilweise")],
                count { rows[$0].themenfeld == "Familie & Kind" && verdict($0, "Große kreisangehörige Stadt") == .teilweise }),
            filter([("q", "adoption"), ("f-typ", "Kreis"), ("f-relevanz", "offen (nicht bewertet)")],
                count { text($0).contains("adoption") && verdict($0, "Kreis") == .offen }),
            filter([("f-status", "ohne Vorhaben")], count { status($0) == nil }),
            filter([("f-stand", "online")], count(online)),
            filter([("f-stand", "noch nicht online (Lücke)")], count { !online($0) }),
            filter([("f-kommune", "Bünde"), ("f-stand", "in Umsetzung")], count { stand($0, "Bünde") == .inUmsetzung }),
            filter([("f-kommune", "Bünde"), ("f-relevanz", relevant), ("f-stand", "noch nicht online (Lücke)")],
                count { kommune($0, buende).isRelevant && stand($0, "Bünde") != .online }),
        ]
        for s in VorhabenStatus.allCases where rows.indices.contains(where: { status($0) == s.label }) {
            filters.append(filter([("f-status", s.label)], count { status($0) == s.label }))
        }
        #expect(filters.count >= 13, "the sample roadmap gives Vorhaben of at least one status")
        return .object([
            ("total", .number(Double(rows.count))),
            ("themenfeld", .object([("name", .string("Bauen & Wohnen")), ("page", .string("themenfelder/bauen-wohnen.html"))])),
            ("kommune", .object([
                ("name", .string("Bünde")), ("page", .string("kommunen/buende.html")), ("link", .string(Self.buendeService)),
                ("online", .number(Double(onlinePairs))),
            ])),
            ("leika", .object([
                ("query", .string("99107023017000")), ("name", .string(rows[wohngeld].bezeichnung)),
                ("count", count { text($0).contains("99107023017000") }),
            ])),
            ("fragment", .object([("query", .string("wohngeld")), ("count", count { text($0).contains("wohngeld") })])),
            ("synonym", .object([
                ("query", .string(Self.synonym)), ("name", .string(rows[wohngeld].bezeichnung)),
                ("count", count { text($0).contains(Self.synonym.lowercased()) }),
            ])),
            ("changes", .object([
                ("title", .string("Änderungen seit „FAG 09/2026“")), ("total", .number(Double(changes))),
                ("verdicts", .string("\(changedVerdicts.count) (bei \(Set(changedVerdicts.map(\.einzelleistung)).count) Einzelleistungen)")),
            ])),
            ("filters", .array(filters)),
            ("pages", .object([
                ("start", .string("index.html")), ("themenfeld", .string("themenfelder/bauen-wohnen.html")),
                ("kommune", .string("kommunen/buende.html")), ("suche", .string("suche.html")),
                ("kommunaltyp", .string("kommunaltypen/mittlere-kreisangehoerige-stadt.html")),
                ("kommunen", .string("kommunen.html")), ("berichte", .string("berichte.html")),
                ("bericht", .string("berichte/abdeckung.html")), ("roadmap", .string("berichte/roadmap.html")),
                ("kommunen-matrix", .string("berichte/kommunen-matrix.html")),
            ])),
        ])
    }

    @Test(.requires("chromium", "chromedriver", "selenium", "axe_selenium_python"), .timeLimit(.minutes(20)))
    func searchFiltersLinksAccessibilityAndNoRequestOutside() throws {
        try ExternalTools.require("chromium", "chromedriver", "selenium", "axe_selenium_python")
        let dir = TemporaryDirectory("site-browser")
        let (site, model) = try Self.makeSite(dir)
        let expect = dir.path("expect.json")
        let conflicts = try Workspace.open(at: dir.path("ws").path, createIfMissing: false).conflicts(includeResolved: true).count
        try Data(try Self.expectations(model, conflicts: conflicts).serialized(pretty: true).utf8).write(to: expect)
        let out = try ExternalTools.run([
            "python3", ExternalTools.repositoryRoot.appendingPathComponent("Tests/Scripts/site_browser.py").path,
            site.path, expect.path, Self.screenshots.path,
        ])
        // What ran, one line per check, beside the screenshots.
        try? Data((out.text + out.stderr).utf8).write(to: Self.screenshots.appendingPathComponent("site_browser.log"))
        #expect(out.status == 0, "\(out.text)\n\(out.stderr)")
        let lines = out.text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("ok ") }.count >= 25, "\(out.text)")
        for kind in ["start", "themenfeld", "kommunaltyp", "kommune", "suche"] {
            for width in [1400, 390] {
                #expect(FileManager.default.fileExists(atPath: Self.screenshots.appendingPathComponent("\(kind)-\(width).png").path))
            }
        }
    }
}

/// `ozg site` on the command line: its output, a second run, and the folders it refuses.
@Suite("ozg site")
struct SiteCommandTests {
    @Test func writesRerunsAndRefusesTheWorkspaceFolder() throws {
        let dir = TemporaryDirectory("site-cli")
        let ws = dir.path("ws").path
        let data = ExternalTools.sampleData
        try ExternalTools.ozg([
            "catalog", "import", data.appendingPathComponent("ozg-katalog-2019.csv").path,
            "--kommunen", data.appendingPathComponent("krz-verband-kommunen.csv").path, "--workspace", ws,
        ]).expectSuccess()
        let site = dir.path("website").path
        let first = try ExternalTools.ozg(["site", "-o", site, "--workspace", ws, "--no-external"])
        first.expectSuccess()
        #expect(first.text == site + "/index.html\n")
        // 4 fixed pages, one per built-in report, 14 Themenfelder, 4 Kommunaltypen, 39 councils.
        let pages = 4 + ReportRegistry.builtInGenerators.count + 14 + 4 + 39
        #expect(first.stderr.contains("Website: \(pages) Seiten"), "\(first.stderr)")
        let second = try ExternalTools.ozg(["site", "-o", site, "--workspace", ws, "--no-external"])
        #expect(second.stderr.contains("0 Dateien geschrieben"), "\(second.stderr)")
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(!index.contains("Beispieldaten"), "an imported catalogue is not sample data")
        for target in [ws, ws + "/"] {
            let refused = try ExternalTools.ozg(["site", "-o", target, "--workspace", ws])
            #expect(refused.status == 64, "\(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: ws + "/index.html"))
    }
}

extension ExternalTools.Output {
    /// Records a failure with the command's stderr unless it exited 0.
    func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status == 0, "\(stderr)", sourceLocation: sourceLocation)
    }
}
