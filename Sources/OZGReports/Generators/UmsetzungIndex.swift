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
    enum Lage: UInt8, CaseIterable, Sendable {
        case online, inUmsetzung, inPlanung, offen, nurDashboard, nichtZustaendig
    }

    /// Every council of the model, in model order.
    let kommunen: [Kommune]
    let catalog: [Einzelleistung]
    /// `relevantByType[type][row]`: the Kommunaltyp's verdict is `ja` or `teilweise`.
    private let relevantByType: [[Bool]]
    private let typeOfKommune: [Int?]
    private let exceptions: [[Int: KommuneException]]
    /// `own[k * n + row]`, `dashboard[k * n + row]`: index into ``statuses`` or -1.
    private let own: [Int32]
    private let dashboard: [Int32]
    /// `lagen[k * n + row]`: the ``Lage`` (raw value), computed once.
    private let lagen: [UInt8]
    let statuses: StatusList
    private let n: Int
    private let kommuneIndex: [String: Int]

    init(model: DomainModel) {
        kommunen = model.kommunen
        catalog = model.catalog.einzelleistungen
        statuses = model.umsetzung
        let n = catalog.count
        self.n = n
        let index = RelevanzIndex(model: model)
        relevantByType = index.typeNames.indices.map { t in (0..<n).map { index.relevanz(row: $0, type: t).isRelevant } }
        typeOfKommune = model.kommunen.map { k in
            index.typeIndex(of: k.kommunaltyp) ?? model.kommunaltypen.match(k.kommunaltyp).flatMap { index.typeIndex(of: $0.name) }
        }
        exceptions = model.kommunen.map { index.exceptions[$0.name] ?? [:] }
        var byName: [String: Int] = [:]
        for (i, k) in model.kommunen.enumerated() where byName[k.name] == nil { byName[k.name] = i }
        kommuneIndex = byName
        var own = [Int32](repeating: -1, count: model.kommunen.count * n)
        var dashboard = own
        var lagen = [UInt8](repeating: Lage.offen.rawValue, count: own.count)
        let rowOf = model.catalog.indexByID()
        let ids = catalog.map(\.id)
        // Statuses from the workspace come by council, then catalogue order: the next row and the
        // same council are tried before the dictionaries.
        var lastName = "", lastK: Int?, lastRow = -1
        let list = model.umsetzung
        do {
            for i in list.indices where n > 0 {
                let name = list.kommune(at: i)
                if name != lastName {
                    lastName = name
                    lastK = byName[name]
                }
                guard let k = lastK else { continue }
                let next = lastRow + 1 < n ? lastRow + 1 : 0
                let row: Int
                let id = list.einzelleistung(at: i)
                if ids[next] == id {
                    row = next
                } else if lastRow >= 0, ids[lastRow] == id {
                    row = lastRow
                } else if let r = rowOf[id] {
                    row = r
                } else {
                    continue
                }
                lastRow = row
                let cell = k * n + row
                let stand = list.stand(at: i)
                if list.quelle(at: i) == .kommune {
                    own[cell] = Int32(i)
                    lagen[cell] = UmsetzungIndex.lage(of: stand).rawValue
                } else {
                    dashboard[cell] = Int32(i)
                    if own[cell] < 0 { lagen[cell] = stand.isOnline ? Lage.nurDashboard.rawValue : Lage.offen.rawValue }
                }
            }
        }
        self.own = own
        self.dashboard = dashboard
        self.lagen = lagen
    }

    static func lage(of stand: Umsetzungsstand) -> Lage {
        switch stand {
        case .online: return .online
        case .inUmsetzung: return .inUmsetzung
        case .inPlanung: return .inPlanung
        case .offen: return .offen
        case .nichtZustaendig: return .nichtZustaendig
        }
    }

    /// The index of a council by name.
    func kommune(named name: String) -> Int? { kommuneIndex[name] }

    /// Whether a catalogue row is relevant to council `k` (its exception, else its Kommunaltyp's
    /// verdict `ja` or `teilweise`).
    func isRelevant(_ k: Int, _ row: Int) -> Bool {
        if !exceptions[k].isEmpty, let e = exceptions[k][row] { return e.relevanz.isRelevant }
        guard let t = typeOfKommune[k] else { return false }
        return relevantByType[t][row]
    }

    /// Whether the council reported on the row itself.
    func hasOwn(_ k: Int, _ row: Int) -> Bool { own[k * n + row] >= 0 }

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

    func lage(_ k: Int, _ row: Int) -> Lage { Lage(rawValue: lagen[k * n + row]) ?? .offen }

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

    /// Narrow enough that a council's gap list prints one landscape page wide.
    static let leistungColumns = [
        ReportColumn("Themenfeld", kind: .paragraph, width: 16), ReportColumn("OZG-ID", kind: .integer, width: 7),
        ReportColumn("OZG-Leistung", kind: .paragraph, width: 20), ReportColumn("LeiKa-Schlüssel", width: 16),
        ReportColumn("Leistungsbezeichnung", kind: .paragraph, width: 32),
    ]
}
