import Foundation
import OZGDomain

/// Lookups of catalogue rows by LeiKa key, key and OZG-ID, and OZG-ID and Bezeichnung.
struct CatalogIndex: Sendable {
    let catalog: Catalog
    private var byKey: [LeikaKey: [Int]] = [:]
    private var byKeyAndOzg: [KeyAndOzg: Int] = [:]
    private var byOzgAndName: [String: [Int]] = [:]
    private var byName: [String: [Int]] = [:]
    /// ``HeaderText/compact(_:)`` of each Bezeichnung, by its text: sheets repeat the catalogue's
    /// texts, and a lookup is cheaper than compacting them again.
    private var compacted: [String: String] = [:]

    private struct KeyAndOzg: Hashable, Sendable {
        var key: LeikaKey
        var ozgId: Int
    }

    init(_ catalog: Catalog) {
        self.catalog = catalog
        for (i, e) in catalog.einzelleistungen.enumerated() {
            if let k = e.leika {
                byKey[k, default: []].append(i)
                byKeyAndOzg[KeyAndOzg(key: k, ozgId: e.ozgId)] = i
            }
            let name = compacted[e.bezeichnung] ?? HeaderText.compact(e.bezeichnung)
            compacted[e.bezeichnung] = name
            byOzgAndName["\(e.ozgId)|\(name)", default: []].append(i)
            byName[name, default: []].append(i)
        }
    }

    /// Why a row could not be identified.
    enum Miss: Error, Hashable {
        case unknownKey(LeikaKey)
        case keyNotUnderOzgId(LeikaKey, ozgId: Int, actual: [Int])
        case ambiguousKey(LeikaKey, ozgIds: [Int])
        case unknownName(String, ozgId: Int?)
        case ambiguousName(String)
        case nothing
    }

    /// The catalogue row (its index in ``catalog``) for what a sheet row says, or why there is
    /// none. Rows that agree in everything (catalogue rows without key that share OZG-ID and
    /// Bezeichnung) are told apart by their order: the n-th such row of a sheet is the n-th of
    /// them (`seen` counts them per sheet). An index, not the entry: a status sheet resolves
    /// thousands of rows and needs only the Leistung's ID.
    func row(
        key: LeikaKey?, ozgId: Int?, bezeichnung: String?, ozgLeistung: String?, markedNoKey: Bool = false,
        seen: inout [EinzelleistungID: Int]
    ) -> Result<Int, Miss> {
        let found = resolve(key: key, ozgId: ozgId, bezeichnung: bezeichnung, ozgLeistung: ozgLeistung, markedNoKey: markedNoKey)
        guard case .success(let i) = found, catalog.einzelleistungen[i].leika == nil else { return found }
        let twins = twinRows(of: i)
        guard twins.count > 1 else { return found }
        let id = catalog.einzelleistungen[i].id
        let n = seen[id, default: 0]
        seen[id] = n + 1
        return .success(twins[min(n, twins.count - 1)])
    }

    private func resolve(key: LeikaKey?, ozgId: Int?, bezeichnung: String?, ozgLeistung: String?, markedNoKey: Bool)
        -> Result<Int, Miss>
    {
        let list = catalog.einzelleistungen
        if let key {
            let hits = byKey[key] ?? []
            if hits.isEmpty { return .failure(.unknownKey(key)) }
            if let ozgId {
                if let i = byKeyAndOzg[KeyAndOzg(key: key, ozgId: ozgId)] { return .success(i) }
                return .failure(.keyNotUnderOzgId(key, ozgId: ozgId, actual: hits.map { list[$0].ozgId }))
            }
            if hits.count == 1 { return .success(hits[0]) }
            if let name = ozgLeistung.map(HeaderText.compact), !name.isEmpty {
                let byBundle = hits.filter { HeaderText.compact(list[$0].ozgLeistung) == name }
                if byBundle.count == 1 { return .success(byBundle[0]) }
            }
            return .failure(.ambiguousKey(key, ozgIds: hits.map { list[$0].ozgId }))
        }
        guard let bez = bezeichnung else { return .failure(.nothing) }
        let name = compact(bez)
        guard !name.isEmpty else { return .failure(.nothing) }
        if let ozgId {
            var hits = byOzgAndName["\(ozgId)|\(name)"] ?? []
            // `nicht im LeiKa` picks the row without key when a row with key has the same name.
            if markedNoKey, hits.count > 1 {
                let keyless = hits.filter { list[$0].leika == nil }
                if !keyless.isEmpty { hits = keyless }
            }
            if let i = hits.first { return .success(i) }
            return .failure(.unknownName(bez, ozgId: ozgId))
        }
        let hits = byName[name] ?? []
        if hits.count == 1 { return .success(hits[0]) }
        return .failure(hits.isEmpty ? .unknownName(bez, ozgId: nil) : .ambiguousName(bez))
    }

    /// The row whose catalogue entry carries this text instead of a valid key (the real catalogue
    /// has a few such rows, e.g. `3233`), when exactly one matches (within the OZG-ID if given).
    func rowWithKeyText(_ text: String, ozgId: Int?) -> Einzelleistung? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let hits = catalog.einzelleistungen.filter {
            $0.leika == nil && $0.leikaText == t && (ozgId == nil || $0.ozgId == ozgId)
        }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The rows without key that share OZG-ID and Bezeichnung with row `i` (itself included), or
    /// just `i` (the real catalogue has one such pair, told apart by ``EinzelleistungID/occurrence``).
    private func twinRows(of i: Int) -> [Int] {
        let e = catalog.einzelleistungen[i]
        guard e.leika == nil, let hits = byOzgAndName["\(e.ozgId)|\(compact(e.bezeichnung))"], hits.count > 1 else { return [i] }
        let keyless = hits.filter { catalog.einzelleistungen[$0].leika == nil }
        return keyless.count > 1 ? keyless : [i]
    }

    /// ``HeaderText/compact(_:)`` of a text, looked up for the catalogue's Bezeichnungen.
    func compact(_ text: String) -> String { compacted[text] ?? HeaderText.compact(text) }

    /// The first catalogue row of an OZG-Leistung.
    func firstOfOzgId(_ ozgId: Int) -> Einzelleistung? {
        catalog.einzelleistungen.first { $0.ozgId == ozgId }
    }
}
