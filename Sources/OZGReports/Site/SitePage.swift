import OZGSpreadsheet

/// The frame of every page: title, „Beispieldaten“ where it applies, Stand, navigation, footer.
struct SitePage {
    /// What the navigation marks as the current place.
    enum Place: String { case start, suche, kommunen, berichte, other }

    var path: String
    var title: String
    var place: Place
    var isSampleData: Bool
    var stand: CalendarDate?
    /// The HTML inside `<main>`; every text in it is escaped by its maker.
    var body: String
    var scripts: [String] = []

    /// The prefix from this page to the site's folder.
    var root: String { SitePaths.root(of: path) }

    static let siteName = "OZG-Leistungen im Verband"

    func html() -> String {
        let sample = isSampleData ? " <span class=\"sample\">\(ReportDocument.sampleDataLabel)</span>" : ""
        var h = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta name=\"generator\" content=\"OZGKit\">\n"
        h += "<title>\(HTMLEscape.text(title))\(isSampleData ? " (Beispieldaten)" : "") – \(SitePage.siteName)</title>\n"
        h += "<link rel=\"stylesheet\" href=\"\(root)\(SitePaths.css)\">\n</head>\n<body>\n"
        h += "<a class=\"skip\" href=\"#inhalt\">Zum Inhalt springen</a>\n"
        h += "<header class=\"doc\"><p class=\"site\">\(SitePage.siteName)</p><h1>\(HTMLEscape.text(title))\(sample)</h1>"
        var byline: [String] = []
        if let stand { byline.append("Stand: " + ReportValue.germanDate(stand)) }
        if isSampleData { byline.append("Beispieldaten: Bewertungen und Planungen sind erfunden.") }
        if !byline.isEmpty { h += "<p class=\"stand\">\(HTMLEscape.text(byline.joined(separator: " · ")))</p>" }
        h += "</header>\n<nav class=\"site\" aria-label=\"Hauptnavigation\">"
        let items: [(Place, String, String)] = [
            (.start, SitePaths.start, "Start"), (.suche, SitePaths.search, "Suche"),
            (.kommunen, SitePaths.kommunenList, "Kommunen"), (.berichte, SitePaths.reportList, "Berichte und Downloads"),
        ]
        for (p, file, label) in items {
            h += "<a href=\"\(root)\(file)\"\(p == place ? " aria-current=\"page\"" : "")>\(label)</a>"
        }
        h += "</nav>\n<main id=\"inhalt\">\n\(body)</main>\n"
        h += "<footer>Erstellt mit OZGKit\(isSampleData ? " · Beispieldaten" : "")</footer>\n"
        for s in scripts { h += "<script src=\"\(root)\(s)\"></script>\n" }
        return h + "</body>\n</html>\n"
    }
}
