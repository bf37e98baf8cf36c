import OZGSpreadsheet

/// The page layout and master page of a sheet with a print set-up, for `styles.xml`.
///
/// Each such sheet gets its own pair (`pmN` and `PageN`), because the header names the sheet's
/// title: paper size and orientation (`fo:page-width`/`fo:page-height`,
/// `style:print-orientation`), fit to width (`style:scale-to-X`, height unlimited), and a
/// header and footer whose regions hold text, `text:page-number`, `text:page-count` and
/// `text:sheet-name`.
enum PageStyleXML {
    /// The `style:page-layout` element named `layoutName`.
    static func pageLayout(_ p: PrintSetup, name layoutName: String) -> String {
        let mm = p.paper.millimetres
        let (w, h) = p.landscape ? (mm.height, mm.width) : (mm.width, mm.height)
        var props = "fo:page-width=\"\(ODSUnits.format(w / 10))cm\" fo:page-height=\"\(ODSUnits.format(h / 10))cm\""
        props += " style:print-orientation=\"\(p.landscape ? "landscape" : "portrait")\""
        props += " fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\" fo:margin-left=\"1.5cm\" fo:margin-right=\"1.5cm\""
        props += " style:print-page-order=\"ttb\" style:first-page-number=\"continue\" style:print=\"charts drawings objects zero-values\""
        if p.fitToWidth > 0 {
            props += " style:scale-to-X=\"\(p.fitToWidth)\" style:scale-to-Y=\"0\" loext:scale-to-X=\"\(p.fitToWidth)\" loext:scale-to-Y=\"0\""
        }
        props += " style:writing-mode=\"lr-tb\""
        let hf = "<style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:margin-%@=\"0.25cm\"/>"
        return "<style:page-layout style:name=\"\(layoutName)\"><style:page-layout-properties \(props)/>"
            + "<style:header-style>" + hf.replacingOccurrences(of: "%@", with: "bottom") + "</style:header-style>"
            + "<style:footer-style>" + hf.replacingOccurrences(of: "%@", with: "top") + "</style:footer-style>"
            + "</style:page-layout>"
    }

    /// The `style:master-page` element named `name` on the page layout `layoutName`.
    static func masterPage(_ p: PrintSetup, name: String, layoutName: String) -> String {
        var out = "<style:master-page style:name=\"\(name)\" style:page-layout-name=\"\(layoutName)\">"
        out += region("style:header", p.header)
        out += region("style:footer", p.footer)
        return out + "</style:master-page>"
    }

    private static func region(_ element: String, _ text: PageText?) -> String {
        guard let text, !text.isEmpty else { return "<\(element) style:display=\"false\"/>" }
        var out = "<\(element)>"
        for (tag, pieces) in [("style:region-left", text.left), ("style:region-center", text.center), ("style:region-right", text.right)] {
            out += "<\(tag)><text:p>" + pieces.map(piece).joined() + "</text:p></\(tag)>"
        }
        return out + "</\(element)>"
    }

    private static func piece(_ p: PageText.Piece) -> String {
        switch p {
        case .text(let s): return DataStyleWriter.escape(s)
        case .pageNumber: return "<text:page-number>1</text:page-number>"
        case .pageCount: return "<text:page-count>1</text:page-count>"
        case .sheetName: return "<text:sheet-name>???</text:sheet-name>"
        }
    }
}
