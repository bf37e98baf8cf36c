import OZGDomain

/// The Umsetzungsvorhaben that concern an Einzelleistung: those planned for it, and those
/// planned for its whole OZG-Leistung (no Einzelleistung named).
struct VorhabenLookup {
    private var byEinzelleistung: [EinzelleistungID: [Umsetzungsvorhaben]] = [:]
    private var byOZGLeistung: [Int: [Umsetzungsvorhaben]] = [:]

    init(_ list: [Umsetzungsvorhaben]) {
        for v in list {
            if let id = v.einzelleistung { byEinzelleistung[id, default: []].append(v) } else { byOZGLeistung[v.ozgId, default: []].append(v) }
        }
    }

    /// The Vorhaben of `e`, its own first.
    func vorhaben(for e: Einzelleistung) -> [Umsetzungsvorhaben] {
        (byEinzelleistung[e.id] ?? []) + (byOZGLeistung[e.ozgId] ?? [])
    }
}
