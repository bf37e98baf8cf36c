import OZGDomain

/// The start page: Stand, coverage per Themenfeld (the Abdeckung report), the Themenfelder,
/// what changed since the last named meeting snapshot, the Verband's Umsetzungsstand where
/// known, and the ways on.
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

        b += changes(ctx, reports: reports)
        b += umsetzungsstand(ctx, reports: reports)

        let abdeckung = try AbdeckungReport().generate(model: model, options: ReportOptions())
        b += SiteReportSections.html(abdeckung)
        return SitePage(path: SitePaths.start, title: "OZG-Leistungen der Mitgliedskommunen", place: .start,
            isSampleData: model.isSampleData, stand: model.stand, body: b)
    }

    /// A short summary of ``DomainModel/changeLog`` when it starts at a named meeting snapshot,
    /// with the way to the full change report; nothing otherwise.
    static func changes(_ ctx: SiteContext, reports: [SiteReport]) -> String {
        guard let log = ctx.model.changeLog, !log.since.at.isEmpty else { return "" }
        let since = HTMLEscape.text(log.since.label)
        var b = "<section class=\"sheet\" id=\"aenderungen\"><h2>Änderungen seit „\(since)“</h2>\n"
        b += "<p>Seit dem Sitzungsstand „\(since)“ vom \(HTMLEscape.text(AenderungenReport.time(log.since.at))) (UTC):</p>\n"
        let leistungen = Set(log.verdicts.map(\.einzelleistung.id)).count
        let newVorhaben = log.vorhaben.filter(\.isNew).count
        let opened = log.conflicts.filter { $0.kind == .eroeffnet }.count
        let items: [(String, Int, String)] = [
            ("Geänderte Bewertungen", log.verdicts.count, "\(log.verdicts.count) (bei \(leistungen) Einzelleistungen)"),
            ("Konflikte", log.conflicts.count, "\(opened) eröffnet, \(log.conflicts.count - opened) gelöst"),
            ("Katalogänderungen", log.catalog.count, "\(log.catalog.count) in \(Set(log.catalog.map(\.version)).count) Katalogversion(en)"),
            ("Umsetzungsvorhaben", log.vorhaben.count, "\(newVorhaben) neu, \(log.vorhaben.count - newVorhaben) geändert"),
        ]
        if items.allSatisfy({ $0.1 == 0 }) {
            b += "<p class=\"changes\" data-changes=\"0\">Nichts geändert.</p>\n"
        } else {
            b += "<dl class=\"facts changes\" data-changes=\"\(items.reduce(0) { $0 + $1.1 })\">"
            for (label, n, text) in items where n > 0 { b += "<dt>\(label)</dt><dd>\(HTMLEscape.text(text))</dd>" }
            b += "</dl>\n"
            var byThema: [String: Int] = [:]
            for v in log.verdicts { byThema[v.einzelleistung.themenfeld, default: 0] += 1 }
            let top = byThema.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3)
            if !top.isEmpty {
                b += "<p>Die meisten geänderten Bewertungen: "
                b += top.map { "\(HTMLEscape.text($0.key)) (\($0.value))" }.joined(separator: ", ") + ".</p>\n"
            }
        }
        if let report = reports.first(where: { $0.name == AenderungenReport().name }) {
            b += "<p>\(SiteLink.page(report.page, "Alle Änderungen im Einzelnen"))</p>"
            b += SiteReportSections.downloads(report.downloads, title: report.title, root: "")
        }
        return b + "</section>\n"
    }

    /// The Verband's Umsetzungsstand: how many relevant Leistung×council pairs are online (from
    /// the councils' status, where known), and its Vorhaben by status, where there are any.
    static func umsetzungsstand(_ ctx: SiteContext, reports: [SiteReport]) -> String {
        var b = "<section class=\"sheet\" id=\"umsetzungsstand\"><h2>Umsetzungsstand des Verbands</h2>\n"
        b += councilStatus(ctx)
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
        b += "<h3>Vorhaben des Verbands</h3>\n"
        b += SiteTable(label: "Umsetzungsvorhaben nach Status", headers: ["Status", "Vorhaben", "Einzelleistungen"], rows: rows).html()
        if let roadmap = reports.first(where: { $0.name == "roadmap" }) {
            b += "<p>\(SiteLink.page(roadmap.page, "Zur Umsetzungsplanung (Roadmap)"))</p>\n"
        }
        return b + "</section>\n"
    }

    /// The relevant Leistung×council pairs by the councils' Umsetzungsstand; empty when no
    /// council has reported any.
    static func councilStatus(_ ctx: SiteContext) -> String {
        guard !ctx.umsetzung.isEmpty else { return "" }
        let model = ctx.model
        var counts: [Umsetzungsstand: Int] = [:]
        var pairs = 0, unknown = 0, reporting = 0
        var seen = Set<String>()
        for k in model.kommunen where seen.insert(k.name).inserted {
            let own = ctx.umsetzung[k.name] ?? [:]
            if !own.isEmpty { reporting += 1 }
            let verdicts = ctx.verdicts(of: k)
            for i in model.catalog.einzelleistungen.indices where verdicts[i].isRelevant {
                pairs += 1
                if let s = own[i]?.stand { counts[s, default: 0] += 1 } else { unknown += 1 }
            }
        }
        let online = counts[.online, default: 0]
        let share = pairs > 0 ? ReportValue.percent(Double(online) / Double(pairs)).displayText : "–"
        var b = "<p class=\"online\" data-online=\"\(online)\" data-pairs=\"\(pairs)\">In den Kommunen sind \(online) von \(pairs) "
        b += "relevanten Leistungen online (\(share)); Angaben liegen von \(reporting) von \(seen.count) Kommunen vor.</p>\n"
        var rows: [[SiteTable.Cell]] = Umsetzungsstand.allCases.sorted().compactMap { s in
            counts[s].map { [.verdict(s.label), .number($0)] }
        }
        if unknown > 0 { rows.append([.text("keine Angabe"), .number(unknown)]) }
        return b + SiteTable(label: "Relevante Leistungen der Kommunen nach Umsetzungsstand", headers: ["Umsetzungsstand", "Leistungen × Kommunen"], rows: rows).html()
    }
}
