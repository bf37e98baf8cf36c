/// What changed between two catalogue versions, and which old row became which new row.
///
/// Rows are matched in three steps:
/// 1. by id (LeiKa key and OZG-ID; OZG-ID and Bezeichnung without a key);
/// 2. rows with a key left over: by LeiKa key alone, so a row under another OZG-ID is the same
///    Einzelleistung, moved (several rows of one key pair up in catalogue order);
/// 3. rows without a key left over: under the same OZG-ID by ``NameSimilarity``; a certain match is
///    a rename, an uncertain one is listed as such (``CatalogChange/unsichereZuordnung``) and the
///    rows stay apart (`entfallen` and `neu`).
///
/// A matched pair is reported as `umbenannt` (other Bezeichnung), `verschoben` (other OZG-ID or
/// Themenfeld) and `typGeaendert` (other LeiKa-Typ) as far as these apply.
public struct CatalogDiff: Hashable, Sendable {
    /// Every change: by kind in the order of ``CatalogChangeKind/allCases``, in catalogue order
    /// (of the new version; of the old one for `entfallen`).
    public var changes: [CatalogChange]
    /// Matched rows whose id changed (moved to another OZG-ID, keyless rows renamed): old → new.
    public var renamedIDs: [EinzelleistungID: EinzelleistungID]
    /// Matched pairs that were moved (their verdicts must be looked at again), by new id.
    public var movedIDs: Set<EinzelleistungID>

    /// The changes of one kind.
    public func changes(_ kind: CatalogChangeKind) -> [CatalogChange] { changes.filter { $0.kind == kind } }

    /// The ids of the new version's rows that are new (including uncertain matches).
    public var newIDs: Set<EinzelleistungID> { Set(changes(.neu).map(\.einzelleistung.id)) }

    /// Compares two versions.
    public init(old: Catalog, new: Catalog) {
        let o = old.einzelleistungen, n = new.einzelleistungen
        var newOfOld = [Int?](repeating: nil, count: o.count)
        var oldOfNew = [Int?](repeating: nil, count: n.count)
        var uncertainOld: [Int: Int] = [:], uncertainNew: [Int: Int] = [:]

        // 1. Same id.
        let newIndex = new.indexByID()
        for (i, e) in o.enumerated() {
            if let j = newIndex[e.id], oldOfNew[j] == nil {
                newOfOld[i] = j
                oldOfNew[j] = i
            }
        }
        // 2. Same LeiKa key under another OZG-ID.
        var freeNewByKey: [String: [Int]] = [:]
        for (j, e) in n.enumerated() where oldOfNew[j] == nil {
            if let k = e.leika?.digits { freeNewByKey[k, default: []].append(j) }
        }
        for (i, e) in o.enumerated() where newOfOld[i] == nil {
            guard let k = e.leika?.digits, var list = freeNewByKey[k], !list.isEmpty else { continue }
            let pick = list.firstIndex { n[$0].themenfeld == e.themenfeld } ?? 0
            let j = list.remove(at: pick)
            freeNewByKey[k] = list
            newOfOld[i] = j
            oldOfNew[j] = i
        }
        // 3. Rows without a key under the same OZG-ID, by name.
        var freeNewKeyless: [Int: [Int]] = [:]
        for (j, e) in n.enumerated() where oldOfNew[j] == nil && e.leika == nil {
            freeNewKeyless[e.ozgId, default: []].append(j)
        }
        var candidates: [(score: Double, i: Int, j: Int)] = []
        for (i, e) in o.enumerated() where newOfOld[i] == nil && e.leika == nil {
            for j in freeNewKeyless[e.ozgId] ?? [] {
                let s = NameSimilarity.score(e.bezeichnung, n[j].bezeichnung)
                if s >= NameSimilarity.uncertain { candidates.append((s, i, j)) }
            }
        }
        candidates.sort { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }
        for c in candidates where newOfOld[c.i] == nil && oldOfNew[c.j] == nil {
            if c.score >= NameSimilarity.certain {
                newOfOld[c.i] = c.j
                oldOfNew[c.j] = c.i
            } else if uncertainOld[c.i] == nil && uncertainNew[c.j] == nil {
                uncertainOld[c.i] = c.j
                uncertainNew[c.j] = c.i
            }
        }

        var byKind: [CatalogChangeKind: [CatalogChange]] = [:]
        var renamed: [EinzelleistungID: EinzelleistungID] = [:]
        var moved = Set<EinzelleistungID>()
        for (j, e) in n.enumerated() {
            guard let i = oldOfNew[j] else {
                // An uncertain candidate is only named when it did not find a certain match itself.
                let other = uncertainNew[j].flatMap { newOfOld[$0] == nil ? o[$0] : nil }
                byKind[.neu, default: []].append(CatalogChange(kind: .neu, einzelleistung: e, unsichereZuordnung: other))
                continue
            }
            let before = o[i]
            if before.id != e.id { renamed[before.id] = e.id }
            let vorher = CatalogField.allCases.compactMap { f -> CatalogFieldChange? in
                let a = f.value(of: before)
                return a == f.value(of: e) ? nil : CatalogFieldChange(field: f, old: a)
            }
            let fields = Set(vorher.map(\.field))
            func add(_ kind: CatalogChangeKind) {
                byKind[kind, default: []].append(
                    CatalogChange(kind: kind, einzelleistung: e, previousID: before.id, vorher: vorher))
            }
            if fields.contains(.bezeichnung) { add(.umbenannt) }
            if fields.contains(.ozgId) || fields.contains(.themenfeld) {
                add(.verschoben)
                moved.insert(e.id)
            }
            if fields.contains(.typ) { add(.typGeaendert) }
        }
        for (i, e) in o.enumerated() where newOfOld[i] == nil {
            let other = uncertainOld[i].flatMap { oldOfNew[$0] == nil ? n[$0] : nil }
            byKind[.entfallen, default: []].append(CatalogChange(kind: .entfallen, einzelleistung: e, unsichereZuordnung: other))
        }
        changes = CatalogChangeKind.allCases.flatMap { byKind[$0] ?? [] }
        renamedIDs = renamed
        movedIDs = moved
    }
}
