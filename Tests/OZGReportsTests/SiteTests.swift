import Foundation
import OZGDomain
import OZGFiles
import OZGKit
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// `SiteBuilder` on a slice of the real catalogue: escaping of what people send, links only to
/// http(s), „Beispieldaten“ on every page, every registered report with its downloads, and
/// incremental writing.
@Suite("Website")
struct SiteTests {
    static let hostileName = "<img src=x onerror=alert(1)>"
    static let hostileNote = "</script><script>alert(2)</script>"
    static let hostileKommune = "Bad <b>Salz</b> & \"Ufer\""

    /// The fixture's model with hostile texts in a Leistungsbezeichnung, an exception note and a
    /// council name, and status entries with a `javascript:` and an `https:` address.
    static func hostileModel() throws -> DomainModel {
        var model = try ReportFixture.make(perThema: 6).model
        model.catalog.einzelleistungen[0].bezeichnung = hostileName
        model.kommunen.append(Kommune(name: hostileKommune, kreis: "Kreis <i>Lippe</i>", kommunaltyp: "Kreisangehörige Stadt/Gemeinde"))
        let first = model.catalog.einzelleistungen[0].id
        model.exceptions = [
            KommuneException(kommune: hostileKommune, einzelleistung: first, relevanz: .ja, note: hostileNote),
            KommuneException(kommune: "Minden", einzelleistung: first, relevanz: .teilweise),
        ]
        model.umsetzung = [
            KommuneStatus(kommune: hostileKommune, einzelleistung: first, stand: .inPlanung, url: "javascript:alert(3)", loesung: "EfA <Hessen>"),
            KommuneStatus(kommune: "Minden", einzelleistung: first, stand: .online, url: "https://service.example.org/antrag?a=1&b=2",
                loesung: "Landeslösung", loesungsart: .landesloesung),
        ]
        return model
    }

    static func build(_ model: DomainModel, registry: ReportRegistry = ReportRegistry(), into dir: URL) throws -> SiteResult {
        try SiteBuilder(model: model, registry: registry, makeWriter: { try SpreadsheetFile.create($0) })
            .build(into: dir.path)
    }

    /// Text as the site writes it into HTML.
    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// Every file of the site below `dir` with the given extension, as text.
    static func files(_ dir: URL, ext: String) throws -> [(String, String)] {
        let e = FileManager.default.enumerator(atPath: dir.path)
        var out: [(String, String)] = []
        while let rel = e?.nextObject() as? String {
            if rel.hasSuffix("." + ext) {
                out.append((rel, try String(contentsOf: dir.appendingPathComponent(rel), encoding: .utf8)))
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }

    @Test func hostileTextIsTextAndOnlyHttpIsALink() throws {
        let dir = TemporaryDirectory("site")
        let model = try Self.hostileModel()
        _ = try Self.build(model, into: dir.url)
        let pages = try Self.files(dir.url, ext: "html")
        #expect(pages.count >= 4 + model.catalog.themenfelder.count + model.kommunen.count)
        for (rel, html) in pages {
            #expect(!html.contains("<img src=x"), "\(rel) holds a live <img>")
            #expect(!html.contains("<script>alert"), "\(rel) holds a live script")
            #expect(!html.contains("<b>Salz</b>") && !html.contains("<i>Lippe</i>"), "\(rel) holds live markup")
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(rel) links to javascript:")
            #expect(!html.contains("src=\"http") && !html.contains("href=\"//"), "\(rel) loads from elsewhere")
        }
        let all = pages.map(\.1).joined()
        #expect(all.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(all.contains("Bad &lt;b&gt;Salz&lt;/b&gt; &amp; &quot;Ufer&quot;"))
        // The hostile council's page: its Umsetzung with the javascript: address as plain text.
        let kommunePages = pages.filter { $0.0.hasPrefix("kommunen/") }
        let hostilePage = try #require(kommunePages.first { $0.1.contains("Bad &lt;b&gt;Salz") && $0.1.contains("javascript:alert(3)") })
        #expect(hostilePage.1.contains("<td>javascript:alert(3)</td>"))
        #expect(hostilePage.1.contains("EfA &lt;Hessen&gt;"))
        // Minden's https address is a link, with the ampersand escaped in the attribute.
        let minden = try #require(kommunePages.first { $0.0.hasSuffix("/minden.html") })
        #expect(minden.1.contains("<a href=\"https://service.example.org/antrag?a=1&amp;b=2\" rel=\"noopener noreferrer\">"))
        // The hostile council's gap is named with Minden, which offers it online.
        #expect(hostilePage.1.contains("Bereits online bei"))
        #expect(hostilePage.1.contains(">Minden</a>"))
        // The search data: one script assigning JSON, the hostile text intact inside a JSON string.
        let data = try String(contentsOf: dir.url.appendingPathComponent("assets/daten.js"), encoding: .utf8)
        #expect(data.hasPrefix("window.OZG_DATA = "))
        let json = String(data.dropFirst("window.OZG_DATA = ".count).dropLast(2))
        let parsed = try JSONValue.parse(Data(json.utf8))
        let first = try #require(parsed["l"]?.arrayValue?.first?.arrayValue)
        #expect(first[1].stringValue == Self.hostileName)
    }

    @Test func safeURLs() throws {
        let dir = TemporaryDirectory("site")
        var model = try Self.hostileModel()
        model.kommunen = Array(model.kommunen.prefix(1))
        let k = model.kommunen[0].name
        let ids = model.catalog.einzelleistungen.prefix(8).map(\.id)
        let urls = [
            "javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x", "ftp://host/x",
            "https://", "http://ok.example/a b", "https://ok.example/pfad",
        ]
        model.umsetzung = StatusList(zip(ids, urls).map { KommuneStatus(kommune: k, einzelleistung: $0, stand: .online, url: $1) })
        // Make every one of these rows relevant for the council, so each appears in its Umsetzung table.
        model.exceptions = ids.map { KommuneException(kommune: k, einzelleistung: $0, relevanz: .ja) }
        _ = try Self.build(model, into: dir.url)
        let page = try #require(try Self.files(dir.url, ext: "html").first { $0.0.hasPrefix("kommunen/") }).1
        let hrefs = page.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let external = hrefs.filter { !$0.hasPrefix("../") && !$0.hasPrefix("#") }
        #expect(external == ["https://ok.example/pfad"], "\(external)")
        #expect(page.contains("data:text/html,&lt;b&gt;x&lt;/b&gt;"))
    }

    @Test func beispieldatenOnEveryPageAndNotOtherwise() throws {
        for sample in [true, false] {
            let dir = TemporaryDirectory("site")
            var model = try ReportFixture.make(perThema: 4, sample: sample).model
            model.isSampleData = sample
            _ = try Self.build(model, into: dir.url)
            for (rel, html) in try Self.files(dir.url, ext: "html") {
                #expect(html.contains("Beispieldaten") == sample, "\(rel)")
                #expect(html.contains("<html lang=\"de\">"), "\(rel)")
            }
        }
    }

    /// A report registered by another package appears with its page and downloads, and the
    /// per-council reports land on the council pages.
    struct Extra: ReportGenerator {
        let name = "lebenslagen-test"
        let title = "Lebenslagen <Test>"
        func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
            let rows = model.catalog.lagen().map { ReportRow([.text($0)]) }
            return ReportDocument(title: title, isSampleData: model.isSampleData, sheets: [
                ReportSheet(name: "Lagen", tables: [ReportTable(title: "Lagen", columns: [ReportColumn("Lage")], rows: rows)]),
            ])
        }
    }

    @Test func everyRegisteredReportWithDownloads() throws {
        let dir = TemporaryDirectory("site")
        let model = try ReportFixture.make(perThema: 4).model
        let registry = ReportRegistry()
        registry.register(Extra())
        let result = try Self.build(model, registry: registry, into: dir.url)
        let fm = FileManager.default
        for g in registry.all where !(g is any PerKommuneReportGenerator) {
            #expect(fm.fileExists(atPath: dir.path("berichte/\(g.name).html").path), "\(g.name)")
            for ext in ["xlsx", "ods"] {
                #expect(fm.fileExists(atPath: dir.path("downloads/\(g.name).\(ext)").path), "\(g.name).\(ext)")
            }
            let csvs = try fm.contentsOfDirectory(atPath: dir.path("downloads").path).filter { $0.hasPrefix(g.name) && $0.hasSuffix(".csv") }
            #expect(!csvs.isEmpty, "\(g.name).csv")
        }
        let lagen = try String(contentsOf: dir.path("berichte/lebenslagen-test.html"), encoding: .utf8)
        #expect(lagen.contains("Lebenslagen &lt;Test&gt;"))
        let csv = try String(contentsOf: dir.path("downloads/lebenslagen-test.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("Lage\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == model.catalog.lagen().count)
        // Each council's page leads to the list of its Kommunaltyp (page and downloads) and says
        // how to make its own pack; no pack is made.
        let pages = try Self.files(dir.url, ext: "html")
        #expect(!fm.fileExists(atPath: dir.path("downloads/kommunen-matrix").path))
        for (page, kommune, typePage, typeFile) in [
            ("kommunen/minden.html", "Minden", "kommunaltypen/grosse-kreisangehoerige-stadt.html", "grosse-kreisangehoerige-stadt"),
            ("kommunen/luebbecke.html", "Lübbecke", "kommunaltypen/mittlere-kreisangehoerige-stadt.html", "mittlere-kreisangehoerige-stadt"),
            ("kommunen/bad-oeynhausen.html", "Bad Oeynhausen", "kommunaltypen/mittlere-kreisangehoerige-stadt.html", "mittlere-kreisangehoerige-stadt"),
        ] {
            let html = try #require(pages.first { $0.0 == page }, "\(page)").1
            #expect(html.contains("<h1>Kommune: \(kommune)"), "\(page)")
            #expect(html.contains("href=\"../\(typePage)\""), "\(page) → \(typePage)")
            for ext in ["xlsx", "ods", "csv"] {
                #expect(fm.fileExists(atPath: dir.path("downloads/kommunaltypen/\(typeFile).\(ext)").path), "\(typeFile).\(ext)")
                #expect(html.contains("href=\"../downloads/kommunaltypen/\(typeFile).\(ext)\""), "\(page) → \(typeFile).\(ext)")
            }
            let quoted = kommune.contains(" ") ? "&#39;\(kommune)&#39;" : kommune
            #expect(html.contains("<code>ozg report kommunen-matrix --kommune \(quoted) -o "), "\(page)")
        }
        // Three files per report over the Verband (CSV: one per table) and per Kommunaltyp list.
        var expected = model.kommunaltypen.types.count * 3
        for g in registry.all where !(g is any PerKommuneReportGenerator) {
            expected += 2 + CSVReportRenderer.files(for: try g.generate(model: model, options: ReportOptions()), path: "x.csv").count
        }
        #expect(result.downloads == expected)
        let start = try #require(pages.first { $0.0 == "index.html" }).1
        for t in model.catalog.themenfelder { #expect(start.contains(">\(t.replacingOccurrences(of: "&", with: "&amp;"))</a>"), "\(t)") }
    }

    /// The xlsx download opens with LibreOffice: what the site links is a real workbook.
    @Test(.requires("soffice")) func downloadsOpenInLibreOffice() throws {
        try ExternalTools.require("soffice")
        let dir = TemporaryDirectory("site")
        let model = try ReportFixture.make(perThema: 3).model
        _ = try Self.build(model, into: dir.url)
        let out = dir.path("lo")
        let csv = try ExternalTools.sofficeConvert(
            dir.path("downloads/abdeckung.xlsx"), to: "csv:Text - txt - csv (StarCalc):44,34,76,1", outputDirectory: out)
        let text = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "\"", with: "")
        #expect(text.hasPrefix("Abdeckung je Themenfeld"))
        #expect(text.contains("\nThemenfeld,Pate,Einzelleistungen,vollständig bewertet,Kreis,"))
        for t in model.catalog.themenfelder { #expect(text.contains(t), "\(t)") }
    }

    @Test func secondRunRewritesNothingAndRemovesWhatIsGone() throws {
        let dir = TemporaryDirectory("site")
        var model = try ReportFixture.make(perThema: 4).model
        let first = try Self.build(model, into: dir.url)
        #expect(first.written > 0 && first.unchanged == 0)
        let start = dir.path("index.html").path
        let before = try FileManager.default.attributesOfItem(atPath: start)[.modificationDate] as? Date
        let second = try Self.build(model, into: dir.url)
        #expect(second.written == 0, "rewrote \(second.written)")
        #expect(second.unchanged == first.written)
        let after = try FileManager.default.attributesOfItem(atPath: start)[.modificationDate] as? Date
        #expect(before == after)
        // A council leaves: its page goes, the others and every download stay untouched.
        let gone = model.kommunen.removeLast()
        let third = try Self.build(model, into: dir.url)
        #expect(third.removed.contains { $0.hasPrefix("kommunen/") }, "\(third.removed)")
        #expect(!third.removed.contains { $0.hasPrefix("downloads/") }, "\(third.removed)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("kommunen/\(gone.name.lowercased()).html").path))
        #expect(third.written < first.written / 2, "\(third.written) of \(first.written)")
    }

    /// The list of a Kommunaltyp holds exactly the rows relevant to the type (computed here from
    /// the fixture's verdicts); a council's page does not repeat it but shows its exceptions.
    @Test func councilsShareTheirTypesListAndPagesShowOnlyWhatDiffers() throws {
        let dir = TemporaryDirectory("site")
        let fixture = try ReportFixture.make(perThema: 6)
        var model = fixture.model
        let rows = model.catalog.einzelleistungen
        let minden = try #require(model.kommunen.first { $0.name == "Minden" })
        let gks = try #require(fixture.typeNames.firstIndex(of: minden.kommunaltyp))
        let notRelevant = try #require(rows.indices.first { !fixture.truth[$0][gks].isRelevant })
        model.exceptions = [KommuneException(kommune: "Minden", einzelleistung: rows[notRelevant].id, relevanz: .ja, note: "eigene Satzung")]
        model.vorhaben = []
        _ = try Self.build(model, registry: ReportRegistry(), into: dir.url)
        let stems = [
            "Kreis": "kreis", "Große kreisangehörige Stadt": "grosse-kreisangehoerige-stadt",
            "Mittlere kreisangehörige Stadt": "mittlere-kreisangehoerige-stadt", "Kreisangehörige Stadt/Gemeinde": "kreisangehoerige-stadt-gemeinde",
        ]
        #expect(Set(fixture.typeNames) == Set(stems.keys))
        for (t, type) in fixture.typeNames.enumerated() {
            let csv = try String(contentsOf: dir.path("downloads/kommunaltypen/\(stems[type] ?? type).csv"), encoding: .utf8)
            let keys = Set(ReportFixture.parseCSV(csv).dropFirst().map { $0[3] })
            let expected = Set(rows.indices.filter { fixture.truth[$0][t].isRelevant }.map { rows[$0].leikaDisplay })
            #expect(keys == expected, "\(type)")
        }
        let page = try String(contentsOf: dir.path("kommunen/minden.html"), encoding: .utf8)
        #expect(page.contains(Self.escaped(rows[notRelevant].bezeichnung)) && page.contains("eigene Satzung"))
        let relevant = try #require(rows.indices.first { fixture.truth[$0][gks].isRelevant && $0 != notRelevant })
        #expect(!page.contains(Self.escaped(rows[relevant].bezeichnung)), "the type's list is not repeated on the council page")
        let typePage = try String(contentsOf: dir.path("kommunaltypen/grosse-kreisangehoerige-stadt.html"), encoding: .utf8)
        #expect(typePage.contains(Self.escaped(rows[relevant].bezeichnung)) && typePage.contains(">Minden</a>"))
    }

    /// A council's pack that someone put into the folder is linked; one an earlier run of the site
    /// wrote (listed in its manifest, of whatever version) is removed, not linked.
    @Test func existingPacksAreLinkedNotMade() throws {
        let dir = TemporaryDirectory("site")
        let model = try ReportFixture.make(perThema: 3).model
        let plan = try KommunenMatrixReport().perKommunePlan(model: model, options: ReportOptions()).entries
        let minden = try #require(plan.first { $0.kommune.name == "Minden" }).fileStem
        let luebbecke = try #require(plan.first { $0.kommune.name == "Lübbecke" }).fileStem
        let folder = dir.path("downloads/kommunen-matrix")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for stem in [minden, luebbecke] { try Data("pk".utf8).write(to: folder.appendingPathComponent(stem + ".xlsx")) }
        let old = "{\"version\": 1, \"files\": {\"downloads/kommunen-matrix/\(luebbecke).xlsx\": \"x\"}}"
        try Data(old.utf8).write(to: dir.path(".ozg-site.json"))
        let result = try Self.build(model, registry: ReportRegistry(), into: dir.url)
        #expect(result.removed == ["downloads/kommunen-matrix/\(luebbecke).xlsx"])
        let page = try String(contentsOf: dir.path("kommunen/minden.html"), encoding: .utf8)
        #expect(page.contains("href=\"../downloads/kommunen-matrix/\(minden).xlsx\""))
        let other = try String(contentsOf: dir.path("kommunen/luebbecke.html"), encoding: .utf8)
        #expect(!other.contains("downloads/kommunen-matrix/") && other.contains("<code>ozg report kommunen-matrix --kommune Lübbecke"))
        let report = try String(contentsOf: dir.path("berichte/kommunen-matrix.html"), encoding: .utf8)
        #expect(report.contains("href=\"../downloads/kommunen-matrix/\(minden).xlsx\""))
        _ = try Self.build(model, registry: ReportRegistry(), into: dir.url)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(minden + ".xlsx").path), "not the site's to remove")
    }

    /// The start page sums up the changes since the newest meeting snapshot (``SiteService``),
    /// links the full change report, and is the same in a second run; without a snapshot it says nothing of changes.
    @Test func startPageSumsUpChangesSinceTheNewestSnapshot() throws {
        let s = try ChangeReportTests.Scenario()
        let model = try SiteService.model(s.ws)
        let log = try #require(model.changeLog)
        #expect(log.since.label == "FAG 12/2026")
        #expect(log.verdicts.count == 1 && log.verdicts.first?.einzelleistung.id == s.rows[1].id)
        #expect(try SiteService.model(s.ws).changeLog == log, "the period ends with its last change, not the clock")
        let dir = TemporaryDirectory("site")
        _ = try Self.build(model, registry: ReportRegistry(), into: dir.url)
        let start = try String(contentsOf: dir.path("index.html"), encoding: .utf8)
        #expect(start.contains("<h2>Änderungen seit „FAG 12/2026“</h2>"))
        #expect(start.contains("data-changes=\"1\""))
        #expect(start.contains("<dt>Geänderte Bewertungen</dt><dd>1 (bei 1 Einzelleistungen)</dd>"))
        #expect(start.contains("<a href=\"berichte/aenderungen.html\">Alle Änderungen im Einzelnen</a>"))
        #expect(start.contains("href=\"downloads/aenderungen.xlsx\""))
        let report = try String(contentsOf: dir.path("berichte/aenderungen.html"), encoding: .utf8)
        #expect(report.contains("Änderungen seit „FAG 12/2026“"))
        #expect(try Self.build(try SiteService.model(s.ws), registry: ReportRegistry(), into: dir.url).written == 0)

        var plain = model
        plain.changeLog = nil
        let other = TemporaryDirectory("site")
        _ = try Self.build(plain, registry: ReportRegistry(), into: other.url)
        #expect(!(try String(contentsOf: other.path("index.html"), encoding: .utf8)).contains("id=\"aenderungen\""))
    }

    /// The councils' Umsetzungsstand (``DomainModel/umsetzung``): a council's page shows status,
    /// solution, Reifegrad and a link for an http(s) or bare host address, the own report over the
    /// dashboard's, gaps with who offers them online; the start page counts the relevant pairs
    /// online; the search data carries each council's status. Expected numbers from the fixture.
    @Test func councilStatusOnPagesStartPageAndSearchData() throws {
        let dir = TemporaryDirectory("site")
        let fixture = try ReportFixture.make(perThema: 4)
        var model = fixture.model
        model.exceptions = []
        let rows = model.catalog.einzelleistungen
        let mittlere = try #require(fixture.typeNames.firstIndex(of: "Mittlere kreisangehörige Stadt"))
        let relevant = rows.indices.filter { fixture.truth[$0][mittlere].isRelevant }
        try #require(relevant.count >= 2)
        let (a, b) = (relevant[0], relevant[1])
        model.umsetzung = [
            KommuneStatus(kommune: "Lübbecke", einzelleistung: rows[a].id, stand: .online, url: "www.luebbecke.de/antrag",
                loesung: "Antrag <digital>", loesungsart: .efa, reifegrad: ReifegradAngabe(stufe: 3, modell: .v2_0)),
            KommuneStatus(kommune: "Bad Oeynhausen", einzelleistung: rows[a].id, stand: .inPlanung),
            KommuneStatus(kommune: "Bad Oeynhausen", einzelleistung: rows[a].id, quelle: .dashboard, stand: .online),
            KommuneStatus(kommune: "Bad Oeynhausen", einzelleistung: rows[b].id, quelle: .dashboard, stand: .online, url: "ftp://x.example/y"),
        ]
        _ = try Self.build(model, registry: ReportRegistry(), into: dir.url)
        let luebbecke = try String(contentsOf: dir.path("kommunen/luebbecke.html"), encoding: .utf8)
        #expect(luebbecke.contains("<a href=\"https://www.luebbecke.de/antrag\" rel=\"noopener noreferrer\">www.luebbecke.de/antrag</a>"))
        #expect(luebbecke.contains("<td>Antrag &lt;digital&gt; (EfA)</td>") && luebbecke.contains("<td>3 (2.0)</td>"))
        #expect(luebbecke.contains("<dd data-stand=\"online\">1</dd>"))
        let oeynhausen = try String(contentsOf: dir.path("kommunen/bad-oeynhausen.html"), encoding: .utf8)
        // Its own „in Planung“ wins over the dashboard's „online“: a gap that Lübbecke already closes.
        #expect(oeynhausen.contains("aria-label=\"Lücken von Bad Oeynhausen\""))
        let gapTable = String(oeynhausen[oeynhausen.range(of: "aria-label=\"Lücken von Bad Oeynhausen\"")!.lowerBound...])
        #expect(gapTable.contains(Self.escaped(rows[a].bezeichnung)) && gapTable.contains(">Lübbecke</a>"))
        #expect(!gapTable.contains(Self.escaped(rows[b].bezeichnung)), "online by the dashboard is no gap")
        #expect(oeynhausen.contains(">online (Dashboard)</td>") && oeynhausen.contains("<td>ftp://x.example/y</td>"))
        #expect(oeynhausen.contains("\(relevant.count - 1) relevante Einzelleistungen bietet Bad Oeynhausen noch nicht online an"))

        var pairs = 0
        for k in model.kommunen {
            let t = try #require(fixture.typeNames.firstIndex(of: k.kommunaltyp))
            pairs += rows.indices.filter { fixture.truth[$0][t].isRelevant }.count
        }
        let start = try String(contentsOf: dir.path("index.html"), encoding: .utf8)
        #expect(start.contains("data-online=\"2\" data-pairs=\"\(pairs)\""), "Lübbecke's a and Bad Oeynhausen's b")
        #expect(start.contains("Angaben liegen von 2 von \(model.kommunen.count) Kommunen vor"))

        let data = try String(contentsOf: dir.url.appendingPathComponent("assets/daten.js"), encoding: .utf8)
        let parsed = try JSONValue.parse(Data(String(data.dropFirst("window.OZG_DATA = ".count).dropLast(2)).utf8))
        let staende = try #require(parsed["staende"]?.arrayValue).compactMap(\.stringValue)
        #expect(staende == ["offen", "in Planung", "in Umsetzung", "online", "nicht zuständig"])
        let l = try #require(parsed["l"]?.arrayValue)
        #expect(l[a].arrayValue?[9].numberValue == 1 && l[b].arrayValue?[9].numberValue == 1)
        let kommunen = try #require(parsed["kommunen"]?.arrayValue)
        let lk = try #require(kommunen.first { $0["n"]?.stringValue == "Lübbecke" })
        #expect(lk["s"]?[String(a)]?.numberValue == 3)
        let ok = try #require(kommunen.first { $0["n"]?.stringValue == "Bad Oeynhausen" })
        #expect(ok["s"]?[String(a)]?.numberValue == 1 && ok["s"]?[String(b)]?.numberValue == 3)
        let search = try String(contentsOf: dir.path("suche.html"), encoding: .utf8)
        #expect(search.contains("<select id=\"f-stand\""))
    }

    /// The search data carries every Einzelleistung's synonyms (the script searches them too).
    @Test func searchDataHoldsSynonyms() throws {
        let dir = TemporaryDirectory("site")
        var model = try ReportFixture.make(perThema: 2).model
        model.catalog.einzelleistungen[1].synonyme = ["Mietzuschuss", "<b>Lasten</b>"]
        _ = try Self.build(model, into: dir.url)
        let data = try String(contentsOf: dir.url.appendingPathComponent("assets/daten.js"), encoding: .utf8)
        let parsed = try JSONValue.parse(Data(String(data.dropFirst("window.OZG_DATA = ".count).dropLast(2)).utf8))
        let rows = try #require(parsed["l"]?.arrayValue)
        #expect(rows[1].arrayValue?[8].stringValue == "Mietzuschuss | <b>Lasten</b>")
        #expect(rows[0].arrayValue?[8].stringValue == "")
        let script = try String(contentsOf: dir.url.appendingPathComponent("assets/suche.js"), encoding: .utf8)
        #expect(script.contains("r[8]"), "the script searches the synonyms")
    }

    @Test func outputFolderThatIsAFileIsAnError() throws {
        let dir = TemporaryDirectory("site")
        let file = dir.path("datei")
        try Data("x".utf8).write(to: file)
        let model = try ReportFixture.make(perThema: 2).model
        #expect(throws: ReportError.self) { try Self.build(model, into: file) }
    }
}
