import OZGDomain
import OZGSpreadsheet

/// „Lösungen im Verband“: each solution the councils report, with the Leistungen it covers, the
/// councils using it and their Reifegrad.
///
/// A solution is a name with its kind (``Loesungsart``) from the councils' own reports (the
/// dashboard export names none); names are compared without case and extra spaces, the first
/// spelling is shown. Sheet „Lösungen“: per solution the number of Leistungen and councils and the
/// councils' names. Sheet „Einsatz“: per solution (a group row) every council and Leistung with
/// its Umsetzungsstand, Reifegrad with its model (`3 (2.0)`) and URL.
public struct LoesungenReport: ReportGenerator {
    public let name = "loesungen"
    public let title = "Lösungen im Verband"
    public let summary = "Je Lösung (mit Art): die Leistungen, die sie abdeckt, die Kommunen, die sie nutzen, und ihr Reifegrad"

    public init() {}

    struct Key: Hashable {
        var name: String
        var art: Loesungsart?
    }

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let index = UmsetzungIndex(model: model)
        let rows = try UmsetzungIndex.rows(model: model, options: options)
        let selected = Set(try options.selectedKommunen(in: model).map(\.name))
        let ks = index.kommunen.indices.filter { selected.contains(index.kommunen[$0].name) }
        var order: [Key] = []
        var shown: [Key: String] = [:]
        var uses: [Key: [(k: Int, row: Int, s: KommuneStatus)]] = [:]
        for k in ks {
            for r in rows {
                guard index.hasOwn(k, r), let s = index.own(k, r), let raw = s.loesung else { continue }
                let display = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                guard !display.isEmpty else { continue }
                let key = Key(name: display.lowercased(), art: s.loesungsart)
                if shown[key] == nil {
                    shown[key] = display
                    order.append(key)
                }
                uses[key, default: []].append((k, r, s))
            }
        }
        order.sort { a, b in
            let na = shown[a] ?? "", nb = shown[b] ?? ""
            if na.lowercased() != nb.lowercased() { return na.lowercased() < nb.lowercased() }
            return (a.art?.rawValue ?? "") < (b.art?.rawValue ?? "")
        }

        var overview = ReportTable(
            title: "Lösungen",
            columns: [
                ReportColumn("Lösung", width: 30), ReportColumn("Art der Lösung", width: 20),
                ReportColumn("Leistungen", kind: .integer, width: 10), ReportColumn("Kommunen", kind: .integer, width: 10),
                ReportColumn("davon online", kind: .integer, width: 10), ReportColumn("genutzt von", kind: .paragraph, width: 50),
            ], frozenColumns: 1)
        var detail = ReportTable(
            title: "Einsatz je Kommune und Leistung",
            columns: [
                ReportColumn("Lösung", kind: .paragraph, width: 22), ReportColumn("Art der Lösung", kind: .paragraph, width: 14),
                ReportColumn("Kommune", kind: .paragraph, width: 16),
            ] + UmsetzungIndex.leistungColumns.filter { $0.name != "OZG-Leistung" && $0.name != "OZG-ID" } + [
                ReportColumn("Umsetzungsstand", kind: .verdict, width: 15), ReportColumn("Reifegrad", kind: .integer, width: 9),
                ReportColumn("Modell", width: 7), ReportColumn("Online-Dienst (URL)", kind: .paragraph, width: 20),
            ])
        // A name used with several kinds is shown with its kind, so that the chart's bars differ.
        var kinds: [String: Int] = [:]
        for key in order { kinds[key.name, default: 0] += 1 }
        for key in order {
            let list = uses[key] ?? []
            var name = shown[key] ?? key.name
            if (kinds[key.name] ?? 0) > 1 { name += " (\(key.art?.label ?? "ohne Art"))" }
            let art = key.art?.label ?? ""
            var councils: [Int] = []
            var seen = Set<Int>()
            var onlineIn = Set<Int>()
            for u in list {
                if seen.insert(u.k).inserted { councils.append(u.k) }
                if u.s.isOnline { onlineIn.insert(u.k) }
            }
            let leistungen = Set(list.map(\.row)).count
            overview.rows.append(ReportRow([
                .text(name), art.isEmpty ? .empty : .text(art), .integer(leistungen), .integer(councils.count),
                .integer(onlineIn.count), .text(councils.map { index.kommunen[$0].name }.joined(separator: "; ")),
            ]))
            detail.rows.append(ReportRow([.text(name), art.isEmpty ? .empty : .text(art)], role: .group))
            for u in list {
                let e = index.catalog[u.row]
                detail.rows.append(ReportRow([
                    .text(name), art.isEmpty ? .empty : .text(art), .text(index.kommunen[u.k].name), .text(e.themenfeld),
                    .text(e.leikaDisplay), .text(e.bezeichnung), .verdict(u.s.stand.label),
                    u.s.reifegrad.map { .integer($0.stufe) } ?? .empty, u.s.reifegrad.map { .text($0.modell.rawValue) } ?? .empty,
                    u.s.url.map(ReportValue.text) ?? .empty,
                ]))
            }
        }
        let sample = ReportSupport.notes(for: model)
        let notes = [
            "Lösungen aus den Meldungen der Kommunen (Spalten Lösung und Art der Lösung des Umsetzungsstands); der Dashboard-Export nennt keine Lösungen. "
                + "Gleiche Namen in anderer Schreibweise (Groß-/Kleinschreibung, Leerzeichen) gelten als eine Lösung; verschiedene Arten als verschiedene.",
            "Reifegrad mit seinem Modell (Spalte Modell): 1.1 (0–4) oder 2.0 (0–7). Ein Name, der mit mehreren Arten vorkommt, trägt die Art in Klammern.",
        ]
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model), isSampleData: model.isSampleData,
            sheets: [
                ReportSheet(
                    name: "Lösungen", tables: [overview],
                    charts: overview.rows.isEmpty ? [] : [ReportChart(kind: .bar, title: "Kommunen je Lösung", valueColumns: [3])],
                    notes: notes + sample),
                ReportSheet(name: "Einsatz", tables: [detail], notes: sample),
            ], author: model.settings.herausgeber, company: model.settings.herausgeber)
    }
}
