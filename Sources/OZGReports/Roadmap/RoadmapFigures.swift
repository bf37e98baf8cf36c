import OZGDomain
import OZGSpreadsheet

/// The counts of a roadmap, computed once for the report, its tests and its readers.
///
/// Statuses are exclusive: every Vorhaben has exactly one, so ``byStatus`` sums to ``total``.
/// Flags (``late``, ``afterMilestone``) are counted apart: a Vorhaben may carry none or several.
/// Go-lives are counted by the quarter of the end date, ``actual`` for Vorhaben that are
/// umgesetzt and ``planned`` for those still geplant or in Umsetzung (zurückgestellt ones are
/// in neither).
public struct RoadmapFigures: Hashable, Sendable {
    public var total: Int
    public var byStatus: [VorhabenStatus: Int]
    /// Not umgesetzt or zurückgestellt and the end before the Stand.
    public var late: Int
    /// Per milestone (in the settings' order), the Vorhaben whose end lies after it.
    public var afterMilestone: [Int]
    /// Go-lives done, by quarter of the end date.
    var actual: [Quarter: Int]
    /// Go-lives still planned, by quarter of the end date.
    var planned: [Quarter: Int]

    public init(vorhaben list: [Umsetzungsvorhaben], stand: CalendarDate, meilensteine: [Meilenstein]) {
        total = list.count
        byStatus = [:]
        late = 0
        afterMilestone = Array(repeating: 0, count: meilensteine.count)
        actual = [:]
        planned = [:]
        for v in list {
            byStatus[v.status, default: 0] += 1
            if v.isLate(on: stand) { late += 1 }
            for (i, m) in meilensteine.enumerated() where RoadmapFigures.endsAfter(v, m) { afterMilestone[i] += 1 }
            guard let e = v.ende else { continue }
            switch v.status {
            case .umgesetzt: actual[Quarter(e), default: 0] += 1
            case .geplant, .inUmsetzung: planned[Quarter(e), default: 0] += 1
            case .zurueckgestellt: break
            }
        }
    }

    /// Whether the Vorhaben's end lies after the milestone.
    static func endsAfter(_ v: Umsetzungsvorhaben, _ m: Meilenstein) -> Bool { v.ende.map { $0 > m.datum } ?? false }

    /// Go-lives umgesetzt in all quarters.
    public var actualTotal: Int { actual.values.reduce(0, +) }
    /// Go-lives still planned in all quarters.
    public var plannedTotal: Int { planned.values.reduce(0, +) }
}
