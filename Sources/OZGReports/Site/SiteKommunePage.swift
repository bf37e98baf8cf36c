import Foundation
import OZGDomain

/// One page per member council, kept small: its Kommunaltyp and the shared list of that type
/// (page and downloads), what differs for the council (its exceptions), how to get its own pack,
/// the Umsetzung where known and its gaps that other councils already close.
enum SiteKommunePage {
    static func page(_ ctx: SiteContext, kommune k: Kommune, reports: [SiteReport], typeDownloads: [String: [String]]) -> SitePage {
        let model = ctx.model
        let path = ctx.paths.kommunen[k.name] ?? "kommunen/kommune.html"
        let root = SitePaths.root(of: path)
        var ja = 0, teilweise = 0, offen = 0
        let exceptions = ctx.index.exceptions[k.name] ?? [:]
        for i in model.catalog.einzelleistungen.indices {
            switch ctx.relevanz(row: i, kommune: k) {
            case .ja: ja += 1
            case .teilweise: teilweise += 1
            case .offen: offen += 1
            case .nein: break
            }
        }
        let type = ctx.typeIndex(of: k).map { model.kommunaltypen.types[$0] }
        let typePage = type.flatMap { ctx.paths.kommunaltypen[$0.name] }
        var b = "<section class=\"sheet\"><h2>Auf einen Blick</h2>\n<dl class=\"facts\">"
        b += "<dt>Kommunaltyp</dt><dd>\(HTMLEscape.text(k.kommunaltyp))</dd>"
        if let kreis = k.kreis { b += "<dt>Kreis</dt><dd>\(HTMLEscape.text(kreis))</dd>" }
        b += "<dt>Relevante Einzelleistungen</dt><dd>\(ja + teilweise) (ja: \(ja), teilweise: \(teilweise))</dd>"
        b += "<dt>Eigene Bewertungen für \(HTMLEscape.text(k.name))</dt><dd>\(exceptions.count)</dd>"
        b += "<dt>Noch nicht bewertet</dt><dd>\(offen)</dd>"
        b += "</dl>\n</section>\n"

        b += "<section class=\"sheet\"><h2>Die Leistungen von \(HTMLEscape.text(k.name))</h2>\n<ul class=\"ways\">"
        if let type, let typePage {
            b += "<li>\(SiteLink.page(root + typePage, "Liste des Kommunaltyps \(type.name)")): alle Einzelleistungen, die für diesen Typ relevant sind"
            b += exceptions.isEmpty ? "; sie gilt für \(HTMLEscape.text(k.name)) unverändert." : "; für \(HTMLEscape.text(k.name)) gelten dazu die eigenen Bewertungen unten."
            b += SiteReportSections.downloads(typeDownloads[type.name] ?? [], title: "Liste des Kommunaltyps \(type.name)", root: root) + "</li>"
        }
        let fragment = "kommune=" + (k.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        b += "<li>\(SiteLink.page(root + SitePaths.search + "#" + fragment, "Die Leistungen von \(k.name) in der Suche")): "
        b += "mit den eigenen Bewertungen, nach Themenfeld, Begriff oder Umsetzungsstand filtern.</li>"
        for r in reports {
            b += "<li>\(HTMLEscape.text(r.title)) (eigene Mappe für \(HTMLEscape.text(k.name)), mit Hinweisen und Spalte für die Rückmeldung): "
            if let files = r.existingPacks[k.name] {
                b += SiteReportSections.downloads(files, title: "\(r.title) \(k.name)", root: root) + "</li>"
            } else {
                b += "zu erstellen mit <code>\(HTMLEscape.text(r.command(kommune: k.name)))</code></li>"
            }
        }
        b += "</ul>\n</section>\n"
        b += ownVerdicts(ctx, kommune: k, exceptions: exceptions)
        b += umsetzung(ctx, kommune: k)
        return SitePage(path: path, title: "Kommune: \(k.name)", place: .kommunen, isSampleData: model.isSampleData,
            stand: model.stand, body: b)
    }

    /// The council's exceptions: where its verdict differs from its Kommunaltyp's list.
    static func ownVerdicts(_ ctx: SiteContext, kommune k: Kommune, exceptions: [Int: KommuneException]) -> String {
        var b = "<section class=\"sheet\"><h2>Eigene Bewertungen</h2>\n"
        guard !exceptions.isEmpty else {
            return b + "<p>Für \(HTMLEscape.text(k.name)) gibt es keine eigenen Bewertungen: Es gilt die Liste des Kommunaltyps.</p>\n</section>\n"
        }
        let rows = ctx.model.catalog.einzelleistungen
        let type = ctx.typeIndex(of: k)
        let table = exceptions.keys.sorted().map { i -> [SiteTable.Cell] in
            let e = rows[i]
            let typeVerdict = type.map { ctx.index.relevanz(row: i, type: $0) } ?? .offen
            let x = exceptions[i]
            return [.text(e.leikaDisplay), .text(e.bezeichnung), .text(e.themenfeld), .verdict(typeVerdict.rawValue),
                .verdict(x?.relevanz.rawValue ?? ""), .text(x?.note ?? "")]
        }
        b += SiteTable(label: "Eigene Bewertungen für \(k.name)",
            headers: ["LeiKa-Schlüssel", "Leistungsbezeichnung", "Themenfeld", "Kommunaltyp", k.name, "Anmerkung"], rows: table).html()
        return b + "</section>\n"
    }

    /// Umsetzungsstand, Lösung and online service where known, and the gaps other councils close.
    static func umsetzung(_ ctx: SiteContext, kommune k: Kommune) -> String {
        let model = ctx.model
        let own = ctx.umsetzung[k.name] ?? [:]
        let hasVorhaben = !ctx.vorhaben.isEmpty
        var b = "<section class=\"sheet\"><h2>Umsetzung</h2>\n"
        var headers = ["LeiKa-Schlüssel", "Leistungsbezeichnung", "Relevanz"]
        if !own.isEmpty { headers += ["Umsetzungsstand", "Lösung", "Online-Dienst"] }
        if hasVorhaben { headers += ["Vorhaben des Verbands", "Lösungsansatz"] }
        var rows: [[SiteTable.Cell]] = []
        var gaps: [[SiteTable.Cell]] = []
        for (i, e) in model.catalog.einzelleistungen.enumerated() {
            let r = ctx.relevanz(row: i, kommune: k)
            guard r.isRelevant else { continue }
            let mine = own[i]
            let v = ctx.vorhaben[i]
            if mine != nil || v != nil {
                var cells: [SiteTable.Cell] = [.text(e.leikaDisplay), .text(e.bezeichnung), .verdict(r.rawValue)]
                if !own.isEmpty {
                    cells += [.text(mine?.stand ?? ""), .text(mine?.loesung ?? ""), .html(SiteLink.html(url: mine?.url))]
                }
                if hasVorhaben { cells += [v.map { .verdict($0.status.label) } ?? .text(""), .text(v?.loesungsansatz ?? "")] }
                rows.append(cells)
            }
            let others = (ctx.onlineBei[i] ?? []).filter { $0 != k.name }
            if !(mine?.isOnline ?? false), !others.isEmpty {
                let named = others.prefix(5).map { name in
                    ctx.paths.kommunen[name].map { SiteLink.page(SitePaths.root(of: $0) + $0, name) } ?? HTMLEscape.text(name)
                }
                let more = others.count > 5 ? " und \(others.count - 5) weitere" : ""
                gaps.append([.text(e.leikaDisplay), .text(e.bezeichnung), .verdict(r.rawValue), .html(named.joined(separator: ", ") + more)])
            }
        }
        if rows.isEmpty {
            b += "<p>Zum Umsetzungsstand der für \(HTMLEscape.text(k.name)) relevanten Leistungen liegen noch keine Angaben vor.</p>\n"
        } else {
            b += SiteTable(label: "Umsetzung in \(k.name)", headers: headers, rows: rows).html()
        }
        if !gaps.isEmpty {
            b += "<h3>Lücken, die andere Kommunen schon schließen</h3>\n"
            b += SiteTable(label: "Lücken von \(k.name)", headers: ["LeiKa-Schlüssel", "Leistungsbezeichnung", "Relevanz", "Bereits online bei"], rows: gaps).html()
        }
        return b + "</section>\n"
    }
}
