import Foundation
import OZGSpreadsheet
import OZGTestSupport
import Testing

@testable import OZGDomain
@testable import OZGWorkspace

@Suite("Workspace: councils' Umsetzungsstand and dashboard rows")
struct UmsetzungStoreTests {
    static let catalog = WorkspaceFixtures.catalog()
    static func id(_ i: Int) -> EinzelleistungID { catalog.einzelleistungen[i].id }

    static func row(_ i: Int, _ kommune: String, _ stand: Umsetzungsstand, file: String, loesung: String? = nil,
        quelle: StatusQuelle = .kommune) -> KommuneStatus
    {
        KommuneStatus(
            kommune: kommune, einzelleistung: id(i), quelle: quelle, stand: stand, url: stand == .online ? "www.lemgo.de/dienst\(i)" : nil,
            loesung: loesung, reifegrad: ReifegradAngabe(stufe: 3, modell: .v2_0),
            provenance: Provenance(file: file, sheet: "Umsetzungsstand", cell: "D\(i + 5)", sha256: "", ingestedAt: ""))
    }

    static func batch(_ file: String, sha: String, basis: String? = nil, _ rows: [KommuneStatus]) -> IngestBatch {
        var b = IngestBatch(file: file, sha256: sha)
        b.umsetzung = rows
        b.statusVorbelegtAm = basis
        return b
    }

    static func workspace(_ dir: TemporaryDirectory) throws -> Workspace {
        let ws = try Workspace.open(at: dir.path("ws").path)
        _ = try ws.importCatalog(catalog)
        return ws
    }

    @Test("a council's rows are stored with provenance, equal rows change nothing, the same file replaces")
    func storeAndReplace() throws {
        let dir = TemporaryDirectory()
        let ws = try Self.workspace(dir)
        let t0 = Date().addingTimeInterval(600)
        let first = try ws.ingest(
            Self.batch("lemgo.xlsx", sha: "a", [Self.row(0, "Lemgo", .online, file: "lemgo.xlsx"), Self.row(1, "Lemgo", .inPlanung, file: "lemgo.xlsx")]),
            at: t0)
        #expect(first.statusStored == 2)
        var model = try ws.snapshot()
        let s = try #require(model.status(Self.id(0), kommune: "Lemgo"))
        #expect(s.stand == .online && s.url == "www.lemgo.de/dienst0" && s.linkURL == "https://www.lemgo.de/dienst0")
        #expect(s.reifegrad == ReifegradAngabe(stufe: 3, modell: .v2_0))
        #expect(s.provenance?.file == "lemgo.xlsx" && s.provenance?.cell == "D5" && s.provenance?.sha256 == "a")
        #expect(model.status(Self.id(2), kommune: "Lemgo") == nil)
        #expect(try ws.ingestedFiles().last?.status == 2)

        // A newer version of the same file: one row unchanged, one changed → replaced.
        let second = try ws.ingest(
            Self.batch("lemgo.xlsx", sha: "b", [Self.row(0, "Lemgo", .online, file: "lemgo.xlsx"), Self.row(1, "Lemgo", .inUmsetzung, file: "lemgo.xlsx")]),
            at: t0.addingTimeInterval(60))
        #expect(second.statusStored == 1 && second.statusUnchanged == 1 && second.statusConflicts.isEmpty)
        model = try ws.snapshot()
        #expect(model.status(Self.id(1), kommune: "Lemgo")?.stand == .inUmsetzung)

        // The model as it was before the second file still has the first value.
        let before = try ws.model(at: ChangeMoment(label: "vorher", at: isoTimestamp(t0.addingTimeInterval(30))))
        #expect(before.status(Self.id(1), kommune: "Lemgo")?.stand == .inPlanung)
    }

    @Test("another file conflicts unless the sheet was prefilled after the stored row was written")
    func conflicts() throws {
        let dir = TemporaryDirectory()
        let ws = try Self.workspace(dir)
        let t0 = Date().addingTimeInterval(600)
        _ = try ws.ingest(Self.batch("lemgo-q1.xlsx", sha: "a", [Self.row(0, "Lemgo", .inPlanung, file: "lemgo-q1.xlsx")]), at: t0)
        // A pack made after that ingest, filled in and returned under another name: the council
        // answered on the stored row, so its answer replaces it.
        let later = try ws.ingest(
            Self.batch("lemgo-q2.xlsx", sha: "b", basis: isoTimestamp(t0.addingTimeInterval(10)),
                [Self.row(0, "Lemgo", .online, file: "lemgo-q2.xlsx")]),
            at: t0.addingTimeInterval(100))
        #expect(later.statusStored == 1 && later.statusConflicts.isEmpty)
        // An old pack (prefilled before the last change) that says otherwise: a conflict.
        let stale = try ws.ingest(
            Self.batch("lemgo-alt.xlsx", sha: "c", basis: isoTimestamp(t0.addingTimeInterval(10)),
                [Self.row(0, "Lemgo", .inUmsetzung, file: "lemgo-alt.xlsx", loesung: "Produkt X")]),
            at: t0.addingTimeInterval(200))
        #expect(stale.statusStored == 0)
        let c = try #require(stale.statusConflicts.first)
        #expect(c.fields == ["Umsetzungsstand", "Online-Dienst (URL)", "Lösung"])
        #expect(c.stored.stand == .online && c.new.stand == .inUmsetzung)
        #expect(try ws.snapshot().status(Self.id(0), kommune: "Lemgo")?.stand == .online)
        // Without a prefill mark, a file of another path conflicts as well.
        let other = try ws.ingest(Self.batch("mail.xlsx", sha: "d", [Self.row(0, "Lemgo", .offen, file: "mail.xlsx")]), at: t0.addingTimeInterval(300))
        #expect(other.statusConflicts.count == 1)
        // Two rows of one file for the same Leistung: the second conflicts with the first.
        let twice = try ws.ingest(
            Self.batch("bad.xlsx", sha: "e", [Self.row(3, "Lemgo", .offen, file: "bad.xlsx"), Self.row(3, "Lemgo", .online, file: "bad.xlsx")]),
            at: t0.addingTimeInterval(400))
        #expect(twice.statusStored == 1 && twice.statusConflicts.count == 1)

        #expect(try ws.statusConflicts().count == 3)
        try ws.resolveStatusConflict(id: c.id, keepNew: true)
        let resolved = try ws.snapshot().status(Self.id(0), kommune: "Lemgo")
        #expect(resolved?.stand == .inUmsetzung && resolved?.loesung == "Produkt X")
        #expect(try ws.statusConflicts().count == 2)
        #expect(try ws.statusConflicts(includeResolved: true).first?.resolution == "new")
    }

    @Test("dashboard rows sit beside the council's own, and a new export replaces the old one")
    func dashboard() throws {
        let dir = TemporaryDirectory()
        let ws = try Self.workspace(dir)
        _ = try ws.ingest(Self.batch("lemgo.xlsx", sha: "a", [Self.row(0, "Lemgo", .inPlanung, file: "lemgo.xlsx")]))
        let first = try ws.ingest(Self.batch("pvog-1.csv", sha: "b", [
            Self.row(0, "Lemgo", .online, file: "pvog-1.csv", quelle: .dashboard),
            Self.row(1, "Lemgo", .online, file: "pvog-1.csv", quelle: .dashboard),
        ]))
        #expect(first.statusStored == 2 && first.statusConflicts.isEmpty)
        var model = try ws.snapshot()
        // What the council says wins; the dashboard's row is kept beside it.
        #expect(model.status(Self.id(0), kommune: "Lemgo")?.stand == .inPlanung)
        #expect(model.status(Self.id(0), kommune: "Lemgo", quelle: .dashboard)?.stand == .online)
        #expect(model.status(Self.id(1), kommune: "Lemgo")?.quelle == .dashboard)
        let second = try ws.ingest(Self.batch("pvog-2.csv", sha: "c", [Self.row(1, "Lemgo", .online, file: "pvog-2.csv", quelle: .dashboard)]))
        #expect(second.statusRemoved == 1)
        model = try ws.snapshot()
        #expect(model.status(Self.id(0), kommune: "Lemgo", quelle: .dashboard) == nil)
        #expect(model.status(Self.id(0), kommune: "Lemgo")?.stand == .inPlanung)
        #expect(model.umsetzung.count == 2)
        // An export that lists nothing online for the council clears its dashboard rows.
        var empty = Self.batch("pvog-3.csv", sha: "d", [])
        empty.dashboardKommune = "Lemgo"
        #expect(try ws.ingest(empty).statusRemoved == 1)
        #expect(try ws.snapshot().umsetzung.map(\.quelle) == [.kommune])
        model = try ws.snapshot()
        // The JSON model carries the rows and reads back equal.
        let data = try JSONEncoder().encode(model)
        #expect(try JSONDecoder().decode(DomainModel.self, from: data) == model)
    }

    @Test("an unknown council or Leistung stores nothing of the batch")
    func unknownCouncil() throws {
        let dir = TemporaryDirectory()
        let ws = try Self.workspace(dir)
        #expect(throws: WorkspaceError.self) {
            try ws.ingest(Self.batch("x.xlsx", sha: "a", [Self.row(0, "Lemgo", .online, file: "x.xlsx"), Self.row(1, "Atlantis", .online, file: "x.xlsx")]))
        }
        #expect(try ws.snapshot().umsetzung.isEmpty)
    }

    @Test("the councils an ingest checks against are read again after any other change, in this process or another")
    func referencesRenewed() throws {
        let dir = TemporaryDirectory()
        let ws = try Self.workspace(dir)
        let kommunen = try ws.snapshot().kommunen
        let neu = Kommune(name: "Neustadt", kreis: nil, kommunaltyp: kommunen[0].kommunaltyp, status: nil)
        // Read once and kept for the next file of the run.
        #expect(try ws.ingest(Self.batch("a.xlsx", sha: "a", [Self.row(0, "Lemgo", .online, file: "a.xlsx")])).statusStored == 1)
        #expect(throws: WorkspaceError.self) {
            try ws.ingest(Self.batch("b.xlsx", sha: "b", [Self.row(0, "Neustadt", .online, file: "b.xlsx")]))
        }
        // Another process (another connection) adds the council: the kept list is not used.
        try Workspace.open(at: ws.folder.path, createIfMissing: false).setKommunen(kommunen + [neu])
        #expect(try ws.ingest(Self.batch("b.xlsx", sha: "b", [Self.row(0, "Neustadt", .online, file: "b.xlsx")])).statusStored == 1)
        // This workspace removes it again: neither is the list kept from the ingest before.
        try ws.setKommunen(kommunen)
        #expect(throws: WorkspaceError.self) {
            try ws.ingest(Self.batch("c.xlsx", sha: "c", [Self.row(1, "Neustadt", .online, file: "c.xlsx")]))
        }
        #expect(try ws.ingest(Self.batch("d.xlsx", sha: "d", [Self.row(1, "Lemgo", .online, file: "d.xlsx")])).statusStored == 1)
    }

    @Test("clerks' spellings of status, solution kind, priority and model")
    func parsing() {
        let stand: [(String, Umsetzungsstand?)] = [
            ("online", .online), ("Online seit 2023", .online), ("umgesetzt", .online), ("ONLINE (seit 03/2024)", .online),
            ("in Bearbeitung", .inUmsetzung), ("in Arbeit", .inUmsetzung), ("geplant", .inPlanung), ("geplant 2027", .inPlanung),
            ("In Planung", .inPlanung), ("n. z.", .nichtZustaendig), ("nicht zuständig", .nichtZustaendig),
            ("nicht zustaendig", .nichtZustaendig), ("offen", .offen), ("", nil), ("vielleicht", nil), ("online bald", nil),
        ]
        for (raw, expected) in stand { #expect(Umsetzungsstand.parse(raw) == expected, "\(raw)") }
        let art: [(String, Loesungsart?)] = [
            ("EfA", .efa), ("EfA-Leistung", .efa), ("Einer für Alle", .efa), ("Landeslösung", .landesloesung),
            ("KRZ", .rechenzentrum), ("Lösung des Rechenzentrums", .rechenzentrum), ("Marktprodukt", .marktprodukt),
            ("Eigenentwicklung", .eigenentwicklung), ("irgendwas", nil),
        ]
        for (raw, expected) in art { #expect(Loesungsart.parse(raw) == expected, "\(raw)") }
        #expect(Prioritaet.parse("H") == .hoch && Prioritaet.parse("2") == .mittel && Prioritaet.parse("gering") == .niedrig)
        #expect(Prioritaet.parse("egal") == nil)
        #expect(ReifegradModell.parse("1,1") == .v1_1 && ReifegradModell.parse("2.0") == .v2_0 && ReifegradModell.parse("3") == nil)
        #expect(KommuneStatus.link("javascript:alert(1)") == nil)
        #expect(KommuneStatus.link("https://service.example.de/a?b=1") == "https://service.example.de/a?b=1")
        #expect(KommuneStatus.link("service.example.de/antrag") == "https://service.example.de/antrag")
        #expect(KommuneStatus.link("siehe Homepage") == nil)
        var s = WorkspaceSettings()
        #expect(s.reifegradModellOderStandard == .v2_0)
        #expect(throws: SettingsError.self) { try s.set(.reifegradModell, text: "3.0") }
        try? s.set(.reifegradModell, text: "1.1")
        #expect(s.reifegradModellOderStandard == .v1_1 && s.text(of: .reifegradModell) == "1.1")
    }
}
