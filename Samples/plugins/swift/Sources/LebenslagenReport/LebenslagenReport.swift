import OZGDomain
import OZGReports

/// „Abdeckung je Lebenslage“: a report that OZGKit does not ship, added from outside.
///
/// Per Lage (Lebens- or Geschäftslage) of each Themenfeld: the number of Einzelleistungen, how
/// many are relevant (`ja` or `teilweise`) for at least one Kommunaltyp, how many are still open
/// for some Kommunaltyp, and the share relevant. A total row and a bar chart close it.
public struct LebenslagenReport: ReportGenerator {
    public let name = "lebenslagen"
    public let title = "Abdeckung je Lebenslage"
    public let summary = "Je Lebens- und Geschäftslage: Einzelleistungen, relevant für mindestens einen Kommunaltyp, offen"

    public init() {}

    /// Registers the report in the shared registry (call once at start-up).
    public static func register(in registry: ReportRegistry = .shared) {
        registry.register(LebenslagenReport())
    }

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let themen = Set(try options.selectedThemenfelder(in: model))
        let types = try options.selectedKommunaltypen(in: model)
        struct Key: Hashable { var thema: String; var lage: String }
        var order: [Key] = []
        var counts: [Key: (all: Int, relevant: Int, open: Int)] = [:]
        for e in model.catalog.einzelleistungen where themen.contains(e.themenfeld) {
            let key = Key(thema: e.themenfeld, lage: e.lage)
            if counts[key] == nil { order.append(key) }
            var c = counts[key, default: (0, 0, 0)]
            let verdicts = types.map { model.relevanz(e.id, $0.name) }
            c.all += 1
            if verdicts.contains(where: \.isRelevant) { c.relevant += 1 }
            if verdicts.contains(.offen) { c.open += 1 }
            counts[key] = c
        }
        var rows: [ReportRow] = []
        var total = (all: 0, relevant: 0, open: 0)
        for key in order {
            let c = counts[key] ?? (0, 0, 0)
            rows.append(ReportRow([
                .text(key.thema), .text(key.lage), .integer(c.all), .integer(c.relevant), .integer(c.open),
                c.all == 0 ? .empty : .percent(Double(c.relevant) / Double(c.all)),
            ]))
            total.all += c.all
            total.relevant += c.relevant
            total.open += c.open
        }
        rows.append(ReportRow([
            .text("Summe"), .empty, .integer(total.all), .integer(total.relevant), .integer(total.open),
            total.all == 0 ? .empty : .percent(Double(total.relevant) / Double(total.all)),
        ], role: .total))
        let table = ReportTable(
            title: title,
            columns: [
                ReportColumn("Themenfeld", width: 28), ReportColumn("Lage", width: 40),
                ReportColumn("Einzelleistungen", kind: .integer, width: 14), ReportColumn("relevant", kind: .integer, width: 10),
                ReportColumn("offen", kind: .integer, width: 8), ReportColumn("Anteil relevant", kind: .percent, width: 12),
            ],
            rows: rows, frozenColumns: 2)
        return ReportDocument(
            title: title, stand: options.stand ?? model.stand, isSampleData: model.isSampleData,
            sheets: [ReportSheet(
                name: "Lebenslagen", tables: [table],
                charts: [ReportChart(kind: .bar, title: "Relevante Einzelleistungen je Lage", categoryColumn: 1, valueColumns: [2, 3])],
                notes: ["relevant: ja oder teilweise für mindestens einen Kommunaltyp; offen: für mindestens einen Kommunaltyp noch nicht bewertet."])])
    }
}
