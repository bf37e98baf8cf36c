import Foundation
import OZGKit
import OZGTestSupport
import Testing

/// A LeiKa publication of the FIM portal (CSV, ISO-8859-1, `;`, synonyms separated by `|`).
@Suite("LeikaPublication")
struct LeikaPublicationTests {
    static let header = "Schluessel;Bezeichnung;Bezeichnung2;Typ;Leistungsgruppierung;Leistungskennung;Verrichtung;"
        + "Verrichtungsdetail;Besondere Merkmale;Synonyme;Veröffentlichungsdatum"

    /// The file as the portal writes it: ISO-8859-1 bytes.
    static func write(_ lines: [String], to url: URL) throws {
        guard let data = (lines.joined(separator: "\r\n") + "\r\n").data(using: .isoLatin1) else {
            throw CocoaError(.fileWriteInapplicableStringEncoding)
        }
        try data.write(to: url)
    }

    @Test("an ISO-8859-1 LeiKa CSV with | synonyms is read and updates names, types and synonyms of known keys as a version")
    func readsAndApplies() throws {
        let catalog = try CatalogChangeFixture.loadCatalogue()
        let known = try #require(catalog.einzelleistungen.first { $0.leika != nil && $0.typ.raw != "2a" })
        let key = try #require(known.leika?.digits)
        let dir = TemporaryDirectory("leika")
        let file = dir.path("leika.csv")
        try Self.write([
            Self.header,
            "\(key);Größenänderung übermäßiger Grundstücke Genehmigung;Grundstück;2a;Gruppe;Kennung;Genehmigung;;;Grundstücksteilung|Flurstück ändern| Teilung ;03.11.2026 14:05",
            "99999999999999;Unbekannte Leistung;;1;;;;;;;03.11.2026 14:05",
        ], to: file)
        // The bytes are not UTF-8: the reader must have taken them as ISO-8859-1.
        #expect(String(data: try Data(contentsOf: file), encoding: .utf8) == nil)
        guard case .leika(let publication) = try CatalogFile.read(file.path) else {
            Issue.record("not recognised as a LeiKa publication")
            return
        }
        #expect(publication.entries.count == 2)
        let e = publication.entries[0]
        #expect(e.key.digits == key)
        #expect(e.bezeichnung == "Größenänderung übermäßiger Grundstücke Genehmigung")
        #expect(e.bezeichnung2 == "Grundstück")
        #expect(e.typ == "2a")
        #expect(e.synonyme == ["Grundstücksteilung", "Flurstück ändern", "Teilung"])
        #expect(e.veroeffentlicht == CalendarDate(year: 2026, month: 11, day: 3))

        let applied = publication.applied(to: catalog)
        for (a, b) in zip(catalog.einzelleistungen, applied.einzelleistungen) where a.leika?.digits != key {
            #expect(a == b)
        }
        let changed = applied.einzelleistungen.filter { $0.leika?.digits == key }
        #expect(!changed.isEmpty && changed.allSatisfy { $0.bezeichnung == e.bezeichnung && $0.typ.raw == "2a" && $0.synonyme == e.synonyme })

        // As a version of its own in a workspace: renamed and retyped, synonyms stored.
        let ws = try Workspace.open(at: dir.path("ws").path)
        try ws.importCatalogVersion(catalog, name: "OZG 2019")
        let v = try ws.importCatalogVersion(publication.applied(to: try ws.catalog()), name: "LeiKa 11/2026", kind: .leika, source: file.path)
        #expect(Set(v.diff.changes(.umbenannt).map(\.einzelleistung.leika?.digits)) == [key])
        #expect(Set(v.diff.changes(.typGeaendert).map(\.einzelleistung.leika?.digits)) == [key])
        #expect(v.diff.changes(.neu).isEmpty && v.diff.changes(.entfallen).isEmpty)
        #expect(try ws.catalog().einzelleistungen.first { $0.leika?.digits == key }?.synonyme == e.synonyme)
        #expect(try ws.catalogVersions().last?.kind == .leika)
    }

    @Test("a broken key in a LeiKa CSV is an error naming row and column; an OZG catalogue is not taken for one")
    func errors() throws {
        let dir = TemporaryDirectory("leika-bad")
        let file = dir.path("leika.csv")
        try Self.write([Self.header, "99107023017000;Wohngeld;;2/3;;;;;;;", "9910702;Kaputt;;1;;;;;;;"], to: file)
        // The error names the file, and the row and column inside it.
        let error = try #require(throws: InputFileError.self) { try CatalogFile.read(file.path) }
        #expect(error.path == file.path)
        #expect(error.underlying == DomainError.badCatalogRow(row: 3, column: "Schluessel", value: "9910702", reason: "kein gültiger LeiKa-Schlüssel"))
        guard case .catalog = try CatalogFile.read(ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path) else {
            Issue.record("the OZG catalogue was taken for a LeiKa publication")
            return
        }
    }
}
