import Foundation
import OZGDomain

/// One page per member council: its Kommunaltyp, its reports to download, the Umsetzung where
/// known, its gaps that other councils already close, and its relevant Einzelleistungen (the
/// per-council documents of every ``PerKommuneReportGenerator``, such as the Kommunen-Matrix).
enum SiteKommunePage {
    static func page(_ ctx: SiteContext, kommune k: Kommune, reports: [SiteReport], cache: SiteTableCache) -> SitePage {
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
        var b = "<section class=\"sheet\"><h2>Auf einen Blick</h2>\n<dl class=\"facts\">"
        b += "<dt>Kommunaltyp</dt><dd>\(HTMLEscape.text(k.kommunaltyp))</dd>"
        if let kreis = k.kreis { b += "<dt>Kreis</dt><dd>\(HTMLEscape.text(kreis))</dd>" }
        b += "<dt>Relevante Einzelleistungen</dt><dd>\(ja + teilweise) (ja: \(ja), teilweise: \(teilweise))</dd>"
        b += "<dt>Ausnahmen für \(HTMLEscape.text(k.name))</dt><dd>\(exceptions.count)</dd>"
        b += "<dt>Noch nicht bewertet</dt><dd>\(offen)</dd>"
        b += "</dl>\n"
        let fragment = "kommune=" + (k.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        b += "<p>\(SiteLink.page(root + SitePaths.search + "#" + fragment, "Die Leistungen von \(k.name) in der Suche filtern"))</p>\n"
        for r in reports {
            if let files = r.kommuneDownloads[k.name] {
                let shared = r.kommuneShared[k.name] ?? 1
                b += "<p>\(HTMLEscape.text(r.title)) herunterladen"
                if shared > 1 { b += " (dieselbe Liste gilt für \(shared) Kommunen, sie sind im Dokument genannt)" }
                b += ":</p>" + SiteReportSections.downloads(files, title: "\(r.title) \(k.name)", root: root)
            }
        }
        b += "</section>\n"
        b += umsetzung(ctx, kommune: k)
        var number = 1
        for r in reports {
            guard let doc = r.perKommune.first(where: { $0.kommune.name == k.name })?.document else { continue }
            b += SiteReportSections.html(doc, firstSection: number, cache: cache)
            number += doc.sheets.count
        }
        return SitePage(path: path, title: "Kommune: \(k.name)", place: .kommunen, isSampleData: model.isSampleData,
            stand: model.stand, body: b)
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
