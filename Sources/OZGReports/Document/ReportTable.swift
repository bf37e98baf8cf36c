/// A table of a report: typed columns and rows with roles.
public struct ReportTable: Hashable, Sendable {
    public var title: String
    public var columns: [ReportColumn]
    public var rows: [ReportRow]
    /// Colour the numeric cells of the data rows on a scale from low to high.
    public var heatMap: Bool
    /// The columns the heat map covers; `nil` for every numeric column.
    public var heatMapColumns: [Int]?
    /// The first columns that stay in view when scrolling sideways (row headers).
    public var frozenColumns: Int
    /// Whether a workbook gives the table an auto-filter and keeps its header in view; off for
    /// short tables of facts (a cover sheet's „Angabe | Inhalt“).
    public var isFilterable: Bool

    public init(
        title: String, columns: [ReportColumn], rows: [ReportRow] = [], heatMap: Bool = false, heatMapColumns: [Int]? = nil,
        frozenColumns: Int = 0, isFilterable: Bool = true
    ) {
        self.isFilterable = isFilterable
        self.heatMapColumns = heatMapColumns
        self.title = title
        self.columns = columns
        self.rows = rows
        self.heatMap = heatMap
        self.frozenColumns = frozenColumns
    }

    /// The indexes of the rows with role `.data`.
    public var dataRowIndexes: [Int] { rows.indices.filter { rows[$0].role == .data } }

    /// The columns coloured as a heat map (none when ``heatMap`` is off).
    public var heatMapColumnIndexes: [Int] {
        guard heatMap else { return [] }
        if let heatMapColumns { return heatMapColumns.filter { $0 >= 0 && $0 < columns.count } }
        return columns.indices.filter { [.integer, .number, .percent].contains(columns[$0].kind) }
    }

    /// The smallest and largest number in the heat-map cells of the data rows.
    public var heatMapBounds: (low: Double, high: Double)? {
        var low = Double.infinity, high = -Double.infinity
        for r in rows where r.role == .data {
            for c in heatMapColumnIndexes {
                if let v = r[c].numericValue {
                    low = min(low, v)
                    high = max(high, v)
                }
            }
        }
        return low <= high ? (low, high) : nil
    }

    /// The index of a column by name.
    public func column(named name: String) -> Int? { columns.firstIndex { $0.name == name } }
}
