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
        let verdicts = ctx.verdicts(of: k)
        let exceptions = verdicts.exceptions
        for i in model.catalog.einzelleistungen.indices {
            switch verdicts[i] {
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
            b += "<li>\(HTMLEscape.text(r.title)), die eigene Mappe für \(HTMLEscape.text(k.name)) (\(HTMLEscape.text(r.summary))): "
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
            let typeVerdict = type.map { ctx.relevanz(row: i, type: $0) } ?? .offen
            let x = exceptions[i]
            return [.text(e.leikaDisplay), .text(e.bezeichnung), .text(e.themenfeld), .verdict(typeVerdict.rawValue),
                .verdict(x?.relevanz.rawValue ?? ""), .text(x?.note ?? "")]
        }
        b += SiteTable(label: "Eigene Bewertungen für \(k.name)",
            headers: ["LeiKa-Schlüssel", "Leistungsbezeichnung", "Themenfeld", "Kommunaltyp", k.name, "Anmerkung"], rows: table).html()
        return b + "</section>\n"
    }

    /// The council's Umsetzungsstand over its relevant Leistungen, what it offers or works on
    /// (status, solution, online service), and its gaps (relevant, not online) that other councils
    /// already offer online. Rows still `offen` or without an entry are counted, not listed: the
    /// search shows them all.
    static func umsetzung(_ ctx: SiteContext, kommune k: Kommune) -> String {
        let model = ctx.model
        let own = ctx.umsetzung[k.name] ?? [:]
        let hasVorhaben = !ctx.vorhaben.isEmpty
        let name = HTMLEscape.text(k.name)
        var b = "<section class=\"sheet\"><h2>Umsetzung</h2>\n"
        var headers = ["LeiKa-Schlüssel", "Leistungsbezeichnung", "Relevanz"]
        if !own.isEmpty { headers += ["Umsetzungsstand", "Lösung", "Reifegrad", "Online-Dienst"] }
        if hasVorhaben { headers += ["Vorhaben des Verbands", "Lösungsansatz"] }
        var rows: [[SiteTable.Cell]] = []
        var gaps: [[SiteTable.Cell]] = []
        var counts: [Umsetzungsstand: Int] = [:]
        var unknown = 0, notOnline = 0
        let verdicts = ctx.verdicts(of: k)
        let catalog = model.catalog.einzelleistungen
        for i in catalog.indices {
            let r = verdicts[i]
            guard r.isRelevant else { continue }
            let mine = own[i]
            if let mine { counts[mine.stand, default: 0] += 1 } else { unknown += 1 }
            let v = ctx.vorhaben[i]
            if (mine != nil && mine?.stand != .offen) || v != nil {
                let e = catalog[i]
                var cells: [SiteTable.Cell] = [.text(e.leikaDisplay), .text(e.bezeichnung), .verdict(r.rawValue)]
                if !own.isEmpty { cells += statusCells(mine) }
                if hasVorhaben { cells += [v.map { .verdict($0.status.label) } ?? .text(""), .text(v?.loesungsansatz ?? "")] }
                rows.append(cells)
            }
            guard !(mine?.isOnline ?? false), mine?.stand != .nichtZustaendig else { continue }
            notOnline += 1
            let others = (ctx.onlineBei[i] ?? []).filter { $0 != k.name }
            if !others.isEmpty {
                let e = catalog[i]
                let named = others.prefix(5).map { other in
                    ctx.paths.kommunen[other].map { SiteLink.page(SitePaths.root(of: $0) + $0, other) } ?? HTMLEscape.text(other)
                }
                let more = others.count > 5 ? " und \(others.count - 5) weitere" : ""
                gaps.append([.text(e.leikaDisplay), .text(e.bezeichnung), .verdict(r.rawValue),
                    .verdict(mine?.stand.label ?? "keine Angabe"), .html(named.joined(separator: ", ") + more)])
            }
        }
        if own.isEmpty {
            b += "<p>Zum Umsetzungsstand in \(name) liegen keine Angaben vor.</p>\n"
        } else {
            b += "<dl class=\"facts\" id=\"umsetzungsstand\">"
            for s in Umsetzungsstand.allCases.sorted() where counts[s, default: 0] > 0 {
                b += "<dt>\(HTMLEscape.text(s.label))</dt><dd data-stand=\"\(HTMLEscape.text(s.rawValue))\">\(counts[s, default: 0])</dd>"
            }
            if unknown > 0 { b += "<dt>keine Angabe</dt><dd>\(unknown)</dd>" }
            b += "</dl>\n"
        }
        if !rows.isEmpty {
            b += SiteTable(label: "Umsetzung in \(k.name)", headers: headers, rows: rows).html()
        }
        b += "<h3>Lücken</h3>\n<p>\(notOnline) relevante Einzelleistungen bietet \(name) noch nicht online an"
        let fragment = "kommune=" + (k.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "&stand=luecke"
        b += " (\(SiteLink.page(SitePaths.root(of: ctx.paths.kommunen[k.name] ?? "kommunen/") + SitePaths.search + "#" + fragment, "alle in der Suche")))"
        b += gaps.isEmpty ? ".</p>\n" : "; \(gaps.count) davon gibt es schon bei anderen Kommunen online:</p>\n"
        if !gaps.isEmpty {
            b += SiteTable(label: "Lücken von \(k.name)", headers: ["LeiKa-Schlüssel", "Leistungsbezeichnung", "Relevanz", "Umsetzungsstand", "Bereits online bei"], rows: gaps).html()
        }
        return b + "</section>\n"
    }

    /// Umsetzungsstand (with its source when it is the federal dashboard), Lösung, Reifegrad and the
    /// online service (a link only for an http(s) address).
    static func statusCells(_ s: KommuneStatus?) -> [SiteTable.Cell] {
        guard let s else { return [.text(""), .text(""), .text(""), .text("")] }
        let stand = s.stand.label + (s.quelle == .dashboard ? " (Dashboard)" : "")
        let loesung = [s.loesung, s.loesungsart.map { "(\($0.label))" }].compactMap { $0 }.joined(separator: " ")
        return [.verdict(stand), .text(loesung), .text(s.reifegrad?.description ?? ""), .html(SiteLink.html(url: s.url, href: s.linkURL))]
    }
}
