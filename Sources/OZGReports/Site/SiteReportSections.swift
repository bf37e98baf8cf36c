/// A report document drawn inside a site page: its sheets as sections, by ``HTMLReportRenderer``.
enum SiteReportSections {
    /// - Parameter fold: long lists are shown with their Themenfeld and OZG-Leistung as group
    ///   rows (``SiteTableFold``).
    static func html(_ document: ReportDocument, firstSection: Int = 1, fold: Bool = false) -> String {
        let renderer = HTMLReportRenderer()
        var h = ""
        for (i, sheet) in document.sheets.enumerated() {
            h += renderer.section(
                sheet, number: firstSection + i, document: document, classOf: HTMLReportRenderer.paletteClasses,
                table: fold ? { HTMLReportRenderer.frameStart($0) + renderer.tableElementHTML(SiteTableFold.fold($0), classOf: HTMLReportRenderer.paletteClasses) } : nil)
        }
        return h
    }

    /// Download links of one report: `.xlsx`, `.ods` and the CSV files, relative to `root`.
    static func downloads(_ files: [String], title: String, root: String) -> String {
        guard !files.isEmpty else { return "" }
        var h = "<ul class=\"downloads\" aria-label=\"Downloads: \(HTMLEscape.text(title))\"><li>"
        for f in files {
            let name = f.split(separator: "/").last.map(String.init) ?? f
            let label = files.filter({ $0.hasSuffix(".csv") }).count > 1 && f.hasSuffix(".csv") ? name : "." + (f.split(separator: ".").last.map(String.init) ?? "")
            h += "<a href=\"\(HTMLEscape.text(root + f))\" download>\(HTMLEscape.text(label))<span class=\"sr-only\"> – \(HTMLEscape.text(title))</span></a>"
        }
        return h + "</li></ul>\n"
    }
}
