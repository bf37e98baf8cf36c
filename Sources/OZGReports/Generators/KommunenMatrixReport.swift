import OZGDomain
import OZGSpreadsheet

/// „Kommunen-Matrix“: for each member council the Einzelleistungen relevant to it.
///
/// A council's verdict is its Kommunaltyp's, unless a council-specific exception overrides it.
/// ``generatePerKommune(model:options:)`` makes one council pack per council (to send out: the
/// sheets `Hinweise`, `Relevante Leistungen` and, where the group has them, `Vorhaben`; see
/// ``KommunenPack``); ``generate(model:options:)`` puts every selected council on a sheet of one
/// document, or returns the pack when the options name a single council.
public struct KommunenMatrixReport: PerKommuneReportGenerator {
    public let name = "kommunen-matrix"
    public let title = "Kommunen-Matrix"
    public let summary = "Je Mitgliedskommune eine Mappe zum Versand: Hinweise, relevante Einzelleistungen, Vorhaben"

    public init() {}

    /// The name of the sheet with the relevant Einzelleistungen in a council pack.
    public static let leistungenSheet = "Relevante Leistungen"
    /// The column the council writes its reply into.
    public static let replyColumn = "Ihre Rückmeldung"

    static func columns(withReply: Bool) -> [ReportColumn] {
        var c = [
            ReportColumn("Themenfeld", kind: .paragraph, width: 18), ReportColumn("OZG-ID", kind: .integer, width: 8),
            ReportColumn("OZG-Leistung", kind: .paragraph, width: 24), ReportColumn("LeiKa-Schlüssel", width: 16),
            ReportColumn("Leistungsbezeichnung", kind: .paragraph, width: 44), ReportColumn("Relevanz", kind: .verdict, width: 11),
            ReportColumn("Hinweis", kind: .paragraph, width: 36),
        ]
        if withReply { c.append(ReportColumn(replyColumn, kind: .paragraph, width: 24)) }
        return c
    }

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        // One council by name (`--kommune`): its pack, as it is sent out.
        if options.kommune != nil, let pack = try generatePerKommune(model: model, options: options).first,
            try options.selectedKommunen(in: model).count == 1
        {
            return pack.document
        }
        let kommunen = try options.selectedKommunen(in: model)
        let themen = try options.selectedThemenfelder(in: model)
        let shared = Shared(model: model, themen: themen)
        var sheets: [ReportSheet] = []
        var overview: [ReportRow] = []
        for k in kommunen {
            let (table, counts) = KommunenMatrixReport.relevantTable(model: model, shared: shared, kommune: k, withReply: false)
            sheets.append(ReportSheet(name: k.name, tables: [table]))
            overview.append(ReportRow([
                .text(k.name), .text(k.kommunaltyp), .integer(counts.ja), .integer(counts.teilweise),
                .integer(counts.ja + counts.teilweise), .integer(counts.ausnahmen),
            ]))
        }
        let overviewTable = ReportTable(
            title: "Relevante Einzelleistungen je Kommune",
            columns: [
                ReportColumn("Kommune", width: 28), ReportColumn("Kommunaltyp", width: 30),
                ReportColumn("ja", kind: .integer, width: 8), ReportColumn("teilweise", kind: .integer, width: 10),
                ReportColumn("relevant", kind: .integer, width: 10), ReportColumn("abweichend bewertet", kind: .integer, width: 12),
            ], rows: overview, frozenColumns: 1)
        sheets.insert(ReportSheet(name: "Übersicht", tables: [overviewTable], notes: ReportSupport.notes(for: model)), at: 0)
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model),
            isSampleData: model.isSampleData, sheets: sheets, author: model.settings.herausgeber,
            company: model.settings.herausgeber)
    }

    public func generatePerKommune(model: DomainModel, options: ReportOptions) throws -> [KommuneReport] {
        try perKommunePlan(model: model, options: options).reports()
    }

    /// The councils and their file name stems; the shared lookups (verdicts by catalogue row and
    /// Kommunaltyp, exceptions by council, Vorhaben) are computed once here, each council's pack
    /// on demand.
    public func perKommunePlan(model: DomainModel, options: ReportOptions) throws -> PerKommunePlan {
        let kommunen = try options.selectedKommunen(in: model)
        let themen = try options.selectedThemenfelder(in: model)
        let shared = Shared(model: model, themen: themen)
        return PerKommunePlan(entries: ReportSupport.planEntries(kommunen, prefix: "kommunen-matrix-")) { i in
            let k = kommunen[i]
            let (table, counts) = KommunenMatrixReport.relevantTable(model: model, shared: shared, kommune: k, withReply: true)
            return KommunenPack(model: model, options: options, kommune: k, leistungen: table, counts: counts, plans: shared.plans)
                .document()
        }
    }

    /// How many Einzelleistungen a council's list holds, by kind.
    struct Counts {
        var ja = 0, teilweise = 0, offen = 0, ausnahmen = 0, total = 0
    }

    /// What every council's table shares, computed once per report: the verdicts by row and
    /// type, the Vorhaben by Einzelleistung, and the first five cells of each selected catalogue
    /// row (`nil` for rows whose Themenfeld is not selected).
    struct Shared: @unchecked Sendable {
        let index: RelevanzIndex
        let plans: VorhabenLookup
        let leadingCells: [[ReportValue]?]

        init(model: DomainModel, themen: [String]) {
            index = RelevanzIndex(model: model)
            plans = VorhabenLookup(model.vorhaben)
            let wanted = Set(themen)
            leadingCells = model.catalog.einzelleistungen.map { e in
                guard wanted.contains(e.themenfeld) else { return nil }
                return [.text(e.themenfeld), .integer(e.ozgId), .text(e.ozgLeistung), .text(e.leikaDisplay), .text(e.bezeichnung)]
            }
        }
    }

    /// The relevant Einzelleistungen of one council, and its counts.
    static func relevantTable(model: DomainModel, shared: Shared, kommune k: Kommune, withReply: Bool) -> (ReportTable, Counts) {
        let index = shared.index
        var counts = Counts()
        var rows: [ReportRow] = []
        let type = index.typeIndex(of: k.kommunaltyp) ?? model.kommunaltypen.match(k.kommunaltyp).flatMap { index.typeIndex(of: $0.name) }
        let exceptions = index.exceptions[k.name] ?? [:]
        let catalog = model.catalog.einzelleistungen
        for (i, leading) in shared.leadingCells.enumerated() {
            guard let leading else { continue }
            counts.total += 1
            let exception = exceptions[i]
            let r = exception?.relevanz ?? type.map { index.relevanz(row: i, type: $0) } ?? .offen
            if r == .offen { counts.offen += 1 }
            guard r.isRelevant else { continue }
            if r == .ja { counts.ja += 1 } else { counts.teilweise += 1 }
            if exception != nil { counts.ausnahmen += 1 }
            let e = catalog[i]
            let hint = KommunenPack.hint(
                relevanz: r, exception: exception, kommune: k, vorhaben: shared.plans.vorhaben(for: e), pate: model.pate(for: e.themenfeld))
            var cells = leading
            cells.reserveCapacity(8)
            cells.append(.verdict(r.rawValue))
            cells.append(hint.isEmpty ? .empty : .text(hint))
            if withReply { cells.append(.empty) }
            rows.append(ReportRow(cells))
        }
        let table = ReportTable(
            title: "Relevante Einzelleistungen für \(k.name)", columns: KommunenMatrixReport.columns(withReply: withReply), rows: rows)
        return (table, counts)
    }
}
