import OZGSpreadsheet

/// An ODF chart object embedded in the spreadsheet: the `draw:frame` placed in the anchor cell,
/// and the object's own `content.xml` and `styles.xml` (`Object N/`).
///
/// The chart reads its data from the spreadsheet: the plot area names the whole range
/// (`table:cell-range-address`), each series its values (`chart:values-cell-range-address`)
/// and, where the series knows it, the cell holding its name (`chart:label-cell-address`); the
/// categories sit on the x axis (`chart:categories`). Bar and column charts are `chart:bar`
/// (horizontal bars with `chart:vertical="true"`), stacked ones add `chart:stacked`; lines are
/// `chart:line`, pies `chart:circle`.
enum ChartObjectXML {
    static let chartNamespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:xlink="http://www.w3.org/1999/xlink" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
        xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" \
        xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
        """

    /// Centimetres for a size in pixels at 96 dpi.
    static func cm(_ px: Int) -> String {
        ODSUnits.format((Double(max(px, 1)) * 2.54 / 96 * 1000).rounded() / 1000) + "cm"
    }

    /// `'Sheet'.$A$1:'Sheet'.$B$5`, the address form of ODF ranges.
    static func address(_ sheet: String, _ r: CellRange) -> String {
        let s = FormulaTranslator.quoteSheet(sheet)
        func abs(_ c: CellReference) -> String { "$" + CellReference.columnName(c.column) + "$" + String(c.row + 1) }
        return s + "." + abs(r.start) + ":" + s + "." + abs(r.end)
    }

    static func cellAddress(_ sheet: String, _ c: CellReference) -> String {
        FormulaTranslator.quoteSheet(sheet) + ".$" + CellReference.columnName(c.column) + "$" + String(c.row + 1)
    }

    /// The frame that shows object `objectName` in its anchor cell.
    static func frame(_ spec: ChartSpec, objectName: String, index: Int) -> String {
        let ranges = spec.series.map { address($0.sheet, $0.values) }.joined(separator: " ")
        return "<draw:frame draw:z-index=\"\(index)\" draw:name=\"" + DataStyleWriter.escape(spec.title.isEmpty ? "Diagramm \(index + 1)" : spec.title)
            + "\" svg:width=\"\(cm(spec.width))\" svg:height=\"\(cm(spec.height))\" svg:x=\"0cm\" svg:y=\"0cm\">"
            + "<draw:object draw:notify-on-update-of-ranges=\"" + DataStyleWriter.escape(ranges) + "\" xlink:href=\"./"
            + DataStyleWriter.escape(objectName) + "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>"
    }

    /// The object's `content.xml`.
    static func content(_ spec: ChartSpec) -> String {
        let chartClass: String
        var plotProps = ""
        switch spec.kind {
        case .bar: chartClass = "chart:bar"; plotProps = " chart:vertical=\"true\""
        case .column: chartClass = "chart:bar"; plotProps = " chart:vertical=\"false\""
        case .stackedBar: chartClass = "chart:bar"; plotProps = " chart:vertical=\"true\" chart:stacked=\"true\""
        case .stackedColumn: chartClass = "chart:bar"; plotProps = " chart:vertical=\"false\" chart:stacked=\"true\""
        case .line: chartClass = "chart:line"; plotProps = " chart:symbol-type=\"automatic\""
        case .pie: chartClass = "chart:circle"
        }
        var styles = "<style:style style:name=\"chart\" style:family=\"chart\"><style:graphic-properties draw:stroke=\"none\" draw:fill-color=\"#ffffff\"/></style:style>"
        styles += "<style:style style:name=\"title\" style:family=\"chart\"><style:text-properties fo:font-size=\"12pt\" fo:font-weight=\"bold\"/></style:style>"
        styles += "<style:style style:name=\"plot\" style:family=\"chart\"><style:chart-properties\(plotProps) chart:include-hidden-cells=\"false\" chart:auto-position=\"true\" chart:auto-size=\"true\"/></style:style>"
        styles += "<style:style style:name=\"axis\" style:family=\"chart\"><style:chart-properties chart:display-label=\"true\" chart:reverse-direction=\"\(spec.kind == .bar || spec.kind == .stackedBar)\"/><style:text-properties fo:font-size=\"9pt\"/></style:style>"
        styles += "<style:style style:name=\"valueAxis\" style:family=\"chart\"><style:chart-properties chart:display-label=\"true\"/><style:text-properties fo:font-size=\"9pt\"/></style:style>"
        styles += "<style:style style:name=\"grid\" style:family=\"chart\"><style:graphic-properties svg:stroke-color=\"#d9d9d9\"/></style:style>"
        for (i, s) in spec.series.enumerated() {
            var g = ""
            if let c = s.color, spec.kind != .pie {
                let hex = c.hex.lowercased()
                g = spec.kind == .line
                    ? " draw:stroke=\"solid\" svg:stroke-color=\"\(hex)\" svg:stroke-width=\"0.08cm\" draw:fill-color=\"\(hex)\""
                    : " draw:fill=\"solid\" draw:fill-color=\"\(hex)\" draw:stroke=\"none\""
            }
            styles += "<style:style style:name=\"series\(i)\" style:family=\"chart\"><style:graphic-properties\(g)/></style:style>"
        }
        var plot = ""
        if let first = spec.series.first {
            let all = spec.series.map { address($0.sheet, $0.values) }
            let ranges = ([address(first.sheet, first.categories)] + all).joined(separator: " ")
            plot += "<chart:plot-area chart:style-name=\"plot\" table:cell-range-address=\"" + DataStyleWriter.escape(ranges)
                + "\" chart:data-source-has-labels=\"none\">"
            if spec.kind != .pie {
                plot += "<chart:axis chart:dimension=\"x\" chart:name=\"primary-x\" chart:style-name=\"axis\">"
                if let t = spec.xAxisTitle { plot += "<chart:title><text:p>" + DataStyleWriter.escape(t) + "</text:p></chart:title>" }
                plot += "<chart:categories table:cell-range-address=\"" + DataStyleWriter.escape(address(first.sheet, first.categories)) + "\"/></chart:axis>"
                plot += "<chart:axis chart:dimension=\"y\" chart:name=\"primary-y\" chart:style-name=\"valueAxis\">"
                if let t = spec.yAxisTitle { plot += "<chart:title><text:p>" + DataStyleWriter.escape(t) + "</text:p></chart:title>" }
                plot += "<chart:grid chart:style-name=\"grid\" chart:class=\"major\"/></chart:axis>"
            }
            for (i, s) in spec.series.enumerated() {
                plot += "<chart:series chart:style-name=\"series\(i)\" chart:class=\"\(chartClass)\" chart:values-cell-range-address=\""
                    + DataStyleWriter.escape(address(s.sheet, s.values)) + "\""
                if let n = s.nameCell { plot += " chart:label-cell-address=\"" + DataStyleWriter.escape(cellAddress(s.sheet, n)) + "\"" }
                plot += ">"
                if spec.kind == .pie && i == 0 {
                    plot += "<chart:domain table:cell-range-address=\"" + DataStyleWriter.escape(address(s.sheet, s.categories)) + "\"/>"
                }
                plot += "<chart:data-point chart:repeated=\"\(max(1, s.values.rowCount * s.values.columnCount))\"/></chart:series>"
            }
            plot += "</chart:plot-area>"
        }
        var chart = "<chart:chart svg:width=\"\(cm(spec.width))\" svg:height=\"\(cm(spec.height))\" chart:class=\"\(chartClass)\" chart:style-name=\"chart\">"
        if !spec.title.isEmpty { chart += "<chart:title chart:style-name=\"title\"><text:p>" + DataStyleWriter.escape(spec.title) + "</text:p></chart:title>" }
        if spec.series.count > 1 || spec.kind == .pie { chart += "<chart:legend chart:legend-position=\"end\" style:legend-expansion=\"high\"/>" }
        chart += plot + "</chart:chart>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \(chartNamespaces) office:version=\"1.2\"><office:automatic-styles>"
            + styles + "</office:automatic-styles><office:body><office:chart>" + chart + "</office:chart></office:body></office:document-content>"
    }

    /// The object's `styles.xml` (empty: every style is automatic).
    static let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles \(chartNamespaces) office:version=\"1.2\"><office:styles/></office:document-styles>"
}
