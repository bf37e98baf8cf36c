import OZGDomain
import OZGSpreadsheet

/// „Umsetzungsplanung (Roadmap)“: the Umsetzungsvorhaben on a quarter timeline.
///
/// Sheet „Roadmap“: one row per Vorhaben (ordered by end date) with Lösungsansatz,
/// Verantwortlich, Start, Ende, Status (coloured), Reifegrad now → target, a flag when it is
/// late (end before the Stand and not umgesetzt or zurückgestellt) or beyond the OZG deadline
/// (end after 31.12.2022), and one timeline column per quarter from 2019 Q1 to the last
/// planned quarter (at least 2022 Q4, the deadline's quarter). Sheet „Go-Lives“: planned ends
/// per quarter and their running total, with a line chart. Sheet „Übersicht“: counts by status.
public struct RoadmapReport: ReportGenerator {
    public let name = "roadmap"
    public let title = "Umsetzungsplanung (Roadmap)"
    public let summary = "Umsetzungsvorhaben auf einer Quartalsachse bis zur OZG-Frist, Go-Lives je Quartal"

    public init() {}

    static let firstQuarter = Quarter(year: 2019, quarter: 1)
    static let deadlineQuarter = Quarter(Umsetzungsvorhaben.ozgFrist)
    static let lateFlag = "verspätet", deadlineFlag = "nach OZG-Frist"

    /// The Vorhaben of a run (filtered by Themenfeld through their OZG-ID), ordered by end date.
    static func selectedVorhaben(model: DomainModel, options: ReportOptions) throws -> [Umsetzungsvorhaben] {
        var list = model.vorhaben
        if !options.themenfelder.isEmpty {
            let themen = Set(try options.selectedThemenfelder(in: model))
            let ids = Set(model.catalog.einzelleistungen.filter { themen.contains($0.themenfeld) }.map(\.ozgId))
            list = list.filter { ids.contains($0.ozgId) }
        }
        return list.enumerated().sorted { a, b in
            switch (a.element.ende, b.element.ende) {
            case let (x?, y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// The flag text of a Vorhaben, `nil` when it is on time.
    static func flag(_ v: Umsetzungsvorhaben, stand: CalendarDate) -> String? {
        switch (v.isLate(on: stand), v.isBeyondDeadline) {
        case (true, true): return lateFlag + ", " + deadlineFlag
        case (true, false): return lateFlag
        case (false, true): return deadlineFlag
        default: return nil
        }
    }

    /// The quarters of the timeline.
    static func quarters(for list: [Umsetzungsvorhaben]) -> [Quarter] {
        var last = deadlineQuarter
        for v in list {
            for d in [v.start, v.ende].compactMap({ $0 }) where Quarter(d) > last { last = Quarter(d) }
        }
        return Quarter.range(firstQuarter, last)
    }

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let list = try RoadmapReport.selectedVorhaben(model: model, options: options)
        let stand = options.stand(for: model) ?? ReportSupport.today()
        let quarters = RoadmapReport.quarters(for: list)

        var columns = [
            ReportColumn("Vorhaben", width: 40), ReportColumn("OZG-ID", kind: .integer, width: 8),
            ReportColumn("Lösungsansatz", width: 16), ReportColumn("Verantwortlich", width: 20),
            ReportColumn("Start", kind: .date, width: 11), ReportColumn("Ende", kind: .date, width: 11),
            ReportColumn("Status", kind: .verdict, width: 14), ReportColumn("Reifegrad", width: 10),
            ReportColumn("Hinweis", kind: .verdict, width: 22),
        ]
        for q in quarters {
            let label = q == RoadmapReport.deadlineQuarter ? q.label + " (OZG-Frist)" : q.label
            columns.append(ReportColumn(label, kind: .timeline, width: 4))
        }
        var rows: [ReportRow] = []
        var late = 0, beyond = 0
        var byStatus: [VorhabenStatus: Int] = [:]
        for v in list {
            byStatus[v.status, default: 0] += 1
            if v.isLate(on: stand) { late += 1 }
            if v.isBeyondDeadline { beyond += 1 }
            var reifegrad = ""
            if v.reifegradIst != nil || v.reifegradZiel != nil {
                reifegrad = (v.reifegradIst.map { String($0.rawValue) } ?? "?") + " → "
                    + (v.reifegradZiel.map { String($0.rawValue) } ?? "?")
            }
            var cells: [ReportValue] = [
                .text(v.titel), .integer(v.ozgId), v.loesungsansatz.map(ReportValue.text) ?? .empty,
                v.verantwortlich.map(ReportValue.text) ?? .empty, v.start.map(ReportValue.date) ?? .empty,
                v.ende.map(ReportValue.date) ?? .empty, .verdict(v.status.label),
                reifegrad.isEmpty ? .empty : .text(reifegrad),
                RoadmapReport.flag(v, stand: stand).map(ReportValue.verdict) ?? .empty,
            ]
            let from = v.start ?? v.ende, to = v.ende ?? v.start
            for q in quarters {
                if let from, let to, q.last >= from, q.first <= to {
                    cells.append(.verdict(v.status.label))
                } else {
                    cells.append(.empty)
                }
            }
            rows.append(ReportRow(cells))
        }
        let roadmap = ReportTable(title: "Umsetzungsvorhaben", columns: columns, rows: rows, frozenColumns: 1)

        // Go-lives per quarter: planned ends of Vorhaben that are not zurückgestellt.
        var goLive: [Quarter: (all: Int, done: Int)] = [:]
        for v in list where v.status != .zurueckgestellt {
            guard let e = v.ende else { continue }
            var c = goLive[Quarter(e), default: (0, 0)]
            c.all += 1
            if v.status == .umgesetzt { c.done += 1 }
            goLive[Quarter(e)] = c
        }
        var goRows: [ReportRow] = []
        var running = 0, doneTotal = 0
        for q in quarters {
            let c = goLive[q] ?? (0, 0)
            running += c.all
            doneTotal += c.done
            goRows.append(ReportRow([.text(q.label), .integer(c.all), .integer(c.done), .integer(running)]))
        }
        goRows.append(ReportRow([.text("Summe"), .integer(running), .integer(doneTotal), .empty], role: .total))
        let goTable = ReportTable(
            title: "Go-Lives je Quartal",
            columns: [
                ReportColumn("Quartal", width: 10), ReportColumn("Go-Lives", kind: .integer, width: 10),
                ReportColumn("davon umgesetzt", kind: .integer, width: 14), ReportColumn("kumuliert", kind: .integer, width: 11),
            ], rows: goRows)

        var statusRows = VorhabenStatus.allCases.map { s in ReportRow([.verdict(s.label), .integer(byStatus[s] ?? 0)]) }
        statusRows.append(ReportRow([.verdict(RoadmapReport.lateFlag), .integer(late)]))
        statusRows.append(ReportRow([.verdict(RoadmapReport.deadlineFlag), .integer(beyond)]))
        statusRows.append(ReportRow([.verdict("Vorhaben insgesamt"), .integer(list.count)], role: .total))
        let statusTable = ReportTable(
            title: "Vorhaben nach Status",
            columns: [ReportColumn("Status", kind: .verdict, width: 26), ReportColumn("Anzahl", kind: .integer, width: 10)],
            rows: statusRows)

        let notes = [
            "OZG-Frist: 31.12.2022 (Spalte „\(RoadmapReport.deadlineQuarter.label) (OZG-Frist)“).",
            "verspätet: Ende vor dem Stand \(ReportValue.germanDate(stand)) und nicht umgesetzt oder zurückgestellt; nach OZG-Frist: Ende nach dem 31.12.2022.",
            "Reifegrad: Ist → Ziel (0 Offline, 1 Information, 2 Formular-Assistent, 3 Online-Leistung, 4 Online-Transaktion).",
        ] + ReportSupport.notes(for: model)
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model),
            isSampleData: model.isSampleData,
            sheets: [
                ReportSheet(name: "Roadmap", tables: [roadmap], notes: notes),
                ReportSheet(
                    name: "Go-Lives", tables: [goTable],
                    charts: [ReportChart(kind: .line, title: "Go-Lives kumuliert", valueColumns: [3])],
                    notes: ReportSupport.notes(for: model)),
                ReportSheet(
                    name: "Übersicht", tables: [statusTable],
                    charts: [ReportChart(kind: .bar, title: "Vorhaben nach Status", valueColumns: [1])],
                    notes: ReportSupport.notes(for: model)),
            ])
    }
}
