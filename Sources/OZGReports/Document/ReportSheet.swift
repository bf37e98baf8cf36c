/// One sheet of a report: tables one below the other, charts beside them, notes below.
public struct ReportSheet: Hashable, Sendable {
    public var name: String
    public var tables: [ReportTable]
    public var charts: [ReportChart]
    public var notes: [String]

    public init(name: String, tables: [ReportTable] = [], charts: [ReportChart] = [], notes: [String] = []) {
        self.name = name
        self.tables = tables
        self.charts = charts
        self.notes = notes
    }
}
