import Foundation
import OZGDomain
import OZGFiles
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
    /// council name, and Umsetzung entries with a `javascript:` and an `https:` address.
    static func hostileModel() throws -> (DomainModel, [KommuneUmsetzung]) {
        var model = try ReportFixture.make(perThema: 6).model
        model.catalog.einzelleistungen[0].bezeichnung = hostileName
        model.kommunen.append(Kommune(name: hostileKommune, kreis: "Kreis <i>Lippe</i>", kommunaltyp: "Kreisangehörige Stadt/Gemeinde"))
        let first = model.catalog.einzelleistungen[0].id
        model.exceptions = [
            KommuneException(kommune: hostileKommune, einzelleistung: first, relevanz: .ja, note: hostileNote),
            KommuneException(kommune: "Minden", einzelleistung: first, relevanz: .teilweise),
        ]
        let umsetzung = [
            KommuneUmsetzung(kommune: hostileKommune, einzelleistung: first, stand: "in Planung", loesung: "EfA <Hessen>", url: "javascript:alert(3)"),
            KommuneUmsetzung(kommune: "Minden", einzelleistung: first, stand: "online", loesung: "Landeslösung", url: "https://service.example.org/antrag?a=1&b=2"),
        ]
        return (model, umsetzung)
    }

    static func build(_ model: DomainModel, umsetzung: [KommuneUmsetzung] = [], registry: ReportRegistry = ReportRegistry(), into dir: URL) throws -> SiteResult {
        try SiteBuilder(model: model, registry: registry, umsetzung: umsetzung, makeWriter: { try SpreadsheetFile.create($0) })
            .build(into: dir.path)
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
        let (model, umsetzung) = try Self.hostileModel()
        _ = try Self.build(model, umsetzung: umsetzung, into: dir.url)
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
        var (model, _) = try Self.hostileModel()
        model.kommunen = Array(model.kommunen.prefix(1))
        let k = model.kommunen[0].name
        let ids = model.catalog.einzelleistungen.prefix(8).map(\.id)
        let urls = [
            "javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x", "ftp://host/x",
            "https://", "http://ok.example/a b", "https://ok.example/pfad",
        ]
        let entries = zip(ids, urls).map { KommuneUmsetzung(kommune: k, einzelleistung: $0, stand: "online", url: $1) }
        // Make every one of these rows relevant for the council, so each appears in its Umsetzung table.
        model.exceptions = ids.map { KommuneException(kommune: k, einzelleistung: $0, relevanz: .ja) }
        _ = try Self.build(model, umsetzung: entries, into: dir.url)
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
        // The council pack in every format, linked from each council's page: each council gets its
        // own (its Hinweise name it), a CSV file per table of the pack.
        let pages = try Self.files(dir.url, ext: "html")
        let folder = "downloads/kommunen-matrix/"
        let packs = try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions())
        for (page, kommune) in [("kommunen/minden.html", "Minden"), ("kommunen/luebbecke.html", "Lübbecke"), ("kommunen/bad-oeynhausen.html", "Bad Oeynhausen")] {
            let html = try #require(pages.first { $0.0 == page }, "\(page)").1
            #expect(html.contains("<h1>Kommune: \(kommune)"), "\(page)")
            #expect(html.contains("aria-label=\"Relevante Einzelleistungen für \(kommune)\""), "\(page)")
            let pack = try #require(packs.first { $0.kommune.name == kommune })
            for ext in ["xlsx", "ods"] {
                #expect(fm.fileExists(atPath: dir.path(folder + pack.fileStem + "." + ext).path), "\(pack.fileStem).\(ext)")
                #expect(html.contains("href=\"../\(folder)\(pack.fileStem).\(ext)\""), "\(page) → \(pack.fileStem).\(ext)")
            }
            let csvFiles = CSVReportRenderer.files(for: pack.document, path: dir.path(folder + pack.fileStem + ".csv").path)
            #expect(csvFiles.count == pack.document.sheets.flatMap(\.tables).count)
            for file in csvFiles {
                #expect(try String(contentsOfFile: file.path, encoding: .utf8) == file.text, "\(file.path)")
                #expect(html.contains("href=\"../\(folder)\((file.path as NSString).lastPathComponent)\""), "\(page) → \(file.path)")
            }
        }
        // Two formats plus the CSV files of every council's pack, nothing else.
        let expectedFiles = packs.reduce(0) { $0 + 2 + CSVReportRenderer.files(for: $1.document, path: "x.csv").count }
        #expect(try fm.contentsOfDirectory(atPath: dir.path(folder).path).count == expectedFiles)
        #expect(result.downloads >= registry.all.count * 3)
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
        // A council leaves: its page and downloads go, the others stay untouched.
        let gonePack = try #require(
            try KommunenMatrixReport().generatePerKommune(model: model, options: ReportOptions(kommune: model.kommunen.last?.name)).first)
        let goneFiles = 2 + CSVReportRenderer.files(for: gonePack.document, path: "x.csv").count
        let gone = model.kommunen.removeLast()
        let third = try Self.build(model, into: dir.url)
        #expect(third.removed.contains { $0.hasPrefix("kommunen/") }, "\(third.removed)")
        #expect(third.removed.filter { $0.hasPrefix("downloads/kommunen-matrix/" + gonePack.fileStem) }.count == goneFiles, "\(third.removed)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("kommunen/\(gone.name.lowercased()).html").path))
        #expect(third.written < first.written / 2, "\(third.written) of \(first.written)")
    }

    @Test func outputFolderThatIsAFileIsAnError() throws {
        let dir = TemporaryDirectory("site")
        let file = dir.path("datei")
        try Data("x".utf8).write(to: file)
        let model = try ReportFixture.make(perThema: 2).model
        #expect(throws: ReportError.self) { try Self.build(model, into: file) }
    }
}
