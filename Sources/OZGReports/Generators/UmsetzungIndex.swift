import OZGDomain
import OZGSpreadsheet

/// The councils' statuses and relevance as flat arrays by council and catalogue row, built once
/// per report (the `umsetzungsstand`, `luecken` and `loesungen` reports and the roadmap's
/// councils' plans).
///
/// A council's relevance is its Kommunaltyp's verdict unless a council exception overrides it
/// (as in the Kommunen-Matrix). What a council offers is classified once (``Lage``): its own
/// report wins; without one, an `online` dashboard row counts as ``Lage/nurDashboard``, kept
/// apart from what the council reports itself; without either the Leistung is ``Lage/offen``.
struct UmsetzungIndex: Sendable {
    /// What is known of one council and Einzelleistung, exclusive.
    enum Lage: Int, CaseIterable, Sendable {
        case online, inUmsetzung, inPlanung, offen, nurDashboard, nichtZustaendig
    }

    /// Every council of the model, in model order.
    let kommunen: [Kommune]
    let catalog: [Einzelleistung]
    private let relevanz: RelevanzIndex
    private let typeOfKommune: [Int?]
    private let exceptions: [[Int: KommuneException]]
    /// `own[k * n + row]`, `dashboard[k * n + row]`: index into ``statuses`` or -1.
    private let own: [Int32]
    private let dashboard: [Int32]
    let statuses: [KommuneStatus]
    private let n: Int
    private let kommuneIndex: [String: Int]

    init(model: DomainModel) {
        kommunen = model.kommunen
        catalog = model.catalog.einzelleistungen
        statuses = model.umsetzung
        n = catalog.count
        relevanz = RelevanzIndex(model: model)
        let index = relevanz
        typeOfKommune = model.kommunen.map { k in
            index.typeIndex(of: k.kommunaltyp) ?? model.kommunaltypen.match(k.kommunaltyp).flatMap { index.typeIndex(of: $0.name) }
        }
        exceptions = model.kommunen.map { index.exceptions[$0.name] ?? [:] }
        var byName: [String: Int] = [:]
        for (i, k) in model.kommunen.enumerated() where byName[k.name] == nil { byName[k.name] = i }
        kommuneIndex = byName
        var own = [Int32](repeating: -1, count: model.kommunen.count * n)
        var dashboard = own
        let rowOf = model.catalog.indexByID()
        var lastID: EinzelleistungID?
        var lastRow: Int?
        for (i, s) in model.umsetzung.enumerated() {
            guard let k = byName[s.kommune] else { continue }
            if s.einzelleistung != lastID {
                lastID = s.einzelleistung
                lastRow = rowOf[s.einzelleistung]
            }
            guard let row = lastRow else { continue }
            if s.quelle == .kommune { own[k * n + row] = Int32(i) } else { dashboard[k * n + row] = Int32(i) }
        }
        self.own = own
        self.dashboard = dashboard
    }

    /// The index of a council by name.
    func kommune(named name: String) -> Int? { kommuneIndex[name] }

    /// The Relevanz of a catalogue row for council `k` (exception, else its Kommunaltyp's verdict).
    func relevanz(_ k: Int, _ row: Int) -> Relevanz {
        if let e = exceptions[k][row] { return e.relevanz }
        guard let t = typeOfKommune[k] else { return .offen }
        return relevanz.relevanz(row: row, type: t)
    }

    func isRelevant(_ k: Int, _ row: Int) -> Bool { relevanz(k, row).isRelevant }

    /// The council's own report, if any.
    func own(_ k: Int, _ row: Int) -> KommuneStatus? {
        let i = own[k * n + row]
        return i < 0 ? nil : statuses[Int(i)]
    }

    /// The dashboard's row for the council, if any.
    func dashboard(_ k: Int, _ row: Int) -> KommuneStatus? {
        let i = dashboard[k * n + row]
        return i < 0 ? nil : statuses[Int(i)]
    }

    func lage(_ k: Int, _ row: Int) -> Lage {
        let i = own[k * n + row]
        if i >= 0 {
            switch statuses[Int(i)].stand {
            case .online: return .online
            case .inUmsetzung: return .inUmsetzung
            case .inPlanung: return .inPlanung
            case .offen: return .offen
            case .nichtZustaendig: return .nichtZustaendig
            }
        }
        let d = dashboard[k * n + row]
        return d >= 0 && statuses[Int(d)].isOnline ? .nurDashboard : .offen
    }

    /// Whether the council offers the Leistung online, by its own report or, without one, the dashboard's.
    func isOnline(_ k: Int, _ row: Int) -> Bool {
        let l = lage(k, row)
        return l == .online || l == .nurDashboard
    }

    /// The catalogue rows of the selected Themenfelder, in catalogue order.
    static func rows(model: DomainModel, options: ReportOptions) throws -> [Int] {
        let themen = Set(try options.selectedThemenfelder(in: model))
        return model.catalog.einzelleistungen.indices.filter { themen.contains(model.catalog.einzelleistungen[$0].themenfeld) }
    }

    /// Who offers a Leistung: `Bünde (Wohngeld-Digital, EfA)`, `Lemgo`, `Detmold (laut Dashboard)`.
    func anbieter(_ k: Int, _ row: Int) -> String? {
        switch lage(k, row) {
        case .online:
            guard let s = own(k, row) else { return nil }
            let how = [s.loesung, s.loesungsart?.label].compactMap { $0 }.filter { !$0.isEmpty }
            return how.isEmpty ? kommunen[k].name : "\(kommunen[k].name) (\(how.joined(separator: ", ")))"
        case .nurDashboard: return "\(kommunen[k].name) (laut Dashboard)"
        default: return nil
        }
    }

    /// The first five cells every Leistung table starts with.
    static func leistungCells(_ e: Einzelleistung) -> [ReportValue] {
        [.text(e.themenfeld), .integer(e.ozgId), .text(e.ozgLeistung), .text(e.leikaDisplay), .text(e.bezeichnung)]
    }

    static let leistungColumns = [
        ReportColumn("Themenfeld", kind: .paragraph, width: 18), ReportColumn("OZG-ID", kind: .integer, width: 8),
        ReportColumn("OZG-Leistung", kind: .paragraph, width: 24), ReportColumn("LeiKa-Schlüssel", width: 16),
        ReportColumn("Leistungsbezeichnung", kind: .paragraph, width: 40),
    ]
}
