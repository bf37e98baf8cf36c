import OZGDomain
import OZGSpreadsheet

/// „Abdeckung je Themenfeld“: how far the Paten have got, per Themenfeld.
///
/// Per Themenfeld: the Pate, the number of Einzelleistungen, how many are `vollständig
/// bewertet` (a verdict other than `offen` for every Kommunaltyp), per Kommunaltyp the number
/// relevant (`ja` or `teilweise`), the progress (vollständig bewertet ÷ Einzelleistungen) and the
/// date of the last update (the latest `ingestedAt` of the Themenfeld's verdicts). A total row
/// closes the table; charts show progress and relevance.
public struct AbdeckungReport: ReportGenerator {
    public let name = "abdeckung"
    public let title = "Abdeckung je Themenfeld"
    public let summary = "Je Themenfeld: Pate, Einzelleistungen, vollständig bewertet, relevant je Kommunaltyp, Fortschritt"

    public init() {}

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let themen = try options.selectedThemenfelder(in: model)
        let types = try options.selectedKommunaltypen(in: model)
        let allTypes = model.kommunaltypen.types
        let index = RelevanzIndex(model: model)
        let typeIndexes = types.map { index.typeIndex(of: $0.name) }
        var byThema: [String: [Int]] = [:]
        for (i, e) in model.catalog.einzelleistungen.enumerated() { byThema[e.themenfeld, default: []].append(i) }

        var columns = [
            ReportColumn("Themenfeld", width: 34), ReportColumn("Pate", width: 22),
            ReportColumn("Einzelleistungen", kind: .integer, width: 14),
            ReportColumn("vollständig bewertet", kind: .integer, width: 14),
        ]
        for t in types { columns.append(ReportColumn(t.name, kind: .integer, width: 14)) }
        columns.append(ReportColumn("Fortschritt", kind: .percent, width: 12))
        columns.append(ReportColumn("Letzte Aktualisierung", kind: .date, width: 14))

        var rows: [ReportRow] = []
        var totalCount = 0, totalComplete = 0
        var totalRelevant = Array(repeating: 0, count: types.count)
        var totalLatest: CalendarDate?
        for thema in themen {
            let list = byThema[thema] ?? []
            var complete = 0
            var relevant = Array(repeating: 0, count: types.count)
            var latest: CalendarDate?
            for row in list {
                // Complete means decided for every Kommunaltyp of the workspace, not only the filtered ones.
                var decidedAll = true
                for t in allTypes.indices {
                    let v = index.verdicts[row][t]
                    if (v?.relevanz ?? .offen) == .offen { decidedAll = false }
                    if let stamp = v?.provenance?.ingestedAt, let d = ReportSupport.date(ofTimestamp: stamp) {
                        if latest.map({ d > $0 }) ?? true { latest = d }
                    }
                }
                if decidedAll { complete += 1 }
                for (i, t) in typeIndexes.enumerated() {
                    if let t, index.relevanz(row: row, type: t).isRelevant { relevant[i] += 1 }
                }
            }
            var cells: [ReportValue] = [
                .text(thema), model.pate(for: thema).map { .text($0.name) } ?? .empty, .integer(list.count), .integer(complete),
            ]
            cells += relevant.map { .integer($0) }
            cells.append(list.isEmpty ? .empty : .percent(Double(complete) / Double(list.count)))
            cells.append(latest.map(ReportValue.date) ?? .empty)
            rows.append(ReportRow(cells))
            totalCount += list.count
            totalComplete += complete
            for i in relevant.indices { totalRelevant[i] += relevant[i] }
            if let latest, totalLatest.map({ latest > $0 }) ?? true { totalLatest = latest }
        }
        var total: [ReportValue] = [.text("Summe"), .empty, .integer(totalCount), .integer(totalComplete)]
        total += totalRelevant.map { .integer($0) }
        total.append(totalCount == 0 ? .empty : .percent(Double(totalComplete) / Double(totalCount)))
        total.append(totalLatest.map(ReportValue.date) ?? .empty)
        rows.append(ReportRow(total, role: .total))

        let table = ReportTable(title: "Abdeckung je Themenfeld", columns: columns, rows: rows, frozenColumns: 1)
        let charts = [
            ReportChart(kind: .bar, title: "Bewertungsstand je Themenfeld", categoryColumn: 0, valueColumns: [2, 3]),
            ReportChart(
                kind: .bar, title: "Relevante Einzelleistungen je Kommunaltyp", categoryColumn: 0,
                valueColumns: Array(4..<(4 + types.count))),
        ]
        var notes = [
            "vollständig bewertet: für jeden Kommunaltyp liegt eine Bewertung vor (ja, teilweise oder nein).",
            "Relevant je Kommunaltyp: Bewertung ja oder teilweise. Fortschritt: vollständig bewertet ÷ Einzelleistungen.",
        ]
        notes += ReportSupport.notes(for: model)
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model),
            isSampleData: model.isSampleData,
            sheets: [ReportSheet(name: "Abdeckung", tables: [table], charts: charts, notes: notes)])
    }
}
