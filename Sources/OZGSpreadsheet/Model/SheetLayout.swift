/// Whether a sheet shows in the program's tab bar.
public enum SheetVisibility: String, Hashable, Sendable, Codable {
    case visible
    case hidden
    /// Excel's `veryHidden`: only a macro can show it again.
    case veryHidden
}

/// The name, position and visibility of one sheet.
public struct SheetInfo: Hashable, Sendable {
    public var name: String
    public var visibility: SheetVisibility

    public init(name: String, visibility: SheetVisibility = .visible) {
        self.name = name
        self.visibility = visibility
    }
}

/// Everything about a sheet that is not a cell: merges, widths, panes, filters, validations.
///
/// A writer needs the layout before the first row (ODS writes merges into the cells, and
/// libxlsxwriter's constant-memory mode cannot go back to a row), so readers offer it through
/// ``SpreadsheetReader/layout(ofSheet:)`` separately from the rows.
public struct SheetLayout: Hashable, Sendable {
    /// Column widths in characters of the default font (Excel's unit), by zero-based column.
    public var columnWidths: [Int: Double]
    public var hiddenColumns: Set<Int>
    /// Rows above and columns left of the split that stay in view.
    public var frozen: FrozenPane?
    public var merges: [CellRange]
    public var autoFilter: CellRange?
    public var validations: [ListValidation]
    public var hyperlinks: [Hyperlink]
    /// Sheet protection without password and what it still allows; `nil` when the sheet is not protected.
    public var protection: SheetProtection?
    /// Whether the sheet is protected: locked cells cannot be edited, unlocked ones can.
    /// Setting it to `true` keeps existing ``protection`` options, or uses ``SheetProtection/standard``.
    public var isProtected: Bool {
        get { protection != nil }
        set { protection = newValue ? (protection ?? .standard) : nil }
    }
    /// Paper, orientation, scaling, repeated rows, page header and footer.
    public var print: PrintSetup?
    /// Charts drawn on the sheet (written natively where the format supports them).
    public var charts: [ChartSpec]
    public var conditionalFormats: [ConditionalFormat]
    /// Notes on cells (Excel comments, ODF annotations).
    public var comments: [CellComment]

    public init(
        columnWidths: [Int: Double] = [:], hiddenColumns: Set<Int> = [], frozen: FrozenPane? = nil,
        merges: [CellRange] = [], autoFilter: CellRange? = nil, validations: [ListValidation] = [],
        hyperlinks: [Hyperlink] = [], isProtected: Bool = false, print: PrintSetup? = nil,
        charts: [ChartSpec] = [], conditionalFormats: [ConditionalFormat] = [], comments: [CellComment] = [],
        protection: SheetProtection? = nil
    ) {
        self.comments = comments
        self.protection = protection ?? (isProtected ? .standard : nil)
        self.charts = charts
        self.conditionalFormats = conditionalFormats
        self.columnWidths = columnWidths
        self.hiddenColumns = hiddenColumns
        self.frozen = frozen
        self.merges = merges
        self.autoFilter = autoFilter
        self.validations = validations
        self.hyperlinks = hyperlinks
        self.print = print
    }

    public static let empty = SheetLayout()
}

/// A frozen split: `rows` rows at the top and `columns` columns at the left stay in view.
public struct FrozenPane: Hashable, Sendable {
    public var rows: Int
    public var columns: Int
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
}

/// A drop-down list on a range: the cell accepts one of `values`.
public struct ListValidation: Hashable, Sendable {
    public var range: CellRange
    /// The allowed entries, when they are given inline.
    public var values: [String]
    /// A range or formula the list comes from (`Listen!$A$1:$A$4`), when they are not.
    public var source: String?
    public var allowBlank: Bool
    /// Whether other input is refused (`true`) or only warned about.
    public var strict: Bool
    /// The help shown when the cell is selected (title and text), `nil` for none.
    public var prompt: ValidationMessage?
    /// The message shown for a value not in the list, `nil` for the program's own.
    public var error: ValidationMessage?

    public init(
        range: CellRange, values: [String], source: String? = nil, allowBlank: Bool = true, strict: Bool = true,
        prompt: ValidationMessage? = nil, error: ValidationMessage? = nil
    ) {
        self.prompt = prompt
        self.error = error
        self.range = range
        self.values = values
        self.source = source
        self.allowBlank = allowBlank
        self.strict = strict
    }
}

extension ListValidation {
    /// A drop-down that warns about other input instead of refusing it, and names in its prompt
    /// and warning what the reader accepts besides the list (the working sheets and the council
    /// pack's status sheet: their readers understand more spellings than a list can show).
    public static func warning(_ range: CellRange, values: [String], title: String, accepted: String) -> ListValidation {
        ListValidation(
            range: range, values: values, strict: false,
            prompt: ValidationMessage(title: title, text: "Aus der Liste wählen. \(accepted)"),
            error: ValidationMessage(title: "Wert nicht in der Liste", text: "\(accepted) Trotzdem übernehmen?"))
    }
}

/// A title and a text shown by a validation (Excel allows 32 and 255 characters).
public struct ValidationMessage: Hashable, Sendable {
    public var title: String
    public var text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

/// A link on a cell.
public struct Hyperlink: Hashable, Sendable {
    public var cell: CellReference
    /// An external URL, or a `#Sheet!A1` location inside the workbook.
    public var target: String
    public var tooltip: String?

    public init(cell: CellReference, target: String, tooltip: String? = nil) {
        self.cell = cell
        self.target = target
        self.tooltip = tooltip
    }
}
