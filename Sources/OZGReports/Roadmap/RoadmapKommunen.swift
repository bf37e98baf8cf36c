import OZGDomain
import OZGSpreadsheet

/// The councils' own plans in the roadmap: the `geplant bis` of their status reports
/// (``KommuneStatus/geplantBisDatum``) beside the group's Vorhaben.
///
/// A plan is a council's own status for a Leistung of the selected Themenfelder that is neither
/// `online` nor `nicht zuständig` and has a date; it is `verspätet` when that date lies before
/// the Stand. The calendar (`.ics`) gets them only for one council (`--kommune`): hundreds of
/// councils times their Leistungen would bury the group's own dates.
struct RoadmapKommunen {
    struct Plan {
        var kommune: String
        var row: Int
        var status: KommuneStatus
        var datum: CalendarDate
    }

    let plans: [Plan]
    let catalog: [Einzelleistung]

    init(model: DomainModel, options: ReportOptions) throws {
        let rows = Set(try UmsetzungIndex.rows(model: model, options: options))
        let kommunen = Set(try options.selectedKommunen(in: model).map(\.name))
        let rowOf = model.catalog.indexByID()
        catalog = model.catalog.einzelleistungen
        var out: [Plan] = []
        for s in model.umsetzung where s.quelle == .kommune && !s.isOnline && s.stand != .nichtZustaendig {
            guard let d = s.geplantBisDatum, kommunen.contains(s.kommune), let r = rowOf[s.einzelleistung], rows.contains(r) else { continue }
            out.append(Plan(kommune: s.kommune, row: r, status: s, datum: d))
        }
        plans = out.sorted { ($0.datum, $0.kommune, $0.row) < ($1.datum, $1.kommune, $1.row) }
    }

    var isEmpty: Bool { plans.isEmpty }

    /// Per quarter: the councils' planned go-lives, the councils planning, the group's planned
    /// Vorhaben, and both running totals (the chart's series).
    func quarterTable(figures: RoadmapFigures, meilensteine: [Meilenstein]) -> ReportTable {
        var byQuarter: [Quarter: (count: Int, kommunen: Set<String>)] = [:]
        for p in plans {
            byQuarter[Quarter(p.datum), default: (0, [])].count += 1
            byQuarter[Quarter(p.datum), default: (0, [])].kommunen.insert(p.kommune)
        }
        let all = Set(byQuarter.keys).union(figures.planned.keys)
        var rows: [ReportRow] = []
        if let first = all.min(), let last = all.max() {
            var kommunenSum = 0, gruppeSum = 0
            for q in Quarter.range(first, last) {
                let k = byQuarter[q]?.count ?? 0, g = figures.planned[q] ?? 0
                kommunenSum += k
                gruppeSum += g
                rows.append(ReportRow([
                    .text(RoadmapReport.label(q, meilensteine: meilensteine)), .integer(k), .integer(byQuarter[q]?.kommunen.count ?? 0),
                    .integer(g), .integer(kommunenSum), .integer(gruppeSum),
                ]))
            }
            rows.append(ReportRow([.text("Summe"), .integer(kommunenSum), .empty, .integer(gruppeSum), .empty, .empty], role: .total))
        }
        return ReportTable(
            title: "Geplante Go-Lives je Quartal: Kommunen und Vorhaben der Gruppe",
            columns: [
                ReportColumn("Quartal", width: 11), ReportColumn("Kommunen: Leistungen geplant", kind: .integer, width: 13),
                ReportColumn("Kommunen mit Planung", kind: .integer, width: 12), ReportColumn("Vorhaben der Gruppe geplant", kind: .integer, width: 13),
                ReportColumn("Kommunen kumuliert", kind: .integer, width: 12), ReportColumn("Vorhaben kumuliert", kind: .integer, width: 12),
            ], rows: rows)
    }

    /// One row per council plan, by date.
    func listTable(stand: CalendarDate) -> ReportTable {
        ReportTable(
            title: "Geplante Leistungen der Kommunen",
            columns: [
                ReportColumn("Kommune", width: 24), ReportColumn("Themenfeld", kind: .paragraph, width: 18),
                ReportColumn("LeiKa-Schlüssel", width: 16), ReportColumn("Leistungsbezeichnung", kind: .paragraph, width: 40),
                ReportColumn("Umsetzungsstand", kind: .verdict, width: 13), ReportColumn("geplant bis", width: 12),
                ReportColumn("Datum", kind: .date, width: 11), ReportColumn(RoadmapReport.lateFlag, kind: .verdict, width: 11),
            ],
            rows: plans.map { p in
                let e = catalog[p.row]
                return ReportRow([
                    .text(p.kommune), .text(e.themenfeld), .text(e.leikaDisplay), .text(e.bezeichnung), .verdict(p.status.stand.label),
                    p.status.geplantBis.map(ReportValue.text) ?? .empty, .date(p.datum),
                    p.datum < stand ? .verdict(RoadmapReport.lateFlag) : .empty,
                ])
            }, frozenColumns: 1)
    }

    /// The sheet „Kommunen geplant“.
    func sheet(figures: RoadmapFigures, stand: CalendarDate, meilensteine: [Meilenstein], notes sample: [String]) -> ReportSheet {
        ReportSheet(
            name: "Kommunen geplant", tables: [quarterTable(figures: figures, meilensteine: meilensteine), listTable(stand: stand)],
            charts: [ReportChart(kind: .line, title: "Geplante Go-Lives kumuliert: Kommunen und Vorhaben der Gruppe", valueColumns: [4, 5])],
            notes: [
                "Kommunen: „geplant bis“ aus dem Umsetzungsstand der Kommunen, für Leistungen, die dort weder online noch „nicht zuständig“ sind; "
                    + "im Quartal des Datums (ein Quartal zählt mit seinem letzten Tag). Vorhaben der Gruppe: geplant oder in Umsetzung, im Quartal ihres geplanten Endes.",
                "verspätet: das Datum liegt vor dem Stand \(ReportValue.germanDate(stand)).",
            ] + sample)
    }
}
