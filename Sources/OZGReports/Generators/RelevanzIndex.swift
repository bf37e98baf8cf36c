import OZGDomain
import OZGSpreadsheet

/// The verdicts of a model as arrays by catalogue row, built once per report.
///
/// ``DomainModel/relevanz(_:_:)`` hashes an id per call; a report over the whole catalogue for
/// hundreds of councils asks millions of times, so the generators look verdicts up here by row
/// index instead. Kommunaltyp names of verdicts are matched to the canonical names (aliases
/// allowed), as the model does.
struct RelevanzIndex: Sendable {
    /// `verdicts[row][type]`, `nil` where no verdict is stored.
    private(set) var verdicts: [[Verdict?]]
    let typeNames: [String]
    /// Council name → row → exception.
    private(set) var exceptions: [String: [Int: KommuneException]] = [:]

    init(model: DomainModel) {
        typeNames = model.kommunaltypen.names
        let rows = model.catalog.einzelleistungen
        verdicts = Array(repeating: Array(repeating: nil, count: typeNames.count), count: rows.count)
        let rowOf = model.catalog.indexByID()
        var typeOf: [String: Int] = [:]
        for (i, n) in typeNames.enumerated() { typeOf[n] = i }
        var matched: [String: Int?] = [:]
        func typeIndex(_ name: String) -> Int? {
            if let i = typeOf[name] { return i }
            if let m = matched[name] { return m }
            let m = model.kommunaltypen.match(name).flatMap { typeOf[$0.name] }
            matched[name] = m
            return m
        }
        // Exact names first, so a verdict under the canonical name wins over one under an alias.
        for v in model.verdicts where typeOf[v.kommunaltyp] == nil {
            if let r = rowOf[v.einzelleistung], let t = typeIndex(v.kommunaltyp), verdicts[r][t] == nil { verdicts[r][t] = v }
        }
        for v in model.verdicts {
            if let r = rowOf[v.einzelleistung], let t = typeOf[v.kommunaltyp] { verdicts[r][t] = v }
        }
        for e in model.exceptions {
            if let r = rowOf[e.einzelleistung] { exceptions[e.kommune, default: [:]][r] = e }
        }
    }

    /// The verdict of a row for the type at `type` (index into ``typeNames``), `.offen` when none.
    func relevanz(row: Int, type: Int) -> Relevanz { verdicts[row][type]?.relevanz ?? .offen }

    func typeIndex(of name: String) -> Int? { typeNames.firstIndex(of: name) }
}
