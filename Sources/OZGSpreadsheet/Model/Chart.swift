/// A chart placed on a sheet, in format-neutral terms: the writer draws it natively
/// (XLSX: a libxlsxwriter chart) from ranges of the same workbook.
public struct ChartSpec: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case bar, column, stackedBar, stackedColumn, line, pie }

    public var kind: Kind
    public var title: String
    /// The cell the chart's top-left corner sits on.
    public var anchor: CellReference
    /// Size in pixels.
    public var width: Int
    public var height: Int
    public var series: [ChartSeries]
    public var xAxisTitle: String?
    public var yAxisTitle: String?

    public init(
        kind: Kind, title: String, anchor: CellReference, width: Int = 640, height: Int = 360,
        series: [ChartSeries], xAxisTitle: String? = nil, yAxisTitle: String? = nil
    ) {
        self.kind = kind
        self.title = title
        self.anchor = anchor
        self.width = width
        self.height = height
        self.series = series
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
    }
}

/// One data series: categories and values as ranges on a sheet of the same workbook.
public struct ChartSeries: Hashable, Sendable {
    public var name: String
    /// The sheet the ranges are on.
    public var sheet: String
    public var categories: CellRange
    public var values: CellRange
    public var color: RGBColor?
    /// The cell that holds `name` (a table's header), where a format names series by cell (ODF).
    public var nameCell: CellReference?

    public init(
        name: String, sheet: String, categories: CellRange, values: CellRange, color: RGBColor? = nil, nameCell: CellReference? = nil
    ) {
        self.nameCell = nameCell
        self.name = name
        self.sheet = sheet
        self.categories = categories
        self.values = values
        self.color = color
    }
}

/// A conditional format on a range: fixed colours for given cell texts, or a colour scale.
public struct ConditionalFormat: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// Cells whose text equals `text` get `style`.
        case textEquals(String, style: CellStyle)
        /// A two-colour scale from the lowest to the highest number.
        case colorScale(low: RGBColor, high: RGBColor)
        /// A three-colour scale with a midpoint at the 50th percentile.
        case colorScale3(low: RGBColor, mid: RGBColor, high: RGBColor)
    }

    public var range: CellRange
    public var rule: Rule

    public init(range: CellRange, rule: Rule) {
        self.range = range
        self.rule = rule
    }
}
