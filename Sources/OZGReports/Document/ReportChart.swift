/// A chart drawn from a table of the same sheet.
///
/// The categories come from ``categoryColumn`` and each series from one of ``valueColumns``,
/// over the table's data rows (group and total rows are left out).
public struct ReportChart: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        /// Horizontal bars, one group per category.
        case bar
        /// Vertical columns.
        case column
        /// Horizontal bars stacked per category.
        case stackedBar
        case line
    }

    public var kind: Kind
    public var title: String
    /// Index of the table in its sheet's ``ReportSheet/tables``.
    public var table: Int
    public var categoryColumn: Int
    public var valueColumns: [Int]

    public init(kind: Kind, title: String, table: Int = 0, categoryColumn: Int = 0, valueColumns: [Int]) {
        self.kind = kind
        self.title = title
        self.table = table
        self.categoryColumn = categoryColumn
        self.valueColumns = valueColumns
    }

    enum CodingKeys: String, CodingKey { case kind, title, table, categoryColumn = "category", valueColumns = "values" }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        table = try c.decodeIfPresent(Int.self, forKey: .table) ?? 0
        categoryColumn = try c.decodeIfPresent(Int.self, forKey: .categoryColumn) ?? 0
        valueColumns = try c.decode([Int].self, forKey: .valueColumns)
    }
}
