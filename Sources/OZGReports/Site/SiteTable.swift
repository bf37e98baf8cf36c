/// A small table of the site's own (council facts, Umsetzung, lists) that may hold links.
///
/// Report documents are drawn by ``HTMLReportRenderer``; this is only for the page structure
/// around them. Texts are escaped here; ``Cell/html(_:)`` takes markup made by ``SiteLink``.
struct SiteTable {
    enum Cell {
        case text(String)
        /// A Relevanz or status with its palette colour.
        case verdict(String)
        case number(Int)
        /// Markup made by the site (links through ``SiteLink``), already escaped.
        case html(String)
    }

    var label: String
    var headers: [String]
    var rows: [[Cell]]

    func html() -> String {
        var h = "<div class=\"frame fit\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLEscape.text(label))\"><table>\n<thead><tr>"
        for (i, name) in headers.enumerated() {
            h += "<th scope=\"col\"\(i == 0 ? " class=\"stick\"" : "")>\(HTMLEscape.text(name))</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr>"
            for cell in row {
                switch cell {
                case .text(let s): h += "<td>\(HTMLEscape.text(s))</td>"
                case .number(let n): h += "<td class=\"n\">\(n)</td>"
                case .html(let s): h += "<td>\(s)</td>"
                case .verdict(let s):
                    let cls = HTMLReportRenderer.paletteClasses[s.lowercased()].map { " " + $0 } ?? ""
                    h += "<td class=\"v\(cls)\">\(HTMLEscape.text(s))</td>"
                }
            }
            h += "</tr>\n"
        }
        return h + "</tbody></table></div>\n"
    }
}
