import OZGDomain

/// The search page: a form with labelled filters and a table the script fills.
enum SiteSearchPage {
    static func page(_ ctx: SiteContext) -> SitePage {
        let model = ctx.model
        func options(_ items: [(String, String)]) -> String {
            items.map { "<option value=\"\(HTMLEscape.text($0.0))\">\(HTMLEscape.text($0.1))</option>" }.joined()
        }
        var b = "<section class=\"sheet\"><h2>Einzelleistungen suchen</h2>\n"
        b += "<form class=\"search\" id=\"suche\" role=\"search\" aria-label=\"Einzelleistungen suchen\" data-root=\"\">\n"
        b += "<div class=\"wide\"><label for=\"q\">Suchbegriff: Leistungsbezeichnung, Synonym, OZG-Leistung, Lage, LeiKa-Schlüssel oder OZG-ID</label>"
        b += "<input type=\"search\" id=\"q\" name=\"q\" spellcheck=\"false\"></div>\n"
        b += "<div><label for=\"f-thema\">Themenfeld</label><select id=\"f-thema\" name=\"thema\"><option value=\"\">alle Themenfelder</option>"
        b += options(model.catalog.themenfelder.enumerated().map { (String($0.offset), $0.element) }) + "</select></div>\n"
        b += "<div><label for=\"f-typ\">Kommunaltyp</label><select id=\"f-typ\" name=\"typ\"><option value=\"\">alle Kommunaltypen</option>"
        b += options(model.kommunaltypen.types.enumerated().map { (String($0.offset), $0.element.name) }) + "</select></div>\n"
        b += "<div><label for=\"f-kommune\">Kommune</label><select id=\"f-kommune\" name=\"kommune\"><option value=\"\">alle Kommunen</option>"
        b += options(model.kommunen.enumerated().map { (String($0.offset), $0.element.name) }) + "</select></div>\n"
        b += "<div><label for=\"f-relevanz\">Relevanz</label><select id=\"f-relevanz\" name=\"relevanz\">"
        b += options([("", "alle"), ("r", "relevant (ja oder teilweise)"), ("j", "ja"), ("t", "teilweise"), ("n", "nein"), ("o", "offen (nicht bewertet)")])
        b += "</select></div>\n"
        let statuses = ctx.statusesPresent
        if !statuses.isEmpty {
            b += "<div><label for=\"f-status\">Vorhaben des Verbands</label><select id=\"f-status\" name=\"status\"><option value=\"\">alle</option>"
            b += options(statuses.enumerated().map { (String($0.offset), $0.element.label) } + [("-", "ohne Vorhaben")])
            b += "</select></div>\n"
        }
        if !ctx.umsetzung.isEmpty {
            b += "<div><label for=\"f-stand\">Umsetzungsstand</label><select id=\"f-stand\" name=\"stand\"><option value=\"\">alle</option>"
            b += options(Umsetzungsstand.allCases.sorted().enumerated().map { (String($0.offset), $0.element.label) }
                + [("luecke", "noch nicht online (Lücke)"), ("-", "ohne Angabe")])
            b += "</select></div>\n"
        }
        b += "</form>\n"
        b += "<p class=\"count\" id=\"anzahl\" role=\"status\" aria-live=\"polite\">Die Suche braucht JavaScript.</p>\n"
        b += "<p class=\"hint\">Die Relevanz gilt für die gewählte Kommune (ihre Ausnahmen gehen vor), sonst für den gewählten "
        b += "Kommunaltyp, sonst für mindestens einen Kommunaltyp. Der Umsetzungsstand gilt für die gewählte Kommune, sonst für "
        b += "mindestens eine Kommune (Lücke: in keiner online; ohne Angabe: keine Kommune hat etwas gemeldet). "
        b += "Alle Daten liegen in diesem Ordner; die Suche sendet nichts.</p>\n"
        b += "<div class=\"frame\" tabindex=\"0\" role=\"region\" aria-label=\"Treffer\"><table id=\"treffer\"><caption class=\"sr-only\">Treffer der Suche</caption><thead></thead><tbody></tbody></table></div>\n"
        b += "</section>\n"
        return SitePage(
            path: SitePaths.search, title: "Suche", place: .suche, isSampleData: model.isSampleData, stand: model.stand,
            body: b, scripts: [SitePaths.data, SitePaths.script])
    }
}
