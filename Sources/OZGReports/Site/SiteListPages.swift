import OZGDomain

/// The list pages: every council (with its Kommunaltyp and Kreis) and every report with its downloads.
enum SiteListPages {
    static func kommunen(_ ctx: SiteContext) -> SitePage {
        let model = ctx.model
        var rows: [[SiteTable.Cell]] = []
        for k in model.kommunen {
            var relevant = 0
            for i in model.catalog.einzelleistungen.indices where ctx.relevanz(row: i, kommune: k).isRelevant { relevant += 1 }
            let link = ctx.paths.kommunen[k.name].map { SiteLink.page($0, k.name) } ?? HTMLEscape.text(k.name)
            rows.append([.html(link), .text(k.kommunaltyp), .text(k.kreis ?? ""), .number(relevant)])
        }
        var b = "<section class=\"sheet\"><h2>Mitgliedskommunen</h2>\n"
        b += SiteTable(label: "Mitgliedskommunen", headers: ["Kommune", "Kommunaltyp", "Kreis", "Relevante Einzelleistungen"], rows: rows).html()
        b += "</section>\n"
        return SitePage(path: SitePaths.kommunenList, title: "Kommunen", place: .kommunen, isSampleData: model.isSampleData,
            stand: model.stand, body: b)
    }

    static func reports(_ ctx: SiteContext, reports: [SiteReport]) -> SitePage {
        var b = ""
        for r in reports {
            b += "<section class=\"sheet\"><h2>\(SiteLink.page(r.page, r.title))</h2>\n<p>\(HTMLEscape.text(r.summary))</p>\n"
            if r.document != nil {
                b += SiteReportSections.downloads(r.downloads, title: r.title, root: "")
            } else {
                b += "<p>Je Kommune: die Downloads stehen \(SiteLink.page(r.page, "in der Liste")) und auf der Seite jeder Kommune. "
                b += "Kommunen mit derselben Liste (gleicher Kommunaltyp, keine Ausnahmen) teilen sich ein Dokument, das sie alle nennt.</p>\n"
            }
            b += "</section>\n"
        }
        return SitePage(path: SitePaths.reportList, title: "Berichte und Downloads", place: .berichte,
            isSampleData: ctx.model.isSampleData, stand: ctx.model.stand, body: b)
    }

    /// The page of one report: its document, or the list of councils with their downloads.
    static func report(_ ctx: SiteContext, _ r: SiteReport) -> SitePage {
        let root = SitePaths.root(of: r.page)
        var b = ""
        if let doc = r.document {
            b += "<section class=\"sheet\"><h2>Downloads</h2>\n<p>\(HTMLEscape.text(r.summary))</p>\n"
            b += SiteReportSections.downloads(r.downloads, title: r.title, root: root) + "</section>\n"
            b += SiteReportSections.html(doc, firstSection: 1)
        } else {
            var rows: [[SiteTable.Cell]] = []
            for kr in r.perKommune {
                let name = kr.kommune.name
                let link = ctx.paths.kommunen[name].map { SiteLink.page(root + $0, name) } ?? HTMLEscape.text(name)
                rows.append([.html(link), .text(kr.kommune.kommunaltyp),
                    .html(SiteReportSections.downloads(r.kommuneDownloads[name] ?? [], title: "\(r.title) \(name)", root: root))])
            }
            b += "<section class=\"sheet\"><h2>Downloads je Kommune</h2>\n<p>\(HTMLEscape.text(r.summary)). "
            b += "Kommunen mit derselben Liste teilen sich ein Dokument, das sie alle nennt.</p>\n"
            b += SiteTable(label: r.title, headers: ["Kommune", "Kommunaltyp", "Downloads"], rows: rows).html() + "</section>\n"
        }
        return SitePage(path: r.page, title: r.document?.title ?? r.title, place: .berichte,
            isSampleData: ctx.model.isSampleData, stand: r.document?.stand ?? ctx.model.stand, body: b)
    }
}
