import OZGDomain

/// The list of one Kommunaltyp: its relevant Einzelleistungen with verdict and Hinweis (the
/// Kommunen-Matrix table of a council without exceptions), shown once on a page of its own and
/// offered once as .xlsx, .ods and .csv.
///
/// Every council of the type shares it: its page links here and lists only what differs for it
/// (its exceptions), so 396 councils need a handful of lists, not 396 workbooks in three formats.
/// A council's own pack stays one command away (`ozg report kommunen-matrix --kommune NAME`).
enum SiteKommunaltypList {
    /// The shared list of one Kommunaltyp and how many Einzelleistungen it holds.
    static func document(_ ctx: SiteContext, type: Kommunaltyp, shared: KommunenMatrixReport.Shared) -> ReportDocument {
        let model = ctx.model
        // A council with no name has no exceptions: the type's own verdicts.
        let pseudo = Kommune(name: "", kommunaltyp: type.name)
        var (table, counts) = KommunenMatrixReport.relevantTable(model: model, shared: shared, kommune: pseudo, withReply: false)
        table.title = "Relevante Einzelleistungen für den Kommunaltyp \(type.name)"
        var notes = [
            "Relevanz: ja oder teilweise für den Kommunaltyp „\(type.name)“ (\(counts.ja) mit ja, \(counts.teilweise) mit teilweise). "
                + "Wo die Arbeitsgruppe eine Kommune eigens anders bewertet hat, steht das auf der Seite dieser Kommune.",
        ]
        if counts.offen > 0 {
            notes.append("Für \(counts.offen) von \(counts.total) Einzelleistungen gibt es für diesen Kommunaltyp noch keine Bewertung.")
        }
        return ReportDocument(
            title: "Kommunaltyp \(type.name)", subtitle: "Relevante Einzelleistungen", stand: model.stand,
            isSampleData: model.isSampleData,
            sheets: [ReportSheet(name: KommunenMatrixReport.leistungenSheet, tables: [table], notes: notes)],
            author: model.settings.herausgeber, company: model.settings.herausgeber)
    }

    /// The Kommunaltyp's page: its councils, its downloads and its list (folded by Themenfeld
    /// and OZG-Leistung).
    static func page(_ ctx: SiteContext, type: Kommunaltyp, document: ReportDocument, downloads: [String]) -> SitePage {
        let model = ctx.model
        let path = ctx.paths.kommunaltypen[type.name] ?? "kommunaltypen/kommunaltyp.html"
        let root = SitePaths.root(of: path)
        let members = model.kommunen.filter { ctx.typeIndex(of: $0) == ctx.index.typeIndex(of: type.name) }
        let relevant = document.sheets.first?.tables.first?.rows.count ?? 0
        var b = "<section class=\"sheet\"><h2>Auf einen Blick</h2>\n<dl class=\"facts\">"
        b += "<dt>Relevante Einzelleistungen</dt><dd>\(relevant)</dd>"
        b += "<dt>Kommunen dieses Typs</dt><dd>\(members.count)</dd></dl>\n"
        if !members.isEmpty {
            b += "<details><summary>Die \(members.count) Kommunen</summary><ul class=\"links\">"
            for k in members {
                b += "<li>" + (ctx.paths.kommunen[k.name].map { SiteLink.page(root + $0, k.name) } ?? HTMLEscape.text(k.name)) + "</li>"
            }
            b += "</ul></details>\n"
        }
        b += "<p>Diese Liste herunterladen:</p>" + SiteReportSections.downloads(downloads, title: document.title, root: root)
        b += "</section>\n"
        b += SiteReportSections.html(document, firstSection: 1, fold: true)
        return SitePage(path: path, title: document.title, place: .kommunen, isSampleData: model.isSampleData,
            stand: model.stand, body: b)
    }
}
