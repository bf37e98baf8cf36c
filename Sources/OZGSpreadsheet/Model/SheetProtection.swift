/// Sheet protection without password: locked cells cannot be edited, and what else a user may do.
///
/// The defaults match what a spreadsheet program does when protection is switched on without
/// options: selecting cells is allowed, everything else is not. A working sheet allows more (see
/// ``workingSheet(editableColumnsFrom:)``): sorting, filtering, resizing columns and rows, and own
/// columns to the right of the table.
public struct SheetProtection: Hashable, Sendable {
    public var allowSort: Bool
    public var allowAutoFilter: Bool
    /// Changing column widths (and hiding columns).
    public var allowFormatColumns: Bool
    /// Changing row heights.
    public var allowFormatRows: Bool
    public var allowInsertColumns: Bool
    public var allowInsertRows: Bool
    public var allowDeleteColumns: Bool
    public var allowDeleteRows: Bool
    /// The first column (zero-based) from which every column is unlocked, so users can add their
    /// own columns there; `nil` keeps every column as its cells say.
    public var editableColumnsFrom: Int?

    public init(
        allowSort: Bool = false, allowAutoFilter: Bool = false, allowFormatColumns: Bool = false,
        allowFormatRows: Bool = false, allowInsertColumns: Bool = false, allowInsertRows: Bool = false,
        allowDeleteColumns: Bool = false, allowDeleteRows: Bool = false, editableColumnsFrom: Int? = nil
    ) {
        self.allowSort = allowSort
        self.allowAutoFilter = allowAutoFilter
        self.allowFormatColumns = allowFormatColumns
        self.allowFormatRows = allowFormatRows
        self.allowInsertColumns = allowInsertColumns
        self.allowInsertRows = allowInsertRows
        self.allowDeleteColumns = allowDeleteColumns
        self.allowDeleteRows = allowDeleteRows
        self.editableColumnsFrom = editableColumnsFrom
    }

    /// Protection as switched on without options.
    public static let standard = SheetProtection()

    /// What a working sheet allows: sorting, filtering, resizing, and own columns from
    /// `editableColumnsFrom` on (inserting columns too, so they can be added anywhere right of it).
    public static func workingSheet(editableColumnsFrom: Int?) -> SheetProtection {
        SheetProtection(
            allowSort: true, allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true,
            allowInsertColumns: true, editableColumnsFrom: editableColumnsFrom)
    }
}
