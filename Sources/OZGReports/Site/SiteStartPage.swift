import OZGDomain

/// The start page: Stand, coverage per Themenfeld (the Abdeckung report), the Themenfelder,
/// the Verband's Umsetzungsstand where known, and the ways on.
enum SiteStartPage {
    static func page(_ ctx: SiteContext, reports: [SiteReport]) throws -> SitePage {
        let model = ctx.model
        let root = ""
        var b = "<section class=\"sheet\"><h2>Überblick</h2>\n<dl class=\"facts\">"
        if let stand = model.stand { b += "<dt>Stand</dt><dd>\(ReportValue.germanDate(stand))</dd>" }
        b += "<dt>Einzelleistungen</dt><dd>\(model.catalog.einzelleistungen.count) in \(model.catalog.themenfelder.count) Themenfeldern</dd>"
        b += "<dt>Mitgliedskommunen</dt><dd>\(SiteLink.page(root + SitePaths.kommunenList, "\(model.kommunen.count) Kommunen"))</dd>"
        b += "<dt>Bewertungen</dt><dd>\(model.verdicts.filter { $0.relevanz.isDecided }.count) gespeichert</dd>"
        b += "</dl>\n<p>\(SiteLink.page(root + SitePaths.search, "Einzelleistungen suchen und filtern")) · "
        b += "\(SiteLink.page(root + SitePaths.reportList, "Berichte herunterladen (.xlsx, .ods, .csv)"))</p>\n"
        if model.isSampleData {
            b += "<p><span class=\"sample\">\(ReportDocument.sampleDataLabel)</span> Diese Seiten zeigen erfundene Bewertungen und Planungen zur Vorführung.</p>\n"
        }
        b += "</section>\n"

        b += "<section class=\"sheet\"><h2>Themenfelder</h2>\n<ul class=\"links\">"
        var counts: [String: Int] = [:]
        for e in model.catalog.einzelleistungen { counts[e.themenfeld, default: 0] += 1 }
        for t in model.catalog.themenfelder {
            b += "<li>\(SiteLink.page(root + (ctx.paths.themenfelder[t] ?? ""), t)) (\(counts[t] ?? 0))</li>"
        }
        b += "</ul>\n</section>\n"

        b += umsetzungsstand(ctx, reports: reports)

        let abdeckung = try AbdeckungReport().generate(model: model, options: ReportOptions())
        b += SiteReportSections.html(abdeckung)
        return SitePage(path: SitePaths.start, title: "OZG-Leistungen der Mitgliedskommunen", place: .start,
            isSampleData: model.isSampleData, stand: model.stand, body: b)
    }

    /// The Verband's Vorhaben by status, where there are any.
    static func umsetzungsstand(_ ctx: SiteContext, reports: [SiteReport]) -> String {
        var b = "<section class=\"sheet\"><h2>Umsetzungsstand des Verbands</h2>\n"
        let vorhaben = ctx.model.vorhaben
        guard !vorhaben.isEmpty else {
            return b + "<p>Es sind noch keine Umsetzungsvorhaben erfasst.</p>\n</section>\n"
        }
        var rows: [[SiteTable.Cell]] = []
        for s in VorhabenStatus.allCases {
            let n = vorhaben.filter { $0.status == s }.count
            let leistungen = ctx.vorhaben.values.filter { $0.status == s }.count
            if n > 0 { rows.append([.verdict(s.label), .number(n), .number(leistungen)]) }
        }
        b += SiteTable(label: "Umsetzungsvorhaben nach Status", headers: ["Status", "Vorhaben", "Einzelleistungen"], rows: rows).html()
        if let roadmap = reports.first(where: { $0.name == "roadmap" }) {
            b += "<p>\(SiteLink.page(roadmap.page, "Zur Umsetzungsplanung (Roadmap)"))</p>\n"
        }
        return b + "</section>\n"
    }
}
