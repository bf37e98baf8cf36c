import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet

/// The report fixture with made-up statuses of the five councils: their own reports and the
/// dashboard's rows, kept as plain arrays by council and catalogue row so that the tests count
/// from them (never through the generators' index).
struct UmsetzungFixture {
    let f: ReportFixture
    let model: DomainModel
    /// `own[k][i]` / `dash[k][i]`: the status of council `k` for catalogue row `i`.
    let own: [[KommuneStatus?]]
    let dash: [[KommuneStatus?]]

    static let loesungen: [(String, Loesungsart?)] = [
        ("Wohngeld-Digital", .efa), ("wohngeld-digital ", .efa), ("Antragsmanagement OWL", .rechenzentrum), ("Wohngeld-Digital", .marktprodukt),
    ]

    static func make(perThema: Int = 12) throws -> UmsetzungFixture {
        let f = try ReportFixture.make(perThema: perThema)
        var model = f.model
        let catalog = model.catalog.einzelleistungen
        var own: [[KommuneStatus?]] = []
        var dash: [[KommuneStatus?]] = []
        var all: [KommuneStatus] = []
        for (k, kommune) in model.kommunen.enumerated() {
            var o: [KommuneStatus?] = [], d: [KommuneStatus?] = []
            for (i, e) in catalog.enumerated() {
                func st(_ stand: Umsetzungsstand) -> KommuneStatus {
                    KommuneStatus(
                        kommune: kommune.name, einzelleistung: e.id, stand: stand,
                        provenance: Provenance(file: "\(kommune.name).xlsx", sheet: "Umsetzungsstand", cell: "D\(i + 5)", sha256: "s", ingestedAt: "2026-11-01T10:00:00Z"))
                }
                var s: KommuneStatus?
                switch (i * 5 + k * 3) % 11 {
                case 1:
                    s = st(.offen)
                    s?.prioritaet = .hoch
                    s?.fallzahl = (i * 37) % 500
                case 2:
                    s = st(.inPlanung)
                    s?.prioritaet = i % 2 == 0 ? .mittel : .hoch
                    s?.geplantBis = "Q\(k % 4 + 1) 2027"
                    s?.geplantBisDatum = CalendarDate(year: 2027, month: (k % 4) * 3 + 3, day: (k % 4 == 0 || k % 4 == 3) ? 31 : 30)
                case 3:
                    s = st(.inUmsetzung)
                    s?.fallzahl = i * 3
                    s?.geplantBis = "31.03.2020"
                    s?.geplantBisDatum = CalendarDate(year: 2020, month: 3, day: 31)
                case 4, 5:
                    s = st(.online)
                    let (name, art) = loesungen[(i + k) % loesungen.count]
                    s?.loesung = name
                    s?.loesungsart = art
                    s?.reifegrad = ReifegradAngabe(stufe: 2 + k % 3, modell: k % 2 == 0 ? .v1_1 : .v2_0)
                    s?.url = "www.\(k).example/\(i)"
                case 6: s = st(.online)
                case 7: s = st(.nichtZustaendig)
                default: s = nil
                }
                if i % 10 == 0 {
                    s = st(.online)
                    s?.loesung = "Servicekonto.NRW"
                    s?.loesungsart = .landesloesung
                }
                if i % 10 == 5 { s = nil }
                var dr: KommuneStatus?
                if (i + 2 * k) % 6 == 0 || i % 10 == 5 {
                    dr = KommuneStatus(
                        kommune: kommune.name, einzelleistung: e.id, quelle: .dashboard, stand: .online, url: "https://pvog.example/\(i)",
                        datenstand: "2026-11-03", flaechendeckung: i % 2 == 0 ? "landesweit" : "kommunal",
                        provenance: Provenance(file: "pvog.csv", sheet: "pvog", cell: "E\(i + 2)", sha256: "p", ingestedAt: "2026-11-02T10:00:00Z"))
                }
                o.append(s)
                d.append(dr)
                if let s { all.append(s) }
                if let dr { all.append(dr) }
            }
            own.append(o)
            dash.append(d)
        }
        model.umsetzung = StatusList(all)
        return UmsetzungFixture(f: f, model: model, own: own, dash: dash)
    }

    /// Whether row `i` is relevant to council `k` (the fixture has no exceptions).
    func relevant(_ k: Int, _ i: Int) -> Bool {
        let t = f.typeNames.firstIndex(of: model.kommunen[k].kommunaltyp)!
        return f.truth[i][t] == .ja || f.truth[i][t] == .teilweise
    }

    /// „online“ by own report, or without one by the dashboard.
    func onlineAnywhere(_ k: Int, _ i: Int) -> Bool {
        if let s = own[k][i] { return s.stand == .online }
        return dash[k][i] != nil
    }
}
