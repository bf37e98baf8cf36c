import OZGDomain
import OZGSpreadsheet

/// „Änderungen“: what changed between two moments (`ozg report aenderungen --since … --until …`),
/// what the group looks at first in a meeting.
///
/// Sheets: `Übersicht` (a summary per Themenfeld), `Bewertungen` (table „Geänderte
/// Bewertungen“, one row per changed verdict, `vorher` = `offen` for a first verdict),
/// `Umsetzungsstand` (once the workspace holds councils' statuses: each council's state that
/// changed, own report or dashboard, `–` before the first, `entfallen` when removed),
/// `Konflikte` (opened or resolved), `Katalog` (changes of the catalogue versions imported in
/// the period) and `Vorhaben` (new or changed). Reads ``DomainModel/changeLog``, which the
/// caller fills for the period (without one: everything since the beginning, see
/// ``ChangeLog/init(everythingIn:)``); the Themenfeld and Kommunaltyp filters apply.
public struct AenderungenReport: ReportGenerator {
    public let name = "aenderungen"
    public let title = "Änderungen"
    public let summary = "Geänderte Bewertungen, Konflikte, Katalogänderungen und Vorhaben seit einem Sitzungsstand oder Datum (--since)"

    public init() {}

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let log = model.changeLog ?? ChangeLog(everythingIn: model)
        let themen = try options.selectedThemenfelder(in: model)
        let wanted = Set(themen)
        let types = Set(try options.selectedKommunaltypen(in: model).map(\.name))
        let verdicts = log.verdicts.filter { wanted.contains($0.einzelleistung.themenfeld) && types.contains($0.kommunaltyp) }
        let conflicts = log.conflicts.filter { wanted.contains($0.einzelleistung.themenfeld) }
        // A catalogue change may name a Themenfeld the current catalogue no longer has: keep those unless filtered.
        let catalog = log.catalog.filter { options.themenfelder.isEmpty || wanted.contains($0.change.einzelleistung.themenfeld) }
        let vorhaben = log.vorhaben.filter { v in options.themenfelder.isEmpty || v.themenfeld.map(wanted.contains) == true }

        let kommunen = Set(try options.selectedKommunen(in: model).map(\.name))
        let status = log.status.filter { wanted.contains($0.einzelleistung.themenfeld) && kommunen.contains($0.kommune) }

        var sheets = [
            ReportSheet(
                name: "Übersicht",
                tables: [summaryTable(themen: themen, model: model, verdicts: verdicts, conflicts: conflicts,
                    catalog: catalog, vorhaben: vorhaben)],
                notes: ReportSupport.notes(for: model)),
            ReportSheet(name: "Bewertungen", tables: [verdictTable(verdicts)]),
            ReportSheet(name: "Konflikte", tables: [conflictTable(conflicts)]),
            ReportSheet(name: "Katalog", tables: [catalogTable(catalog)]),
            ReportSheet(name: "Vorhaben", tables: [vorhabenTable(vorhaben)]),
        ]
        // The councils' Umsetzungsstand, once the workspace holds any (older documents stay as they were).
        if !log.status.isEmpty { sheets.insert(ReportSheet(name: "Umsetzungsstand", tables: [statusTable(status)]), at: 2) }
        let fromStart = log.since.at.isEmpty
        var period = fromStart ? "Zeitraum: bis " : "Zeitraum: nach \(AenderungenReport.time(log.since.at)) bis "
        period += AenderungenReport.time(log.until.at) + " (UTC)"
        if log.until.label != "jetzt" { period += " („\(log.until.label)“)" }
        if let filters = options.filterDescription() { period += " · " + filters }
        return ReportDocument(
            title: fromStart ? "Änderungen seit Beginn" : "Änderungen seit „\(log.since.label)“", subtitle: period,
            stand: ReportSupport.date(ofTimestamp: log.until.at), isSampleData: model.isSampleData, sheets: sheets)
    }

    /// `2026-12-01T10:05:00Z` as `01.12.2026 10:05` (UTC); an empty text is the beginning.
    static func time(_ iso: String) -> String {
        if iso.isEmpty { return "Beginn" }
        let u = Array(iso.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= u.count && u[r].allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard digits(0..<4), digits(5..<7), digits(8..<10), u[4] == 45, u[7] == 45 else { return iso }
        var out = u[8..<10] + [46] + u[5..<7] + [46] + u[0..<4]
        if digits(11..<13), digits(14..<16) { out += [32] + u[11..<16] }
        return String(decoding: out, as: UTF8.self)
    }

    func verdictTable(_ list: [VerdictChange]) -> ReportTable {
        ReportTable(
            title: "Geänderte Bewertungen",
            columns: [
                ReportColumn("LeiKa-Schlüssel", width: 16), ReportColumn("OZG-ID", kind: .integer, width: 8),
                ReportColumn("Leistungsbezeichnung", width: 48), ReportColumn("Kommunaltyp", width: 30),
                ReportColumn("vorher", kind: .verdict, width: 11), ReportColumn("nachher", kind: .verdict, width: 11),
                ReportColumn("Datei", width: 30), ReportColumn("Zeitpunkt", width: 17),
            ],
            rows: list.map { c in
                ReportRow([
                    .text(c.einzelleistung.leikaDisplay), .integer(c.einzelleistung.ozgId), .text(c.einzelleistung.bezeichnung),
                    .text(c.kommunaltyp), .verdict(c.vorher.rawValue), .verdict(c.nachher.rawValue),
                    c.provenance.map { .text($0.file) } ?? .empty,
                    c.provenance.map { .text(AenderungenReport.time($0.ingestedAt)) } ?? .empty,
                ])
            }, frozenColumns: 1)
    }

    func statusTable(_ list: [StatusChange]) -> ReportTable {
        ReportTable(
            title: "Geänderter Umsetzungsstand der Kommunen",
            columns: [
                ReportColumn("Kommune", width: 22), ReportColumn("Quelle", width: 14), ReportColumn("LeiKa-Schlüssel", width: 16),
                ReportColumn("Leistungsbezeichnung", kind: .paragraph, width: 40), ReportColumn("vorher", kind: .verdict, width: 13),
                ReportColumn("nachher", kind: .verdict, width: 13), ReportColumn("Datei", kind: .paragraph, width: 28),
                ReportColumn("Zelle", width: 8), ReportColumn("Zeitpunkt", width: 17),
            ],
            rows: list.map { c in
                ReportRow([
                    .text(c.kommune), .text(c.quelle == .kommune ? "eigene Meldung" : "Dashboard"), .text(c.einzelleistung.leikaDisplay),
                    .text(c.einzelleistung.bezeichnung), .verdict(c.vorher?.label ?? "–"), .verdict(c.nachher?.label ?? "entfallen"),
                    c.provenance.map { .text($0.file) } ?? .empty, c.provenance.map { .text($0.sheet + "!" + $0.cell) } ?? .empty,
                    c.provenance.map { .text(AenderungenReport.time($0.ingestedAt)) } ?? .empty,
                ])
            }, frozenColumns: 1)
    }

    func conflictTable(_ list: [ConflictEvent]) -> ReportTable {
        ReportTable(
            title: "Konflikte eröffnet oder gelöst",
            columns: [
                ReportColumn("Art", kind: .verdict, width: 10), ReportColumn("LeiKa-Schlüssel", width: 16),
                ReportColumn("OZG-ID", kind: .integer, width: 8), ReportColumn("Leistungsbezeichnung", width: 44),
                ReportColumn("Kommunaltyp/Kommune", width: 28), ReportColumn("gespeichert", kind: .verdict, width: 11),
                ReportColumn("neu", kind: .verdict, width: 11), ReportColumn("Datei", width: 30),
                ReportColumn("Zeitpunkt", width: 17), ReportColumn("Entscheidung", width: 14),
            ],
            rows: list.map { c in
                ReportRow([
                    .verdict(c.kind.title), .text(c.einzelleistung.leikaDisplay), .integer(c.einzelleistung.ozgId),
                    .text(c.einzelleistung.bezeichnung), .text(c.owner), .verdict(c.stored.rawValue), .verdict(c.new.rawValue),
                    .text(c.file), .text(AenderungenReport.time(c.at)),
                    c.resolution.map { .text($0 == "new" ? "neuer Wert" : "gespeicherter Wert") } ?? .empty,
                ])
            })
    }

    func catalogTable(_ list: [CatalogVersionChange]) -> ReportTable {
        ReportTable(
            title: "Katalogänderungen",
            columns: [
                ReportColumn("Version", width: 14), ReportColumn("Art", width: 18), ReportColumn("LeiKa-Schlüssel", width: 16),
                ReportColumn("OZG-ID", kind: .integer, width: 8), ReportColumn("Leistungsbezeichnung", width: 44),
                ReportColumn("Themenfeld", width: 24), ReportColumn("vorher", width: 50),
            ],
            rows: list.map { v in
                let c = v.change, e = c.einzelleistung
                return ReportRow([
                    .text(v.version), .text(c.kind.title), .text(e.leikaDisplay), .integer(e.ozgId), .text(e.bezeichnung),
                    .text(e.themenfeld), .text(c.vorher.map { "\($0.field.title): \($0.old)" }.joined(separator: "; ")),
                ])
            })
    }

    func vorhabenTable(_ list: [VorhabenChange]) -> ReportTable {
        ReportTable(
            title: "Neue oder geänderte Vorhaben",
            columns: [
                ReportColumn("Art", width: 10), ReportColumn("Vorhaben", width: 40), ReportColumn("OZG-ID", kind: .integer, width: 8),
                ReportColumn("Themenfeld", width: 24), ReportColumn("Status", kind: .verdict, width: 14),
                ReportColumn("Ende", kind: .date, width: 11), ReportColumn("Datei", width: 30), ReportColumn("Zeitpunkt", width: 17),
            ],
            rows: list.map { c in
                let v = c.vorhaben
                return ReportRow([
                    .text(c.isNew ? "neu" : "geändert"), .text(v.titel), .integer(v.ozgId),
                    c.themenfeld.map(ReportValue.text) ?? .empty, .verdict(v.status.label), v.ende.map(ReportValue.date) ?? .empty,
                    v.provenance.map { .text($0.file) } ?? .empty, .text(AenderungenReport.time(c.at)),
                ])
            })
    }

    func summaryTable(
        themen: [String], model: DomainModel, verdicts: [VerdictChange], conflicts: [ConflictEvent],
        catalog: [CatalogVersionChange], vorhaben: [VorhabenChange]
    ) -> ReportTable {
        var order = themen
        for c in catalog where !order.contains(c.change.einzelleistung.themenfeld) { order.append(c.change.einzelleistung.themenfeld) }
        func count<T>(_ list: [T], _ thema: (T) -> String?) -> [String: Int] {
            var d: [String: Int] = [:]
            for x in list { if let t = thema(x) { d[t, default: 0] += 1 } }
            return d
        }
        let v = count(verdicts) { $0.einzelleistung.themenfeld }
        let opened = count(conflicts.filter { $0.kind == .eroeffnet }) { $0.einzelleistung.themenfeld }
        let resolved = count(conflicts.filter { $0.kind == .geloest }) { $0.einzelleistung.themenfeld }
        let k = count(catalog) { $0.change.einzelleistung.themenfeld }
        let p = count(vorhaben) { $0.themenfeld }
        var rows: [ReportRow] = []
        var totals = [0, 0, 0, 0, 0]
        for t in order {
            let n = [v[t] ?? 0, opened[t] ?? 0, resolved[t] ?? 0, k[t] ?? 0, p[t] ?? 0]
            for i in totals.indices { totals[i] += n[i] }
            rows.append(ReportRow([.text(t), model.pate(for: t).map { .text($0.name) } ?? .empty] + n.map(ReportValue.integer)))
        }
        rows.append(ReportRow([.text("Summe"), .empty] + totals.map(ReportValue.integer), role: .total))
        return ReportTable(
            title: "Zusammenfassung je Themenfeld",
            columns: [
                ReportColumn("Themenfeld", width: 34), ReportColumn("Pate", width: 22),
                ReportColumn("geänderte Bewertungen", kind: .integer, width: 14),
                ReportColumn("Konflikte eröffnet", kind: .integer, width: 12),
                ReportColumn("Konflikte gelöst", kind: .integer, width: 12),
                ReportColumn("Katalogänderungen", kind: .integer, width: 14),
                ReportColumn("Vorhaben neu/geändert", kind: .integer, width: 14),
            ], rows: rows, heatMap: true, heatMapColumns: [2])
    }
}
