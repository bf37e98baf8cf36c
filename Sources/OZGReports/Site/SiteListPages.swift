import OZGDomain

/// The list pages: every council (with its Kommunaltyp and Kreis) and every report with its downloads.
enum SiteListPages {
    static func kommunen(_ ctx: SiteContext) -> SitePage {
        let model = ctx.model
        var rows: [[SiteTable.Cell]] = []
        for k in model.kommunen {
            var relevant = 0
            let verdicts = ctx.verdicts(of: k)
            for i in model.catalog.einzelleistungen.indices where verdicts[i].isRelevant { relevant += 1 }
            let link = ctx.paths.kommunen[k.name].map { SiteLink.page($0, k.name) } ?? HTMLEscape.text(k.name)
            let type = ctx.typeIndex(of: k).flatMap { ctx.paths.kommunaltypen[ctx.model.kommunaltypen.types[$0].name] }
            rows.append([.html(link), .html(type.map { SiteLink.page($0, k.kommunaltyp) } ?? HTMLEscape.text(k.kommunaltyp)),
                .text(k.kreis ?? ""), .number(relevant)])
        }
        var b = "<section class=\"sheet\"><h2>Listen je Kommunaltyp</h2>\n<ul class=\"links\">"
        for t in model.kommunaltypen.types {
            if let page = ctx.paths.kommunaltypen[t.name] { b += "<li>\(SiteLink.page(page, t.name))</li>" }
        }
        b += "</ul>\n<p>Jede Kommune findet ihre relevanten Einzelleistungen in der Liste ihres Kommunaltyps; "
        b += "wo sie eigens anders bewertet ist, steht das auf ihrer Seite.</p>\n</section>\n"
        b += "<section class=\"sheet\"><h2>Mitgliedskommunen</h2>\n"
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
                b += "<p>Je Kommune eine eigene Mappe: \(SiteLink.page(r.page, "wie man sie erstellt")). Die Listen je Kommunaltyp "
                b += "stehen auf der \(SiteLink.page(SitePaths.kommunenList, "Seite der Kommunen")) zum Herunterladen.</p>\n"
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
            for e in r.packs {
                let name = e.kommune.name
                let link = ctx.paths.kommunen[name].map { SiteLink.page(root + $0, name) } ?? HTMLEscape.text(name)
                let pack = r.existingPacks[name].map { SiteReportSections.downloads($0, title: "\(r.title) \(name)", root: root) }
                rows.append([.html(link), .text(e.kommune.kommunaltyp), .html(pack ?? "<code>\(HTMLEscape.text(r.command(kommune: name)))</code>")])
            }
            b += "<section class=\"sheet\"><h2>Mappen je Kommune</h2>\n<p>\(HTMLEscape.text(r.summary)). "
            b += "Die Website erstellt diese Mappen nicht: Jede Kommune findet ihre Leistungen in der Liste ihres Kommunaltyps "
            b += "(\(SiteLink.page(root + SitePaths.kommunenList, "Listen je Kommunaltyp"))) und ihre eigenen Bewertungen auf ihrer Seite. "
            b += "Eine Mappe zum Versand erstellt der Befehl in der Tabelle; alle auf einmal <code>\(HTMLEscape.text("ozg report \(r.name) -o ORDNER"))</code>. "
            b += "Liegen sie im Ordner <code>\(HTMLEscape.text(SitePaths.packFolder(r.name)))</code> der Website, verlinkt die Website sie hier.</p>\n"
            b += SiteTable(label: r.title, headers: ["Kommune", "Kommunaltyp", "Mappe"], rows: rows).html() + "</section>\n"
        }
        return SitePage(path: r.page, title: r.document?.title ?? r.title, place: .berichte,
            isSampleData: ctx.model.isSampleData, stand: r.document?.stand ?? ctx.model.stand, body: b)
    }
}
