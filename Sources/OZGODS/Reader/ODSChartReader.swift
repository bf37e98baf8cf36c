import OZGSpreadsheet
import OZGXML

/// Reads an embedded chart object (`Object N/content.xml`) into a ``ChartSpec``: the class
/// (`chart:bar`, horizontal with `chart:vertical="true"`, stacked with `chart:stacked`;
/// `chart:line`; `chart:circle`), the title, the categories of the x axis and each series'
/// values and name cell (`chart:label-cell-address`). Charts of other kinds, or without series
/// that point at cells, give `nil`.
enum ODSChartReader {
    private struct Names {
        var table = XMLNameTable()
        let style, chartProps, chart, title, p, categories, series, domain: XMLName
        let styleName, chartStyleName, chartClass, vertical, stacked, rangeAddress, valuesAddress, labelAddress: XMLName

        init() {
            let S = ODSNames.style, C = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0", T = ODSNames.text
            style = table.register("style", in: S)
            chartProps = table.register("chart-properties", in: S)
            chart = table.register("chart", in: C)
            title = table.register("title", in: C)
            p = table.register("p", in: T)
            categories = table.register("categories", in: C)
            series = table.register("series", in: C)
            domain = table.register("domain", in: C)
            styleName = table.register("name", in: S)
            chartStyleName = table.register("style-name", in: C)
            chartClass = table.register("class", in: C)
            vertical = table.register("vertical", in: C)
            stacked = table.register("stacked", in: C)
            rangeAddress = table.register("cell-range-address", in: ODSNames.table)
            valuesAddress = table.register("values-cell-range-address", in: C)
            labelAddress = table.register("label-cell-address", in: C)
        }
    }

    private static let names = Names()

    static func read(_ bytes: [UInt8], anchor: CellReference, width: Int, height: Int, limits: ReadLimits) throws -> ChartSpec? {
        let n = names
        let x = XMLScanner(bytes: bytes, names: n.table, limits: limits)
        var styles: [String: (vertical: Bool, stacked: Bool)] = [:]
        var currentStyle: String?
        var chartClass = ""
        var plotStyle: String?
        var title = ""
        var inChartTitle = false
        var depthOfTitle = 0
        var categories: (String, CellRange)?
        var series: [ChartSeries] = []
        while true {
            let ev = try x.next()
            switch ev {
            case .endOfDocument:
                guard !series.isEmpty else { return nil }
                let props = plotStyle.flatMap { styles[$0] } ?? (false, false)
                let kind: ChartSpec.Kind
                switch chartClass {
                case "chart:bar":
                    kind = props.vertical ? (props.stacked ? .stackedBar : .bar) : (props.stacked ? .stackedColumn : .column)
                case "chart:line": kind = .line
                case "chart:circle": kind = .pie
                default: return nil
                }
                if let c = categories {
                    for i in series.indices where series[i].categories == CellRange(start: series[i].values.start, end: series[i].values.start) {
                        series[i].categories = c.1
                    }
                }
                return ChartSpec(kind: kind, title: title, anchor: anchor, width: width, height: height, series: series)
            case .startElement(let el):
                switch el {
                case n.style:
                    currentStyle = x.attribute(n.styleName)
                case n.chartProps:
                    if let s = currentStyle {
                        styles[s] = (x.attribute(n.vertical) == "true", x.attribute(n.stacked) == "true")
                    }
                case n.chart:
                    chartClass = x.attribute(n.chartClass) ?? ""
                case n.title:
                    // Only the chart's own title (depth: document, body, chart, chart:chart, title).
                    if title.isEmpty && x.depth == 5 { inChartTitle = true; depthOfTitle = x.depth }
                case n.p:
                    if inChartTitle { title = try x.elementText() }
                case n.categories:
                    if let a = x.attribute(n.rangeAddress), let r = ValidationCondition.rangeAddress(a) { categories = r }
                case n.series:
                    guard let a = x.attribute(n.valuesAddress), let (sheet, values) = ValidationCondition.rangeAddress(a) else { break }
                    let label = x.attribute(n.labelAddress).flatMap { ValidationCondition.rangeAddress($0) }
                    series.append(ChartSeries(
                        name: "", sheet: sheet,
                        categories: categories?.1 ?? CellRange(start: values.start, end: values.start), values: values,
                        nameCell: label?.1.start))
                default:
                    if plotStyle == nil, x.localName == "plot-area" { plotStyle = x.attribute(n.chartStyleName) }
                }
            case .endElement(let el):
                if el == n.title && inChartTitle && x.depth < depthOfTitle { inChartTitle = false }
                if el == n.style { currentStyle = nil }
            default:
                break
            }
        }
    }
}
