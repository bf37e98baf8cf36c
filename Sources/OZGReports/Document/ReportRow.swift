/// One row of a report table.
public struct ReportRow: Hashable, Sendable {
    /// What a row is: plain data, a group heading, a sub-group heading or a total.
    public enum Role: String, Hashable, Codable, Sendable, CaseIterable {
        case data, group, subgroup, total
    }

    public var cells: [ReportValue]
    public var role: Role

    public init(_ cells: [ReportValue], role: Role = .data) {
        self.cells = cells
        self.role = role
    }

    /// The cell at `column`, `.empty` beyond the row's end.
    public subscript(column: Int) -> ReportValue { column < cells.count ? cells[column] : .empty }
}
