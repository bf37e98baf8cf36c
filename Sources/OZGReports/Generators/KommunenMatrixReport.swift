import OZGDomain
import OZGSpreadsheet

/// „Kommunen-Matrix“: for each member council the Einzelleistungen relevant to it.
///
/// A council's verdict is its Kommunaltyp's, unless a council-specific exception overrides it.
/// ``generatePerKommune(model:options:)`` makes one document per council (to send out);
/// ``generate(model:options:)`` puts every selected council on a sheet of one document.
public struct KommunenMatrixReport: PerKommuneReportGenerator {
    public let name = "kommunen-matrix"
    public let title = "Kommunen-Matrix"
    public let summary = "Je Mitgliedskommune die für sie relevanten Einzelleistungen (Typ, Ausnahmen)"

    public init() {}

    static let columns = [
        ReportColumn("Themenfeld", width: 26), ReportColumn("OZG-ID", kind: .integer, width: 8),
        ReportColumn("OZG-Leistung", width: 32), ReportColumn("LeiKa-Schlüssel", width: 16),
        ReportColumn("Leistungsbezeichnung", width: 60), ReportColumn("Relevanz", kind: .verdict, width: 11),
        ReportColumn("Hinweis", width: 30),
    ]

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let kommunen = try options.selectedKommunen(in: model)
        let themen = try options.selectedThemenfelder(in: model)
        let shared = Shared(model: model, themen: themen)
        var sheets: [ReportSheet] = []
        var overview: [ReportRow] = []
        for k in kommunen {
            let (table, counts) = KommunenMatrixReport.relevantTable(model: model, shared: shared, kommune: k)
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
                ReportColumn("relevant", kind: .integer, width: 10), ReportColumn("Ausnahmen", kind: .integer, width: 11),
            ], rows: overview, frozenColumns: 1)
        sheets.insert(ReportSheet(name: "Übersicht", tables: [overviewTable], notes: ReportSupport.notes(for: model)), at: 0)
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model),
            isSampleData: model.isSampleData, sheets: sheets)
    }

    public func generatePerKommune(model: DomainModel, options: ReportOptions) throws -> [KommuneReport] {
        try perKommunePlan(model: model, options: options).reports()
    }

    /// The councils and their file name stems; the shared lookups (verdicts by catalogue row and
    /// Kommunaltyp, exceptions by council) are computed once here, each document on demand.
    public func perKommunePlan(model: DomainModel, options: ReportOptions) throws -> PerKommunePlan {
        let kommunen = try options.selectedKommunen(in: model)
        let themen = try options.selectedThemenfelder(in: model)
        let shared = Shared(model: model, themen: themen)
        let stand = options.stand(for: model)
        let sampleNotes = ReportSupport.notes(for: model)
        var used = Set<String>()
        var entries: [PerKommunePlan.Entry] = []
        for k in kommunen {
            var stem = "kommunen-matrix-" + FileNames.safeStem(k.name)
            var n = 2
            while !used.insert(stem.lowercased()).inserted {
                stem = "kommunen-matrix-" + FileNames.safeStem(k.name) + "-\(n)"
                n += 1
            }
            entries.append(PerKommunePlan.Entry(kommune: k, fileStem: stem))
        }
        let title = self.title
        return PerKommunePlan(entries: entries) { i in
            let k = kommunen[i]
            let (table, counts) = KommunenMatrixReport.relevantTable(model: model, shared: shared, kommune: k)
            var notes = [
                "Relevant sind Einzelleistungen mit der Bewertung ja oder teilweise für den Kommunaltyp „\(k.kommunaltyp)“; eine Ausnahme für \(k.name) geht vor.",
            ]
            if counts.offen > 0 {
                notes.append("\(counts.offen) Einzelleistungen sind für diesen Kommunaltyp noch nicht bewertet (offen) und fehlen in der Liste.")
            }
            notes += sampleNotes
            var subtitle = "Kommunaltyp: \(k.kommunaltyp)"
            if let kreis = k.kreis { subtitle += " · \(kreis)" }
            return ReportDocument(
                title: "\(title): \(k.name)", subtitle: subtitle, stand: stand, isSampleData: model.isSampleData,
                sheets: [ReportSheet(name: "Relevante Leistungen", tables: [table], notes: notes)])
        }
    }

    struct Counts {
        var ja = 0, teilweise = 0, offen = 0, ausnahmen = 0
    }

    /// What every council's table shares, computed once per report: the verdicts by row and
    /// type, and the first five cells of each selected catalogue row (`nil` for rows whose
    /// Themenfeld is not selected).
    struct Shared: Sendable {
        let index: RelevanzIndex
        let leadingCells: [[ReportValue]?]

        init(model: DomainModel, themen: [String]) {
            index = RelevanzIndex(model: model)
            let wanted = Set(themen)
            leadingCells = model.catalog.einzelleistungen.map { e in
                guard wanted.contains(e.themenfeld) else { return nil }
                return [.text(e.themenfeld), .integer(e.ozgId), .text(e.ozgLeistung), .text(e.leikaDisplay), .text(e.bezeichnung)]
            }
        }
    }

    /// The relevant Einzelleistungen of one council, and its counts.
    static func relevantTable(model: DomainModel, shared: Shared, kommune k: Kommune) -> (ReportTable, Counts) {
        let index = shared.index
        var counts = Counts()
        var rows: [ReportRow] = []
        let type = index.typeIndex(of: k.kommunaltyp) ?? model.kommunaltypen.match(k.kommunaltyp).flatMap { index.typeIndex(of: $0.name) }
        let exceptions = index.exceptions[k.name] ?? [:]
        for (i, leading) in shared.leadingCells.enumerated() {
            guard let leading else { continue }
            let exception = exceptions[i]
            let r = exception?.relevanz ?? type.map { index.relevanz(row: i, type: $0) } ?? .offen
            if r == .offen { counts.offen += 1 }
            guard r.isRelevant else { continue }
            if r == .ja { counts.ja += 1 } else { counts.teilweise += 1 }
            var hint: ReportValue = .empty
            if let exception {
                counts.ausnahmen += 1
                hint = .text("Ausnahme für \(k.name)" + (exception.note.map { ": \($0)" } ?? ""))
            }
            var cells = leading
            cells.reserveCapacity(7)
            cells.append(.verdict(r.rawValue))
            cells.append(hint)
            rows.append(ReportRow(cells))
        }
        return (ReportTable(title: "Relevante Einzelleistungen für \(k.name)", columns: KommunenMatrixReport.columns, rows: rows), counts)
    }
}
