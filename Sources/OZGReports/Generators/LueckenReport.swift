import OZGDomain
import OZGSpreadsheet

/// „Lücken und wer helfen kann“: per council the Leistungen relevant to it and not online there,
/// with the councils that already offer them.
///
/// A gap is a Leistung relevant to the council (its Kommunaltyp's verdict, or its exception) whose
/// state is not online: the council's own report says `offen`, `in Planung` or `in Umsetzung`,
/// or nothing is known and the dashboard does not list it online. `nicht zuständig` is no gap.
/// Ordered by the council's Priorität (hoch, mittel, niedrig, none), then Fallzahl (largest
/// first), then catalogue order. `online bei` names every other council that offers it online
/// (`; `-separated) with its solution and kind, or `(laut Dashboard)`.
///
/// Per council (``perKommunePlan(model:options:)``, or `--kommune NAME`): one sheet „Lücken“.
/// Without a council: an overview and a sheet per council.
public struct LueckenReport: PerKommuneReportGenerator {
    public let name = "luecken"
    public let title = "Lücken und wer helfen kann"
    public let summary = "Je Kommune die relevanten Leistungen, die dort nicht online sind, nach Priorität und Fallzahl, mit den Kommunen, die sie schon anbieten"

    public init() {}

    static let columns = UmsetzungIndex.leistungColumns + [
        ReportColumn("Umsetzungsstand", kind: .verdict, width: 15), ReportColumn("Priorität", width: 9),
        ReportColumn("Fallzahl pro Jahr", kind: .integer, width: 9), ReportColumn("geplant bis", kind: .paragraph, width: 10),
        ReportColumn("online bei", kind: .paragraph, width: 36),
    ]

    /// What every council's table shares: the index, the selected rows and who offers each row.
    struct Shared: @unchecked Sendable {
        let index: UmsetzungIndex
        let rows: [Int]
        /// Per catalogue row: the councils offering it (council index, text).
        let anbieter: [[(Int, String)]]

        init(model: DomainModel, options: ReportOptions) throws {
            index = UmsetzungIndex(model: model)
            rows = try UmsetzungIndex.rows(model: model, options: options)
            var a = [[(Int, String)]](repeating: [], count: model.catalog.einzelleistungen.count)
            for r in rows {
                for k in index.kommunen.indices {
                    if let t = index.anbieter(k, r) { a[r].append((k, t)) }
                }
            }
            anbieter = a
        }
    }

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let kommunen = try options.selectedKommunen(in: model)
        let shared = try Shared(model: model, options: options)
        if options.kommune != nil, kommunen.count == 1 { return try document(model: model, options: options, shared: shared, kommune: kommunen[0]) }
        var overview = ReportTable(
            title: "Lücken je Kommune",
            columns: [
                ReportColumn("Kommune", width: 26), ReportColumn("Kommunaltyp", width: 26),
                ReportColumn("Lücken", kind: .integer, width: 9), ReportColumn("davon anderswo online", kind: .integer, width: 12),
            ], frozenColumns: 1)
        var sheets: [ReportSheet] = []
        for k in kommunen {
            let table = try Self.table(shared: shared, kommune: k)
            let elsewhere = table.rows.filter { !$0[Self.columns.count - 1].isEmpty }.count
            overview.rows.append(ReportRow([.text(k.name), .text(k.kommunaltyp), .integer(table.rows.count), .integer(elsewhere)]))
            sheets.append(ReportSheet(name: k.name, tables: [table]))
        }
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model), isSampleData: model.isSampleData,
            sheets: [ReportSheet(name: "Übersicht", tables: [overview], notes: Self.notes + ReportSupport.notes(for: model))] + sheets,
            author: model.settings.herausgeber, company: model.settings.herausgeber)
    }

    public func generatePerKommune(model: DomainModel, options: ReportOptions) throws -> [KommuneReport] {
        try perKommunePlan(model: model, options: options).reports()
    }

    public func perKommunePlan(model: DomainModel, options: ReportOptions) throws -> PerKommunePlan {
        let kommunen = try options.selectedKommunen(in: model)
        let shared = try Shared(model: model, options: options)
        return PerKommunePlan(entries: ReportSupport.planEntries(kommunen, prefix: "luecken-")) { i in
            try self.document(model: model, options: options, shared: shared, kommune: kommunen[i])
        }
    }

    static let notes = [
        "Lücke: relevant für die Kommune (Bewertung ihres Kommunaltyps ja oder teilweise, oder ihre abweichende Bewertung) und dort nicht online; "
            + "„nicht zuständig“ ist keine Lücke. Ohne eigene Meldung gilt eine Leistung als online, wenn der Dashboard-Export sie dort online nennt.",
        "Reihenfolge: Priorität (hoch, mittel, niedrig, ohne), dann Fallzahl pro Jahr (größte zuerst), dann Katalog.",
        "online bei: die anderen Kommunen, die die Leistung schon online anbieten, mit Lösung und Art der Lösung; „laut Dashboard“, wo nur der Export es sagt.",
    ]

    func document(model: DomainModel, options: ReportOptions, shared: Shared, kommune: Kommune) throws -> ReportDocument {
        let table = try Self.table(shared: shared, kommune: kommune)
        return ReportDocument(
            title: "\(title): \(kommune.name)", subtitle: options.filterDescription(), stand: options.stand(for: model),
            isSampleData: model.isSampleData,
            sheets: [ReportSheet(name: "Lücken", tables: [table], notes: Self.notes + ReportSupport.notes(for: model))],
            author: model.settings.herausgeber, company: model.settings.herausgeber)
    }

    /// The gaps of one council, ordered.
    static func table(shared: Shared, kommune: Kommune) throws -> ReportTable {
        let index = shared.index
        guard let k = index.kommune(named: kommune.name) else { throw ReportError.unknownKommune(kommune.name) }
        var gaps: [(prio: Int, fall: Int, row: Int, status: KommuneStatus?, lage: UmsetzungIndex.Lage)] = []
        for r in shared.rows where index.isRelevant(k, r) {
            let lage = index.lage(k, r)
            guard lage == .offen || lage == .inPlanung || lage == .inUmsetzung else { continue }
            let s = index.own(k, r)
            let prio = s?.prioritaet.map { Prioritaet.allCases.firstIndex(of: $0) ?? 3 } ?? 3
            gaps.append((prio, s?.fallzahl ?? -1, r, s, lage))
        }
        gaps.sort { ($0.prio, -$0.fall, $0.row) < ($1.prio, -$1.fall, $1.row) }
        var table = ReportTable(title: "Lücken von \(kommune.name)", columns: columns)
        table.rows.reserveCapacity(gaps.count)
        for g in gaps {
            let s = g.status
            let bei = shared.anbieter[g.row].filter { $0.0 != k }.map(\.1).joined(separator: "; ")
            table.rows.append(ReportRow(
                UmsetzungIndex.leistungCells(index.catalog[g.row]) + [
                    .verdict(s?.stand.label ?? Umsetzungsstand.offen.label), s?.prioritaet.map { .text($0.label) } ?? .empty,
                    s?.fallzahl.map(ReportValue.integer) ?? .empty, s?.geplantBis.map(ReportValue.text) ?? .empty,
                    bei.isEmpty ? .empty : .text(bei),
                ]))
        }
        return table
    }
}
