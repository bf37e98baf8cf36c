/// One cell of a row: its column, typed value and what a writer needs to reproduce it.
public struct Cell: Hashable, Sendable {
    /// Zero-based column index.
    public var column: Int
    /// The value; for a formula cell its cached result.
    public var value: CellValue
    /// The formula text without the leading `=` in the file's own syntax
    /// (Excel A1 syntax for XLSX, `of:` OpenFormula for ODS), `nil` for a constant.
    public var formula: String?
    /// The number format, so a percent stays a percent and a date a date. `nil` is "General".
    public var format: NumberFormat?
    /// Visual style (bold, fills, wrapping); `nil` for the default style.
    public var style: CellStyle?

    public init(
        column: Int, value: CellValue, formula: String? = nil, format: NumberFormat? = nil, style: CellStyle? = nil
    ) {
        self.column = column
        self.value = value
        self.formula = formula
        self.format = format
        self.style = style
    }
}

/// One row of a sheet: a zero-based index and its non-empty cells in column order.
///
/// Rows are sparse: a reader hands out only the cells that hold a value, a formula or a style.
public struct Row: Hashable, Sendable {
    public var index: Int
    public var cells: [Cell]
    /// Row height in points, when the file sets one.
    public var height: Double?
    public var hidden: Bool

    public init(index: Int, cells: [Cell], height: Double? = nil, hidden: Bool = false) {
        self.index = index
        self.cells = cells
        self.height = height
        self.hidden = hidden
    }

    /// The cell in `column`, if the row has one.
    public subscript(column column: Int) -> Cell? {
        // Cells are sorted; rows are short, a binary search is not worth it below ~32 cells.
        if cells.count > 32 {
            var lo = 0, hi = cells.count - 1
            while lo <= hi {
                let mid = (lo + hi) / 2
                if cells[mid].column == column { return cells[mid] }
                if cells[mid].column < column { lo = mid + 1 } else { hi = mid - 1 }
            }
            return nil
        }
        return cells.first { $0.column == column }
    }

    /// The value in `column`, `.empty` when there is no cell.
    public func value(at column: Int) -> CellValue {
        // As `self[column:]?.value`, without copying the whole cell.
        if cells.count > 32 { return self[column: column]?.value ?? .empty }
        for i in cells.indices where cells[i].column == column { return cells[i].value }
        return .empty
    }

    /// Whether no cell holds a value.
    public var isBlank: Bool { cells.allSatisfy { $0.value.isEmpty } }
}

/// The visual attributes of a cell that OZGKit reads and writes.
public struct CellStyle: Hashable, Sendable {
    /// Horizontal alignment; `fill` repeats the text across the cell (Excel's „Ausfüllen“), so it
    /// never spills into the next cell (the roadmap's timeline bars).
    public enum HorizontalAlignment: String, Hashable, Sendable { case general, left, center, right, fill }
    public enum VerticalAlignment: String, Hashable, Sendable { case top, center, bottom }

    public var bold: Bool
    public var italic: Bool
    /// Font colour, `nil` for automatic.
    public var fontColor: RGBColor?
    /// Solid background fill, `nil` for none.
    public var fillColor: RGBColor?
    public var wrapText: Bool
    public var horizontal: HorizontalAlignment
    public var vertical: VerticalAlignment?
    /// `false` marks an input cell that stays editable on a protected sheet.
    public var locked: Bool
    /// A thin border around the cell.
    public var border: Bool

    public init(
        bold: Bool = false, italic: Bool = false, fontColor: RGBColor? = nil, fillColor: RGBColor? = nil,
        wrapText: Bool = false, horizontal: HorizontalAlignment = .general, vertical: VerticalAlignment? = nil,
        locked: Bool = true, border: Bool = false
    ) {
        self.bold = bold
        self.italic = italic
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.wrapText = wrapText
        self.horizontal = horizontal
        self.vertical = vertical
        self.locked = locked
        self.border = border
    }

    /// Bold text on a light grey fill with wrapping: the header style of OZGKit's sheets.
    public static let header = CellStyle(bold: true, fillColor: RGBColor(0xD9E1F2), wrapText: true, vertical: .center)
    public static let bold = CellStyle(bold: true)
}

/// A 24-bit colour.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    public var rgb: UInt32

    public init(_ rgb: UInt32) { self.rgb = rgb & 0xFFFFFF }

    /// Parses `#RRGGBB`, `RRGGBB` or ARGB `FFRRGGBB`.
    public init?(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        if s.count == 8 { s = s.dropFirst(2) }
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return nil }
        self.init(v)
    }

    public var red: Int { Int(rgb >> 16) & 0xFF }
    public var green: Int { Int(rgb >> 8) & 0xFF }
    public var blue: Int { Int(rgb) & 0xFF }

    /// `#RRGGBB` (upper case).
    public var hex: String {
        let s = String(rgb, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 6 - s.count) + s
    }

    public var description: String { hex }
}
