import Foundation
import OZGSpreadsheet

/// Renders a report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts.
///
/// Tables scroll inside a frame with sticky header rows; verdicts and timeline cells carry the
/// colours of ``ReportPalette`` with a legend; heat maps are shaded; sample data is labelled
/// „Beispieldaten“ at the top of the page and of every sheet. The print style sheet drops the
/// frames and repeats table headers on every page. Every text is HTML-escaped.
public struct HTMLReportRenderer: ReportRenderer {
    public let format = ReportFormat.html

    public init() {}

    @discardableResult
    public func render(_ document: ReportDocument, to path: String) throws -> [String] {
        try render(document, to: path, committingInto: nil)
    }

    @discardableResult
    public func render(_ document: ReportDocument, to path: String, committingInto batch: AtomicBatch?) throws -> [String] {
        try FileOutput.write(Data(html(for: document).utf8), to: path, batch: batch)
        return [path]
    }

    static let css = """
        :root{--head:#1F4E79;--grid:#d0d7e2}
        *{box-sizing:border-box}
        body{font-family:"Segoe UI","Liberation Sans",Arial,sans-serif;font-size:14px;color:#222;margin:0;background:#f4f6f9}
        header.doc{background:var(--head);color:#fff;padding:18px 28px 14px}
        header.doc h1{margin:0 0 4px;font-size:24px;font-weight:600}
        header.doc p{margin:0;opacity:.9}
        .sample{display:inline-block;background:#FFF2CC;color:#9C0006;border:1px solid #9C0006;border-radius:3px;padding:1px 8px;font-weight:700;font-size:12px;letter-spacing:.03em;margin-left:6px}
        nav{padding:8px 28px;background:#e8edf4;border-bottom:1px solid var(--grid)}
        nav a{margin-right:16px;color:var(--head);text-decoration:none;font-weight:600}
        main{padding:8px 28px 28px}
        section.sheet{background:#fff;border:1px solid var(--grid);border-radius:4px;margin:16px 0;padding:12px 18px}
        section.sheet h2{font-size:19px;color:var(--head);margin:4px 0 8px}
        h3{font-size:15px;margin:14px 0 6px}
        .frame{max-height:70vh;overflow:auto;border:1px solid var(--grid)}
        table{border-collapse:separate;border-spacing:0;font-size:12.5px}
        th,td{border-right:1px solid var(--grid);border-bottom:1px solid var(--grid);padding:3px 6px;vertical-align:top;max-width:30em}
        thead th{position:sticky;top:0;z-index:2;background:var(--head);color:#fff;text-align:left;font-weight:600;max-width:14em}
        th.num{max-width:none}
        thead th{hyphens:auto;-webkit-hyphens:auto;overflow-wrap:break-word}
        th.stick{left:0;z-index:3}
        td.stick{position:sticky;left:0;z-index:1;background:#fff;box-shadow:1px 0 0 var(--grid)}
        tr.total td.stick{background:#E7E6E6}
        td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.v{text-align:center;white-space:nowrap}
        td.tl{min-width:26px;padding:0}
        th.tl{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:400;font-size:11px;padding:6px 2px;white-space:nowrap}
        .deadline-col{border-right:3px solid #C00000 !important}
        tr.group td{background:#D9E1F2;font-weight:700}
        tr.subgroup td{background:#EDF1F9;font-style:italic}
        tr.total td{background:#E7E6E6;font-weight:700;border-top:2px solid #888}
        figure{margin:14px 0;max-width:900px}
        figure svg{width:100%;height:auto;background:#fff}
        svg .ct{font-size:15px;font-weight:600;fill:#1F4E79}
        svg .cat,svg .tick,svg .lg{font-size:11px;fill:#333}
        svg .dl{font-size:11px;fill:#C00000;font-weight:600}
        svg .grid{stroke:#e3e7ee;stroke-width:1}
        svg .axis{stroke:#666;stroke-width:1}
        svg .deadline{stroke:#C00000;stroke-width:2;stroke-dasharray:5 3}
        ul.legend{list-style:none;padding:0;margin:8px 0;display:flex;flex-wrap:wrap;gap:6px 14px;font-size:12px}
        ul.legend li span{display:inline-block;width:14px;height:14px;border:1px solid #999;vertical-align:-2px;margin-right:5px}
        ul.notes{color:#555;font-size:12.5px;margin:10px 0 0;padding-left:18px}
        footer{color:#777;font-size:11px;padding:0 28px 20px}
        @media print{
          body{background:#fff;font-size:10px}
          nav{display:none}
          header.doc{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 6px}
          .frame{max-height:none;overflow:visible;border:0}
          thead{display:table-header-group}
          thead th{position:static;background:#ddd !important;color:#000}
          td.stick{position:static}
          section.sheet{border:0;page-break-before:always;padding:0}
          section.sheet:first-of-type{page-break-before:auto}
          tr{page-break-inside:avoid}
          *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
          @page{size:A4 landscape;margin:12mm}
        }
        """

    /// The page's HTML text.
    public func html(for document: ReportDocument) -> String {
        let css = HTMLReportRenderer.css + HTMLReportRenderer.paletteCSS
        let classOf = HTMLReportRenderer.paletteClasses
        var h = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta name=\"generator\" content=\"OZGKit\">\n"
        h += "<title>\(HTMLEscape.text(document.title))\(document.isSampleData ? " (Beispieldaten)" : "")</title>\n"
        h += "<style>\n\(css)\n</style>\n</head>\n<body>\n"
        h += "<header class=\"doc\"><h1>\(HTMLEscape.text(document.title))"
        if document.isSampleData { h += " <span class=\"sample\">\(ReportDocument.sampleDataLabel)</span>" }
        h += "</h1>"
        var byline: [String] = []
        if let s = document.subtitle, !s.isEmpty { byline.append(HTMLEscape.text(s)) }
        if let stand = document.stand { byline.append("Stand: " + ReportValue.germanDate(stand)) }
        if !byline.isEmpty { h += "<p>\(byline.joined(separator: " · "))</p>" }
        h += "</header>\n"
        if document.sheets.count > 1 {
            h += "<nav>" + document.sheets.enumerated().map { "<a href=\"#blatt-\($0.offset + 1)\">\(HTMLEscape.text($0.element.name))</a>" }.joined() + "</nav>\n"
        }
        h += "<main>\n"
        for (i, sheet) in document.sheets.enumerated() {
            h += section(sheet, number: i + 1, document: document, classOf: classOf)
        }
        h += "</main>\n<footer>Erstellt mit OZGKit</footer>\n</body>\n</html>\n"
        return h
    }

    /// The CSS class of each palette value (lower case): one class per colour keeps the matrix
    /// pages small.
    static let paletteClasses: [String: String] = {
        var classOf: [String: String] = [:]
        for (i, key) in ReportPalette.fills.keys.sorted().enumerated() { classOf[key] = "p\(i)" }
        return classOf
    }()

    /// The rules of the palette classes (``paletteClasses``).
    static let paletteCSS: String = {
        var css = ""
        for key in ReportPalette.fills.keys.sorted() {
            guard let cls = paletteClasses[key] else { continue }
            let fill = ReportPalette.fills[key]?.hex ?? "#FFFFFF"
            let font = ReportPalette.fonts[key]?.hex ?? "#222222"
            css += "\ntd.\(cls){background:\(fill);color:\(font)}\ntd.tl.\(cls){color:transparent}"
        }
        return css
    }()

    /// One sheet as a `<section>`; `table` draws a table (the website passes one that reuses
    /// tables it has drawn before), by default ``tableHTML(_:classOf:)``.
    func section(
        _ sheet: ReportSheet, number: Int, document: ReportDocument, classOf: [String: String],
        table drawTable: ((ReportTable) -> String)? = nil
    ) -> String {
        var h = "<section class=\"sheet\" id=\"blatt-\(number)\">\n<h2>\(HTMLEscape.text(sheet.name))"
        if document.isSampleData { h += " <span class=\"sample\">\(ReportDocument.sampleDataLabel)</span>" }
        h += "</h2>\n"
        var legendValues: [String] = []
        for (ti, table) in sheet.tables.enumerated() {
            h += "<h3>\(HTMLEscape.text(table.title))</h3>\n"
            h += drawTable?(table) ?? tableHTML(table, classOf: classOf)
            for chart in sheet.charts where chart.table == ti {
                let svg = SVGChartRenderer.svg(chart, table: table)
                if !svg.isEmpty { h += "<figure>\(svg)<figcaption class=\"sr\" hidden>\(HTMLEscape.text(chart.title))</figcaption></figure>\n" }
            }
            for (c, col) in table.columns.enumerated() where col.kind == .verdict || col.kind == .timeline {
                for row in table.rows {
                    if case .verdict(let s) = row[c], ReportPalette.fill(for: s) != nil, !legendValues.contains(s) {
                        legendValues.append(s)
                    }
                }
            }
        }
        if !legendValues.isEmpty {
            let order = ReportPalette.relevanzLegend + ReportPalette.statusLegend
            legendValues.sort { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
            h += "<ul class=\"legend\" aria-label=\"Legende\">"
            for v in legendValues {
                let fill = ReportPalette.fill(for: v)?.hex ?? "#FFFFFF"
                h += "<li><span style=\"background:\(fill)\"></span>\(HTMLEscape.text(v))</li>"
            }
            h += "</ul>\n"
        }
        if !sheet.notes.isEmpty {
            h += "<ul class=\"notes\">" + sheet.notes.map { "<li>\(HTMLEscape.text($0))</li>" }.joined() + "</ul>\n"
        }
        return h + "</section>\n"
    }

    func tableHTML(_ table: ReportTable, classOf: [String: String]) -> String {
        HTMLReportRenderer.frameStart(table) + tableElementHTML(table, classOf: classOf)
    }

    /// The scrolling frame around a table: it takes the keyboard focus (arrow keys scroll it)
    /// and is named after the table.
    static func frameStart(_ table: ReportTable) -> String {
        let name = HTMLEscape.text(table.title.isEmpty ? "Tabelle" : table.title)
        return "<div class=\"frame\" tabindex=\"0\" role=\"region\" aria-label=\"\(name)\">"
    }

    /// The `<table>` element and the end of the frame: everything of a table but its title.
    func tableElementHTML(_ table: ReportTable, classOf: [String: String]) -> String {
        let deadline = table.columns.firstIndex { $0.kind == .timeline && $0.name.contains(RoadmapReport.milestoneMark) }
        var h = "<table>\n<thead><tr>"
        for (c, col) in table.columns.enumerated() {
            var cls = col.kind == .timeline ? "tl" : ""
            if c == deadline { cls += " deadline-col" }
            if [.integer, .number, .percent, .date].contains(col.kind) { cls += " num" }
            if c == 0 && table.frozenColumns > 0 { cls += " stick" }
            // Quarter columns show `2022 Q4`, with ⚑ where a milestone falls.
            let label = col.kind == .timeline ? String(col.name.prefix(7)) + (c == deadline ? " ⚑" : "") : col.name
            // Wide text columns keep a minimum width so a narrow window does not squeeze them.
            let minWidth = col.kind == .text ? (col.width.map { $0 >= 16 ? " style=\"min-width:\(Int(min($0, 36) * 0.36))em\"" : "" } ?? "") : ""
            h += "<th scope=\"col\" title=\"\(HTMLEscape.text(col.name))\"\(minWidth)\(cls.isEmpty ? "" : " class=\"\(cls.trimmingCharacters(in: .whitespaces))\"")>\(HTMLEscape.text(label))</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        let heat = Set(table.heatMapColumnIndexes)
        let bounds = table.heatMapBounds
        for row in table.rows {
            h += row.role == .data ? "<tr>" : "<tr class=\"\(row.role.rawValue)\">"
            if row.role == .group || row.role == .subgroup, row.cells.dropFirst().allSatisfy(\.isEmpty) {
                h += "<td colspan=\"\(max(1, table.columns.count))\">\(HTMLEscape.text(row[0].displayText))</td></tr>\n"
                continue
            }
            for c in 0..<table.columns.count {
                let v = row[c]
                let kind = table.columns[c].kind
                var classes: [String] = []
                var style = ""
                var title = ""
                switch v {
                case .integer, .number, .percent, .date: classes.append("n")
                case .verdict(let s):
                    classes.append(kind == .timeline ? "tl" : "v")
                    if let cls = classOf[s.lowercased()] { classes.append(cls) }
                    if kind == .timeline { title = s }
                default:
                    if kind == .timeline { classes.append("tl") }
                }
                if c == deadline { classes.append("deadline-col") }
                if c == 0 && table.frozenColumns > 0 { classes.append("stick") }
                if row.role == .data, heat.contains(c), let n = v.numericValue, let bounds {
                    let t = bounds.high > bounds.low ? (n - bounds.low) / (bounds.high - bounds.low) : 0
                    style = "background:\(ReportPalette.interpolate(ReportPalette.heatLow, ReportPalette.heatHigh, t).hex)"
                }
                h += "<td"
                if !classes.isEmpty { h += " class=\"\(classes.joined(separator: " "))\"" }
                if !style.isEmpty { h += " style=\"\(style)\"" }
                if !title.isEmpty { h += " title=\"\(HTMLEscape.text(title))\"" }
                h += ">"
                let text = HTMLEscape.text(kind == .timeline && !v.isEmpty ? "■" : v.displayText)
                // Line breaks of a paragraph stay line breaks.
                h += kind == .paragraph ? text.replacingOccurrences(of: "\n", with: "<br>") : text
                h += "</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody></table></div>\n"
    }
}
