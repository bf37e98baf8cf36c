/// Column widths for header cells that wrap only between words, never inside one
/// („Einzelleistunge|n“, „kreisangehörig|e Stadt“).
///
/// Widths are in Excel characters; bold header text is counted 10 % wider, and a column keeps
/// room for the auto-filter button.
public enum HeaderWrap {
    /// The narrowest width at which `header` wraps only between words.
    public static func minimumWidth(_ header: String) -> Double {
        Double(header.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0) * 1.1 + 4
    }

    /// How many lines a bold header takes when wrapped between words at `width` characters
    /// (``TextWrap``, bold 10 % wider).
    public static func lines(_ text: String, width: Double) -> Int {
        TextWrap.lines(text, width: width, charWidth: 1.1, padding: 3)
    }

    /// Widens the columns of `sheet` whose text header in row `headerRow` would break inside a
    /// word, and makes that row high enough for its wrapped lines (15 points a line).
    public static func widenColumns(of sheet: inout Sheet, headerRow: Int) {
        guard let r = sheet.rows.firstIndex(where: { $0.index == headerRow }) else { return }
        var most = 1
        for cell in sheet.rows[r].cells {
            guard case .text(let header) = cell.value, !sheet.layout.hiddenColumns.contains(cell.column) else { continue }
            let width = max(sheet.layout.columnWidths[cell.column] ?? 8.43, minimumWidth(header))
            sheet.layout.columnWidths[cell.column] = width
            most = max(most, lines(header, width: width))
        }
        let needed = Double(most) * 15 + 3
        if most > 1, (sheet.rows[r].height ?? 15) < needed { sheet.rows[r].height = min(needed, 90) }
    }
}
