import Foundation
import OZGSpreadsheet

/// Everything the reports and plug-ins see: a snapshot of the workspace.
///
/// ``relevanz(_:_:)`` and ``relevanz(_:kommune:)`` use an index built once on first use (and
/// again after ``verdicts`` or ``exceptions`` change), so looking up every catalogue row for
/// every Kommunaltyp is cheap. The index takes no part in equality, hashing or coding.
public struct DomainModel: Hashable, Codable, Sendable {
    public var catalog: Catalog
    public var kommunaltypen: KommunaltypSet
    public var kommunen: [Kommune]
    public var paten: [Pate]
    public var verdicts: [Verdict] { didSet { cache = IndexCache() } }
    public var exceptions: [KommuneException] { didSet { cache = IndexCache() } }
    public var vorhaben: [Umsetzungsvorhaben]
    /// The date of the data (the last ingest), shown as „Stand“.
    public var stand: CalendarDate?
    /// Whether the data is made up (shown as „Beispieldaten“ on every report).
    public var isSampleData: Bool
    /// Cells of columns Paten added to their working sheets, in column order of first ingest;
    /// the Gesamtliste export writes them back. Optional in JSON (older documents lack it).
    public var addedColumns: [AddedColumnValue] = []
    /// The group's settings (contact, reply-by date, cover text, milestones); optional in JSON.
    public var settings = WorkspaceSettings()
    /// What changed in a period, for the change report (`ozg report aenderungen --since …`);
    /// `nil` unless asked for. Optional in JSON.
    public var changeLog: ChangeLog?
    /// What the councils offer today (their status sheets) and what the federal dashboard
    /// lists as online for them, one entry per council, Einzelleistung and ``StatusQuelle``.
    /// Optional in JSON (an array of ``KommuneStatus``). Kept compact (``StatusList``).
    public var umsetzung: StatusList = [] { didSet { cache = IndexCache() } }

    private var cache = IndexCache()

    public init(
        catalog: Catalog = Catalog(einzelleistungen: []), kommunaltypen: KommunaltypSet = .krzVerband,
        kommunen: [Kommune] = [], paten: [Pate] = [], verdicts: [Verdict] = [], exceptions: [KommuneException] = [],
        vorhaben: [Umsetzungsvorhaben] = [], stand: CalendarDate? = nil, isSampleData: Bool = false
    ) {
        self.catalog = catalog
        self.kommunaltypen = kommunaltypen
        self.kommunen = kommunen
        self.paten = paten
        self.verdicts = verdicts
        self.exceptions = exceptions
        self.vorhaben = vorhaben
        self.stand = stand
        self.isSampleData = isSampleData
    }

    /// The verdict for an Einzelleistung and a Kommunaltyp (canonical name or alias); `.offen` when unknown.
    public func relevanz(_ id: EinzelleistungID, _ kommunaltyp: String) -> Relevanz {
        verdict(id, kommunaltyp)?.relevanz ?? .offen
    }

    /// The stored verdict for an Einzelleistung and a Kommunaltyp, if any.
    public func verdict(_ id: EinzelleistungID, _ kommunaltyp: String) -> Verdict? {
        let index = cache.index(verdicts: verdicts, exceptions: exceptions)
        if let i = index.verdicts[VerdictKey(id: id, typ: kommunaltyp)] { return verdicts[i] }
        // Only a name that is not canonical is worth the tolerant (and slower) match.
        if !kommunaltypen.types.contains(where: { $0.name == kommunaltyp }),
            let canonical = kommunaltypen.match(kommunaltyp)?.name, canonical != kommunaltyp,
            let i = index.verdicts[VerdictKey(id: id, typ: canonical)]
        {
            return verdicts[i]
        }
        return nil
    }

    /// The verdict for one council: its exception if there is one, else its Kommunaltyp's verdict.
    public func relevanz(_ id: EinzelleistungID, kommune: Kommune) -> Relevanz {
        if let e = exception(id, kommune: kommune.name) { return e.relevanz }
        return relevanz(id, kommune.kommunaltyp)
    }

    /// The council-specific exception for an Einzelleistung, if any.
    public func exception(_ id: EinzelleistungID, kommune: String) -> KommuneException? {
        let index = cache.index(verdicts: verdicts, exceptions: exceptions)
        return index.exceptions[VerdictKey(id: id, typ: kommune)].map { exceptions[$0] }
    }

    /// What a council offers for an Einzelleistung: its own report when there is one, else
    /// the dashboard's entry; `nil` when nothing is known.
    public func status(_ id: EinzelleistungID, kommune: String) -> KommuneStatus? {
        status(id, kommune: kommune, quelle: .kommune) ?? status(id, kommune: kommune, quelle: .dashboard)
    }

    /// The entry of one source for a council and an Einzelleistung.
    public func status(_ id: EinzelleistungID, kommune: String, quelle: StatusQuelle) -> KommuneStatus? {
        umsetzung.position(of: id, kommune: kommune, quelle: quelle, in: cache.status(umsetzung)).map { umsetzung[$0] }
    }

    /// The Pate of a Themenfeld, if one is assigned.
    public func pate(for themenfeld: String) -> Pate? { paten.first { $0.themenfeld == themenfeld } }

    /// The Umsetzungsvorhaben of one Einzelleistung.
    public func vorhaben(for id: EinzelleistungID) -> [Umsetzungsvorhaben] {
        vorhaben.filter { $0.einzelleistung == id }
    }

    enum CodingKeys: String, CodingKey {
        case catalog, kommunaltypen, kommunen, paten, verdicts, exceptions, vorhaben, stand, isSampleData, addedColumns, settings, changeLog
        case umsetzung
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            catalog: try c.decode(Catalog.self, forKey: .catalog),
            kommunaltypen: try c.decode(KommunaltypSet.self, forKey: .kommunaltypen),
            kommunen: try c.decode([Kommune].self, forKey: .kommunen),
            paten: try c.decode([Pate].self, forKey: .paten),
            verdicts: try c.decode([Verdict].self, forKey: .verdicts),
            exceptions: try c.decode([KommuneException].self, forKey: .exceptions),
            vorhaben: try c.decode([Umsetzungsvorhaben].self, forKey: .vorhaben),
            stand: try c.decodeIfPresent(CalendarDate.self, forKey: .stand),
            isSampleData: try c.decode(Bool.self, forKey: .isSampleData))
        addedColumns = try c.decodeIfPresent([AddedColumnValue].self, forKey: .addedColumns) ?? []
        settings = try c.decodeIfPresent(WorkspaceSettings.self, forKey: .settings) ?? WorkspaceSettings()
        changeLog = try c.decodeIfPresent(ChangeLog.self, forKey: .changeLog)
        umsetzung = try c.decodeIfPresent(StatusList.self, forKey: .umsetzung) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(catalog, forKey: .catalog)
        try c.encode(kommunaltypen, forKey: .kommunaltypen)
        try c.encode(kommunen, forKey: .kommunen)
        try c.encode(paten, forKey: .paten)
        try c.encode(verdicts, forKey: .verdicts)
        try c.encode(exceptions, forKey: .exceptions)
        try c.encode(vorhaben, forKey: .vorhaben)
        try c.encodeIfPresent(stand, forKey: .stand)
        try c.encode(isSampleData, forKey: .isSampleData)
        if !addedColumns.isEmpty { try c.encode(addedColumns, forKey: .addedColumns) }
        if !settings.isEmpty { try c.encode(settings, forKey: .settings) }
        try c.encodeIfPresent(changeLog, forKey: .changeLog)
        if !umsetzung.isEmpty { try c.encode(umsetzung, forKey: .umsetzung) }
    }

    /// The added columns' names in order of first appearance.
    public var addedColumnNames: [String] {
        var seen = Set<String>()
        return addedColumns.compactMap { seen.insert($0.column).inserted ? $0.column : nil }
    }

    public static func == (a: DomainModel, b: DomainModel) -> Bool {
        a.catalog == b.catalog && a.kommunaltypen == b.kommunaltypen && a.kommunen == b.kommunen && a.paten == b.paten
            && a.verdicts == b.verdicts && a.exceptions == b.exceptions && a.vorhaben == b.vorhaben
            && a.stand == b.stand && a.isSampleData == b.isSampleData && a.addedColumns == b.addedColumns
            && a.settings == b.settings
            && a.changeLog == b.changeLog && a.umsetzung == b.umsetzung
    }

    public func hash(into h: inout Hasher) {
        h.combine(catalog)
        h.combine(kommunaltypen)
        h.combine(kommunen)
        h.combine(paten)
        h.combine(verdicts)
        h.combine(exceptions)
        h.combine(vorhaben)
        h.combine(stand)
        h.combine(isSampleData)
        h.combine(addedColumns)
        h.combine(settings)
        h.combine(changeLog)
        h.combine(umsetzung)
    }
}

struct VerdictKey: Hashable {
    var id: EinzelleistungID
    var typ: String
}

/// The lookup tables of a ``DomainModel``, built once and shared by copies of the model.
final class IndexCache: @unchecked Sendable {
    struct Index {
        var verdicts: [VerdictKey: Int]
        var exceptions: [VerdictKey: Int]
    }

    private let lock = NSLock()
    private var built: Index?
    private var statusIndex: StatusList.Slots?

    func status(_ entries: StatusList) -> StatusList.Slots {
        lock.lock()
        defer { lock.unlock() }
        if let statusIndex { return statusIndex }
        let s = entries.slots()
        statusIndex = s
        return s
    }

    func index(verdicts: [Verdict], exceptions: [KommuneException]) -> Index {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var v = [VerdictKey: Int](minimumCapacity: verdicts.count)
        for (i, x) in verdicts.enumerated() { v[VerdictKey(id: x.einzelleistung, typ: x.kommunaltyp)] = i }
        var e = [VerdictKey: Int](minimumCapacity: exceptions.count)
        for (i, x) in exceptions.enumerated() { e[VerdictKey(id: x.einzelleistung, typ: x.kommune)] = i }
        let index = Index(verdicts: v, exceptions: e)
        built = index
        return index
    }
}
