import OZGDomain

/// What every page of one site build looks up: verdicts by row, the Verband's Vorhaben per
/// Einzelleistung, the councils' Umsetzungsstand where known (``DomainModel/umsetzung``), and
/// the page paths.
struct SiteContext {
    let model: DomainModel
    let index: RelevanzIndex
    let paths: SitePaths
    /// Row → the first Umsetzungsvorhaben of the Verband for it (its own, else its OZG-Leistung's).
    let vorhaben: [Int: Umsetzungsvorhaben]
    /// Council name → row → what the council offers (its own report, else the dashboard's entry,
    /// as ``DomainModel/status(_:kommune:)``).
    let umsetzung: [String: [Int: KommuneStatus]]
    /// Row → the councils that offer it online.
    let onlineBei: [Int: [String]]
    /// The Kommunaltypen's verdicts, row by row (`row * types + type`), read once from ``index``.
    private let typeVerdicts: [Relevanz]

    init(model: DomainModel) {
        self.model = model
        index = RelevanzIndex(model: model)
        let types = index.typeNames.count
        var flat = [Relevanz](repeating: .offen, count: model.catalog.einzelleistungen.count * types)
        for row in model.catalog.einzelleistungen.indices {
            for t in 0..<types { flat[row * types + t] = index.relevanz(row: row, type: t) }
        }
        typeVerdicts = flat
        paths = SitePaths(model: model)
        let rowOf = model.catalog.indexByID()
        var byID: [EinzelleistungID: Umsetzungsvorhaben] = [:]
        var byOZG: [Int: Umsetzungsvorhaben] = [:]
        for v in model.vorhaben {
            if let id = v.einzelleistung {
                if byID[id] == nil { byID[id] = v }
            } else if byOZG[v.ozgId] == nil {
                byOZG[v.ozgId] = v
            }
        }
        var vorhaben: [Int: Umsetzungsvorhaben] = [:]
        if !byID.isEmpty || !byOZG.isEmpty {
            for (i, e) in model.catalog.einzelleistungen.enumerated() {
                if let v = byID[e.id] ?? byOZG[e.ozgId] { vorhaben[i] = v }
            }
        }
        self.vorhaben = vorhaben
        var umsetzung: [String: [Int: KommuneStatus]] = [:]
        for u in model.umsetzung {
            guard let r = rowOf[u.einzelleistung] else { continue }
            if u.quelle == .kommune || umsetzung[u.kommune]?[r] == nil { umsetzung[u.kommune, default: [:]][r] = u }
        }
        var online: [Int: [String]] = [:]
        var seen = Set<String>()
        for k in model.kommunen where seen.insert(k.name).inserted {
            for (r, u) in umsetzung[k.name] ?? [:] where u.isOnline { online[r, default: []].append(k.name) }
        }
        self.umsetzung = umsetzung
        onlineBei = online
    }

    /// The verdicts of one council by catalogue row: its exception, else its Kommunaltyp's.
    struct KommuneVerdicts {
        let type: Int?
        let types: Int
        let exceptions: [Int: KommuneException]
        let byType: [Relevanz]

        subscript(row: Int) -> Relevanz {
            if !exceptions.isEmpty, let e = exceptions[row] { return e.relevanz }
            guard let type else { return .offen }
            return byType[row * types + type]
        }
    }

    /// A council's verdicts, looked up once (its Kommunaltyp, its exceptions) for all rows.
    func verdicts(of k: Kommune) -> KommuneVerdicts {
        KommuneVerdicts(type: typeIndex(of: k), types: index.typeNames.count, exceptions: index.exceptions[k.name] ?? [:], byType: typeVerdicts)
    }

    /// The verdict of a Kommunaltyp for a row.
    func relevanz(row: Int, type: Int) -> Relevanz { typeVerdicts[row * index.typeNames.count + type] }

    /// The index of a council's Kommunaltyp in the model's list.
    func typeIndex(of k: Kommune) -> Int? {
        index.typeIndex(of: k.kommunaltyp) ?? model.kommunaltypen.match(k.kommunaltyp).flatMap { index.typeIndex(of: $0.name) }
    }

    /// The effective Umsetzungsstand of a row for a council; `nil` when nothing is known.
    func stand(row: Int, kommune: String) -> Umsetzungsstand? { umsetzung[kommune]?[row]?.stand }

    /// The Vorhaben statuses present, in the order of ``VorhabenStatus``.
    var statusesPresent: [VorhabenStatus] {
        let present = Set(vorhaben.values.map(\.status))
        return VorhabenStatus.allCases.filter { present.contains($0) }
    }
}
