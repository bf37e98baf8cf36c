import OZGSpreadsheet

/// The councils' statuses of a model (``DomainModel/umsetzung``), kept compact: 396 councils
/// answering for every relevant Leistung are 1.3 million rows, which as ``KommuneStatus`` values
/// took over a gigabyte. Here a row is a few numbers; its texts, Einzelleistungen and
/// provenances are stored once each and shared (a council's name, a solution, a file repeat
/// down thousands of rows). Reading an element builds the ``KommuneStatus``; hot loops read
/// single fields (``kommune(at:)``, ``einzelleistung(at:)``, ``quelle(at:)``, ``stand(at:)``).
public struct StatusList: RandomAccessCollection, ExpressibleByArrayLiteral, Hashable, Codable, Sendable {
    /// One status as numbers: indices into the pools (`-1`: none), enums by case index.
    struct Row: Hashable, Sendable {
        var fallzahl: Int64
        var kommune: Int32, einzelleistung: Int32
        var url: Int32, loesung: Int32, geplantBis: Int32, ansprechpartner: Int32, anmerkung: Int32
        var datum: Int64
        var datenstand: Int32, flaechendeckung: Int32, source: Int32, cell: Int32, stufe: Int32
        var quelle: UInt8, stand: UInt8, loesungsart: UInt8, prioritaet: UInt8, modell: UInt8
    }

    /// The file, sheet, SHA-256 and time a row shares with the other rows of its file.
    struct Source: Hashable, Sendable {
        var file: String, sheet: String, sha256: String, ingestedAt: String
    }

    private var rows: [Row] = []
    private var texts = Pool<String>()
    private var ids = Pool<EinzelleistungID>()
    private var sources = Pool<Source>()

    public init() {}
    public init(arrayLiteral elements: KommuneStatus...) { self.init(elements) }
    public init<S: Sequence>(_ statuses: S) where S.Element == KommuneStatus {
        rows.reserveCapacity(statuses.underestimatedCount)
        for s in statuses { append(s) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(position: Int) -> KommuneStatus {
        let r = rows[position]
        let source = r.source >= 0 ? sources.values[Int(r.source)] : nil
        return KommuneStatus(
            kommune: texts.values[Int(r.kommune)], einzelleistung: ids.values[Int(r.einzelleistung)],
            quelle: Self.quellen[Int(r.quelle)], stand: Self.staende[Int(r.stand)], url: text(r.url), loesung: text(r.loesung),
            loesungsart: r.loesungsart == Self.none ? nil : Self.arten[Int(r.loesungsart)],
            reifegrad: r.modell == Self.none ? nil : ReifegradAngabe(stufe: Int(r.stufe), modell: Self.modelle[Int(r.modell)]),
            prioritaet: r.prioritaet == Self.none ? nil : Self.prioritaeten[Int(r.prioritaet)],
            fallzahl: r.fallzahl == Int64.min ? nil : Int(r.fallzahl), geplantBis: text(r.geplantBis),
            geplantBisDatum: r.datum < 0 ? nil : CalendarDate(year: Int(r.datum / 10_000), month: Int(r.datum / 100 % 100), day: Int(r.datum % 100)),
            ansprechpartner: text(r.ansprechpartner), anmerkung: text(r.anmerkung), datenstand: text(r.datenstand),
            flaechendeckung: text(r.flaechendeckung),
            provenance: source.map {
                Provenance(file: $0.file, sheet: $0.sheet, cell: text(r.cell) ?? "", sha256: $0.sha256, ingestedAt: $0.ingestedAt)
            })
    }

    /// The council of the status at `i`, without building the whole status.
    public func kommune(at i: Int) -> String { texts.values[Int(rows[i].kommune)] }
    public func einzelleistung(at i: Int) -> EinzelleistungID { ids.values[Int(rows[i].einzelleistung)] }
    public func quelle(at i: Int) -> StatusQuelle { Self.quellen[Int(rows[i].quelle)] }
    public func stand(at i: Int) -> Umsetzungsstand { Self.staende[Int(rows[i].stand)] }

    public mutating func reserveCapacity(_ n: Int) { rows.reserveCapacity(n) }

    /// Puts the statuses in the order `order` names (a permutation of the positions), without
    /// building them.
    public mutating func reorder(_ order: [Int]) {
        precondition(order.count == rows.count, "reorder needs a permutation of every position")
        rows = order.map { rows[$0] }
    }

    /// Where each council's status of an Einzelleistung and source is, by a packed key
    /// (council, Einzelleistung, source as numbers of this list): 1.3 million entries in a few
    /// tens of megabytes. The last row of a slot wins.
    public struct Slots: Sendable {
        var positions: [UInt64: Int32]
    }

    public func slots() -> Slots {
        var positions = [UInt64: Int32](minimumCapacity: rows.count)
        for (i, r) in rows.enumerated() {
            positions[Self.key(kommune: r.kommune, einzelleistung: r.einzelleistung, quelle: r.quelle)] = Int32(i)
        }
        return Slots(positions: positions)
    }

    /// The position of the status of a council, Einzelleistung and source, if there is one.
    public func position(of id: EinzelleistungID, kommune: String, quelle: StatusQuelle, in slots: Slots) -> Int? {
        guard let k = texts.index[kommune], let e = ids.index[id] else { return nil }
        return slots.positions[Self.key(kommune: k, einzelleistung: e, quelle: Self.code(quelle, in: Self.quellen))].map(Int.init)
    }

    private static func key(kommune: Int32, einzelleistung: Int32, quelle: UInt8) -> UInt64 {
        UInt64(UInt32(bitPattern: kommune)) << 33 | UInt64(UInt32(bitPattern: einzelleistung)) << 1 | UInt64(quelle & 1)
    }

    public mutating func append(_ s: KommuneStatus) {
        let p = s.provenance
        let date = s.geplantBisDatum.map { Int64($0.year) * 10_000 + Int64($0.month * 100 + $0.day) } ?? -1
        rows.append(Row(
            fallzahl: s.fallzahl.map(Int64.init) ?? Int64.min, kommune: texts.intern(s.kommune),
            einzelleistung: ids.intern(s.einzelleistung), url: intern(s.url), loesung: intern(s.loesung),
            geplantBis: intern(s.geplantBis), ansprechpartner: intern(s.ansprechpartner), anmerkung: intern(s.anmerkung),
            datum: date, datenstand: intern(s.datenstand), flaechendeckung: intern(s.flaechendeckung),
            source: p.map { sources.intern(Source(file: $0.file, sheet: $0.sheet, sha256: $0.sha256, ingestedAt: $0.ingestedAt)) } ?? -1,
            cell: intern(p?.cell), stufe: Int32(clamping: s.reifegrad?.stufe ?? 0),
            quelle: Self.code(s.quelle, in: Self.quellen), stand: Self.code(s.stand, in: Self.staende),
            loesungsart: s.loesungsart.map { Self.code($0, in: Self.arten) } ?? Self.none,
            prioritaet: s.prioritaet.map { Self.code($0, in: Self.prioritaeten) } ?? Self.none,
            modell: s.reifegrad.map { Self.code($0.modell, in: Self.modelle) } ?? Self.none))
    }

    // Equal when the statuses are, in order (however the pools were filled).
    public static func == (a: StatusList, b: StatusList) -> Bool { a.count == b.count && a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for s in self { hasher.combine(s) }
    }

    public init(from decoder: Decoder) throws { self.init(try [KommuneStatus](from: decoder)) }
    public func encode(to encoder: Encoder) throws { try Array(self).encode(to: encoder) }

    private func text(_ i: Int32) -> String? { i < 0 ? nil : texts.values[Int(i)] }
    private mutating func intern(_ s: String?) -> Int32 { s.map { texts.intern($0) } ?? -1 }

    private static let none = UInt8.max
    private static let quellen = StatusQuelle.allCases
    private static let staende = Umsetzungsstand.allCases
    private static let arten = Loesungsart.allCases
    private static let prioritaeten = Prioritaet.allCases
    private static let modelle = ReifegradModell.allCases
    private static func code<T: Equatable>(_ v: T, in all: [T]) -> UInt8 { UInt8(all.firstIndex(of: v) ?? 0) }

    /// Values stored once each, by number.
    struct Pool<T: Hashable & Sendable>: Sendable {
        var values: [T] = []
        var index: [T: Int32] = [:]
        /// The last value added or found: rows of one council and file come together.
        var last: (value: T, id: Int32)?

        mutating func intern(_ v: T) -> Int32 {
            if let last, last.value == v { return last.id }
            let id: Int32
            if let known = index[v] {
                id = known
            } else {
                id = Int32(values.count)
                values.append(v)
                index[v] = id
            }
            last = (v, id)
            return id
        }
    }
}
