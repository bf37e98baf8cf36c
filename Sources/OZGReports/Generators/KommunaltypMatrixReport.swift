import OZGDomain
import OZGSpreadsheet

/// „Kommunaltyp-Matrix“: every Einzelleistung against the Kommunaltypen, each cell the verdict.
///
/// Sheet „Matrix“ groups the Einzelleistungen by Themenfeld (group rows) and OZG-Leistung
/// (sub-group rows, `10092 Wohngeld`), in catalogue order; Einzelleistungen nobody has rated
/// for any of the selected Kommunaltypen are left out (and counted in a note) unless
/// ``ReportOptions/includeUnrated`` is set. Sheet „Übersicht“ counts the relevant
/// ones (`ja` or `teilweise`) per Themenfeld and Kommunaltyp, as a heat map with a total row.
public struct KommunaltypMatrixReport: ReportGenerator {
    public let name = "kommunaltyp-matrix"
    public let title = "Kommunaltyp-Matrix"
    public let summary = "Einzelleistungen nach Themenfeld und OZG-Leistung gegen die Kommunaltypen, Bewertung farbig"

    public init() {}

    /// Says how many Einzelleistungen the matrix leaves out because nobody has rated them yet.
    func unratedNote(_ n: Int) -> [String] {
        guard n > 0 else { return [] }
        return [
            "Nicht aufgeführt: \(KommunenPack.number(n)) Einzelleistungen, die noch für keinen Kommunaltyp bewertet sind "
                + "(die vollständige Liste erzeugt „ozg report kommunaltyp-matrix --all“).",
        ]
    }

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let themen = try options.selectedThemenfelder(in: model)
        let types = try options.selectedKommunaltypen(in: model)
        let index = RelevanzIndex(model: model)
        let typeIndexes = types.map { index.typeIndex(of: $0.name) }
        var byThema: [String: [(row: Int, e: Einzelleistung)]] = [:]
        for (i, e) in model.catalog.einzelleistungen.enumerated() { byThema[e.themenfeld, default: []].append((i, e)) }

        var columns = [
            ReportColumn("LeiKa-Schlüssel", width: 16), ReportColumn("Leistungsbezeichnung", width: 60),
            ReportColumn("LeiKa-Typ", width: 9),
        ]
        for t in types { columns.append(ReportColumn(t.name, kind: .verdict, width: 13)) }

        var rows: [ReportRow] = []
        var summaryRows: [ReportRow] = []
        var totals = Array(repeating: 0, count: types.count)
        var totalCount = 0
        var unrated = 0
        for thema in themen {
            let list = byThema[thema] ?? []
            // OZG-Leistungen in order of first appearance within the Themenfeld.
            var order: [Int] = []
            var members: [Int: [(row: Int, e: Einzelleistung)]] = [:]
            for (row, e) in list {
                if members[e.ozgId] == nil { order.append(e.ozgId) }
                members[e.ozgId, default: []].append((row, e))
            }
            var relevant = Array(repeating: 0, count: types.count)
            var themaRows: [ReportRow] = []
            for id in order {
                let group = members[id] ?? []
                var groupRows: [ReportRow] = []
                for (row, e) in group {
                    var cells: [ReportValue] = [.text(e.leikaDisplay), .text(e.bezeichnung), .text(e.typ.raw)]
                    var rated = false
                    for (i, t) in typeIndexes.enumerated() {
                        let r = t.map { index.relevanz(row: row, type: $0) } ?? .offen
                        cells.append(.verdict(r.rawValue))
                        if r.isRelevant { relevant[i] += 1 }
                        if r.isDecided { rated = true }
                    }
                    // What nobody has rated yet is left out unless asked for (--all).
                    if rated || options.includeUnrated { groupRows.append(ReportRow(cells)) } else { unrated += 1 }
                }
                if !groupRows.isEmpty {
                    themaRows.append(ReportRow([.text("\(id) \(group.first?.e.ozgLeistung ?? "")")], role: .subgroup))
                    themaRows += groupRows
                }
            }
            if !themaRows.isEmpty {
                rows.append(ReportRow([.text(thema)], role: .group))
                rows += themaRows
            }
            summaryRows.append(ReportRow([.text(thema), .integer(list.count)] + relevant.map { .integer($0) }))
            totalCount += list.count
            for i in relevant.indices { totals[i] += relevant[i] }
        }
        summaryRows.append(ReportRow([.text("Summe"), .integer(totalCount)] + totals.map { .integer($0) }, role: .total))

        let matrix = ReportTable(title: "Bewertung je Kommunaltyp", columns: columns, rows: rows, frozenColumns: 2)
        var summaryColumns = [ReportColumn("Themenfeld", width: 34), ReportColumn("Einzelleistungen", kind: .integer, width: 14)]
        for t in types { summaryColumns.append(ReportColumn(t.name, kind: .integer, width: 14)) }
        let summaryTable = ReportTable(
            title: "Relevante Einzelleistungen je Themenfeld und Kommunaltyp", columns: summaryColumns, rows: summaryRows,
            heatMap: true, heatMapColumns: Array(2..<(2 + types.count)), frozenColumns: 1)

        let legend = "Farben: ja grün, teilweise gelb, nein rot, offen weiß (noch nicht bewertet)."
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model),
            isSampleData: model.isSampleData,
            sheets: [
                ReportSheet(
                    name: "Übersicht", tables: [summaryTable],
                    charts: [ReportChart(kind: .stackedBar, title: "Relevante Einzelleistungen", valueColumns: Array(2..<(2 + types.count)))],
                    notes: ["Gezählt werden Bewertungen ja oder teilweise."] + ReportSupport.notes(for: model)),
                ReportSheet(name: "Matrix", tables: [matrix], notes: [legend] + unratedNote(unrated) + ReportSupport.notes(for: model)),
            ])
    }
}
