import OZGDomain

/// One page per Themenfeld: its Pate and its Einzelleistungen with the verdict per
/// Kommunaltyp (the Kommunaltyp-Matrix of this Themenfeld).
enum SiteThemenfeldPage {
    static func page(_ ctx: SiteContext, themenfeld: String) throws -> SitePage {
        let model = ctx.model
        let path = ctx.paths.themenfelder[themenfeld] ?? "themenfelder/themenfeld.html"
        let root = SitePaths.root(of: path)
        let document = try KommunaltypMatrixReport().generate(model: model, options: ReportOptions(themenfelder: [themenfeld]))
        let list = model.catalog.einzelleistungen.filter { $0.themenfeld == themenfeld }
        var b = "<section class=\"sheet\"><h2>Auf einen Blick</h2>\n<dl class=\"facts\">"
        b += "<dt>Themenpate</dt><dd>\(HTMLEscape.text(model.pate(for: themenfeld)?.name ?? "nicht zugeordnet"))</dd>"
        b += "<dt>Einzelleistungen</dt><dd>\(list.count)</dd>"
        b += "<dt>OZG-Leistungen</dt><dd>\(Set(list.map(\.ozgId)).count)</dd>"
        b += "</dl>\n<p>\(SiteLink.page(root + SitePaths.search, "In allen Einzelleistungen suchen"))</p>\n</section>\n"
        b += SiteReportSections.html(document)
        return SitePage(path: path, title: "Themenfeld: \(themenfeld)", place: .other, isSampleData: model.isSampleData,
            stand: model.stand, body: b)
    }
}
