/// Finds catalogue rows by what a working sheet gives: key and OZG-ID, key alone, or OZG-ID and
/// Bezeichnung.
///
/// Build it once per catalogue; lookups are dictionary accesses.
public struct CatalogLookup: Sendable {
    public let catalog: Catalog
    private let byID: [EinzelleistungID: Int]
    private let byKey: [LeikaKey: [Int]]
    private let byOZGAndName: [String: [Int]]

    public init(_ catalog: Catalog) {
        self.catalog = catalog
        var id = [EinzelleistungID: Int](minimumCapacity: catalog.einzelleistungen.count)
        var key: [LeikaKey: [Int]] = [:]
        var name: [String: [Int]] = [:]
        for (i, e) in catalog.einzelleistungen.enumerated() {
            if id[e.id] == nil { id[e.id] = i }
            if let k = e.leika { key[k, default: []].append(i) }
            name[CatalogLookup.nameKey(e.ozgId, e.bezeichnung), default: []].append(i)
        }
        byID = id
        byKey = key
        byOZGAndName = name
    }

    /// The row with this id.
    public func einzelleistung(_ id: EinzelleistungID) -> Einzelleistung? {
        byID[id].map { catalog.einzelleistungen[$0] }
    }

    /// The position of the row with this id in catalogue order.
    public func position(of id: EinzelleistungID) -> Int? { byID[id] }

    /// The rows matching what a sheet row says, best evidence first:
    /// key + OZG-ID (one row), else the key alone (one row per OZG-Leistung it sits under),
    /// else OZG-ID + Bezeichnung (white space and case ignored; duplicates in catalogue order).
    public func candidates(leika: LeikaKey?, ozgId: Int?, bezeichnung: String?) -> [Einzelleistung] {
        if let leika {
            let rows = (byKey[leika] ?? []).map { catalog.einzelleistungen[$0] }
            if let ozgId {
                let exact = rows.filter { $0.ozgId == ozgId }
                if !exact.isEmpty { return exact }
            }
            if !rows.isEmpty { return rows }
        }
        if let ozgId, let bezeichnung {
            return (byOZGAndName[CatalogLookup.nameKey(ozgId, bezeichnung)] ?? []).map { catalog.einzelleistungen[$0] }
        }
        return []
    }

    static func nameKey(_ ozgId: Int, _ name: String) -> String {
        "\(ozgId)|" + TextNormalization.collapseSpaces(name).lowercased()
    }
}
