/// The OZG catalogue: every Einzelleistung in catalogue order.
///
/// Build it from rows in the layout of `ozg-katalog-2019.csv` with ``init(rows:)`` or
/// ``load(rows:)`` (which also returns the issues found on the way), or from a `Sheet`.
public struct Catalog: Hashable, Codable, Sendable {
    public var einzelleistungen: [Einzelleistung]
    /// The Themenfelder in catalogue order (first appearance).
    public var themenfelder: [String]

    public init(einzelleistungen: [Einzelleistung], themenfelder: [String]? = nil) {
        self.einzelleistungen = einzelleistungen
        self.themenfelder = themenfelder ?? Catalog.themenfelder(of: einzelleistungen)
    }

    /// The Themenfelder of rows in order of first appearance.
    public static func themenfelder(of rows: [Einzelleistung]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for e in rows where seen.insert(e.themenfeld).inserted { out.append(e.themenfeld) }
        return out
    }

    /// The Lagen of one Themenfeld (or of all) in catalogue order.
    public func lagen(in themenfeld: String? = nil) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for e in einzelleistungen where themenfeld == nil || e.themenfeld == themenfeld {
            if seen.insert(e.lage).inserted { out.append(e.lage) }
        }
        return out
    }

    /// The rows of one Themenfeld in catalogue order.
    public func einzelleistungen(in themenfeld: String) -> [Einzelleistung] {
        einzelleistungen.filter { $0.themenfeld == themenfeld }
    }

    /// The OZG-Leistungen (OZG-ID and name) in catalogue order.
    public var ozgLeistungen: [(ozgId: Int, name: String)] {
        var seen = Set<Int>()
        var out: [(Int, String)] = []
        for e in einzelleistungen where seen.insert(e.ozgId).inserted { out.append((e.ozgId, e.ozgLeistung)) }
        return out
    }

    /// A dictionary from id to position in ``einzelleistungen``.
    public func indexByID() -> [EinzelleistungID: Int] {
        var d = [EinzelleistungID: Int](minimumCapacity: einzelleistungen.count)
        for (i, e) in einzelleistungen.enumerated() where d[e.id] == nil { d[e.id] = i }
        return d
    }

    /// Gives every row a unique id: the n-th row with an id already taken gets occurrence n.
    ///
    /// Ids are normally unique already; the real catalogue holds one duplicate pair
    /// (OZG-ID 10280, no key, same Bezeichnung).
    public mutating func assignUniqueIDs() {
        var counts = [EinzelleistungID: Int](minimumCapacity: einzelleistungen.count)
        for i in einzelleistungen.indices {
            var base = einzelleistungen[i].id
            base.occurrence = 0
            let n = counts[base, default: 0]
            counts[base] = n + 1
            base.occurrence = n
            einzelleistungen[i].id = base
        }
    }
}
