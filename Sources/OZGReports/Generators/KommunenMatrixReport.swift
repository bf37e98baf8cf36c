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
        let index = RelevanzIndex(model: model)
        var sheets: [ReportSheet] = []
        var overview: [ReportRow] = []
        for k in kommunen {
            let (table, counts) = relevantTable(model: model, index: index, kommune: k, themen: themen)
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
        let kommunen = try options.selectedKommunen(in: model)
        let themen = try options.selectedThemenfelder(in: model)
        let index = RelevanzIndex(model: model)
        var used = Set<String>()
        var out: [KommuneReport] = []
        for k in kommunen {
            let (table, counts) = relevantTable(model: model, index: index, kommune: k, themen: themen)
            var notes = [
                "Relevant sind Einzelleistungen mit der Bewertung ja oder teilweise für den Kommunaltyp „\(k.kommunaltyp)“; eine Ausnahme für \(k.name) geht vor.",
            ]
            if counts.offen > 0 {
                notes.append("\(counts.offen) Einzelleistungen sind für diesen Kommunaltyp noch nicht bewertet (offen) und fehlen in der Liste.")
            }
            notes += ReportSupport.notes(for: model)
            var subtitle = "Kommunaltyp: \(k.kommunaltyp)"
            if let kreis = k.kreis { subtitle += " · \(kreis)" }
            let doc = ReportDocument(
                title: "\(title): \(k.name)", subtitle: subtitle, stand: options.stand(for: model),
                isSampleData: model.isSampleData,
                sheets: [ReportSheet(name: "Relevante Leistungen", tables: [table], notes: notes)])
            var stem = "kommunen-matrix-" + FileNames.safeStem(k.name)
            var n = 2
            while !used.insert(stem.lowercased()).inserted {
                stem = "kommunen-matrix-" + FileNames.safeStem(k.name) + "-\(n)"
                n += 1
            }
            out.append(KommuneReport(kommune: k, fileStem: stem, document: doc))
        }
        return out
    }

    struct Counts {
        var ja = 0, teilweise = 0, offen = 0, ausnahmen = 0
    }

    /// The relevant Einzelleistungen of one council, and its counts.
    func relevantTable(model: DomainModel, index: RelevanzIndex, kommune k: Kommune, themen: [String]) -> (ReportTable, Counts) {
        let wanted = Set(themen)
        var counts = Counts()
        var rows: [ReportRow] = []
        let type = index.typeIndex(of: k.kommunaltyp) ?? model.kommunaltypen.match(k.kommunaltyp).flatMap { index.typeIndex(of: $0.name) }
        let exceptions = index.exceptions[k.name] ?? [:]
        for (i, e) in model.catalog.einzelleistungen.enumerated() where wanted.contains(e.themenfeld) {
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
            rows.append(ReportRow([
                .text(e.themenfeld), .integer(e.ozgId), .text(e.ozgLeistung), .text(e.leikaDisplay), .text(e.bezeichnung),
                .verdict(r.rawValue), hint,
            ]))
        }
        return (ReportTable(title: "Relevante Einzelleistungen für \(k.name)", columns: KommunenMatrixReport.columns, rows: rows), counts)
    }
}
