import CXLSXWriter
import OZGSpreadsheet

extension XLSXWriter {
    /// Excel error literals that are valid formulas on their own (`=#N/A`).
    static let formulaErrors: Set<String> = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]
    /// The first date whose serial Excel and LibreOffice read alike: serials 1 to 60 differ by a
    /// day between them (Excel keeps Lotus 1-2-3's phantom 1900-02-29, LibreOffice does not).
    static let firstDate = CalendarDate(year: 1900, month: 3, day: 1)

    /// Writes one cell with its format; the hot path of the writer.
    @inline(__always)
    func writeCell(_ cell: Cell, row r: Int, _ state: XLSXSheetState) throws {
        let c = cell.column
        guard c >= 0, c < CellReference.maxColumns else {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: state.name, cell: "row \(r + 1), column \(c + 1)",
                reason: "the column is outside Excel's 16,384 columns (A to XFD)")
        }
        let ws = state.worksheet
        let row = lxw_row_t(r), col = lxw_col_t(c)
        if let formula = cell.formula {
            try writeFormula(formula, cell, row: r, state)
            return
        }
        let code: lxw_error
        switch cell.value {
        case .empty:
            let f = formats.format(column: c, numberFormat: cell.format, style: cell.style)
            if f == nil { return }
            code = worksheet_write_blank(ws, row, col, f)
        case .number(let n):
            let f = formats.format(column: c, numberFormat: cell.format, style: cell.style)
            if n.isFinite {
                code = worksheet_write_number(ws, row, col, n, f)
            } else {
                code = worksheet_write_formula_str(ws, row, col, "=#NUM!", f, "#NUM!")
            }
        case .text(let s):
            try checkLength(s, row: r, column: c, state)
            let f = formats.format(column: c, numberFormat: cell.format, style: cell.style)
            code = XLSXText.escaped(s).withCString { worksheet_write_string(ws, row, col, $0, f) }
        case .boolean(let b):
            let f = formats.format(column: c, numberFormat: cell.format, style: cell.style)
            code = worksheet_write_boolean(ws, row, col, b ? 1 : 0, f)
        case .date(let d):
            if d < XLSXWriter.firstDate {
                try writeText(d.iso, cell, row: r, state)
                return
            }
            let f = formats.format(column: c, numberFormat: cell.format ?? .isoDate, style: cell.style)
            code = worksheet_write_number(ws, row, col, DateSystem.excel1900.serial(of: d), f)
        case .dateTime(let dt):
            if dt.date < XLSXWriter.firstDate {
                try writeText(dt.iso, cell, row: r, state)
                return
            }
            let f = formats.format(column: c, numberFormat: cell.format ?? .dateTime, style: cell.style)
            code = worksheet_write_number(ws, row, col, DateSystem.excel1900.serial(of: dt), f)
        case .time(let t):
            let f = formats.format(column: c, numberFormat: cell.format ?? .time, style: cell.style)
            code = worksheet_write_number(ws, row, col, t.seconds / 86_400, f)
        case .duration(let s):
            let f = formats.format(column: c, numberFormat: cell.format ?? .duration, style: cell.style)
            code = worksheet_write_number(ws, row, col, s / 86_400, f)
        case .error(let e):
            let f = formats.format(column: c, numberFormat: cell.format, style: cell.style)
            if XLSXWriter.formulaErrors.contains(e) {
                code = worksheet_write_formula_str(ws, row, col, "=" + e, f, e)
            } else {
                try checkLength(e, row: r, column: c, state)
                code = worksheet_write_string(ws, row, col, e, f)
            }
        }
        if code != LXW_NO_ERROR {
            throw LXWResult.cellError(code, path: path, sheet: state.name, row: r, column: c)
        }
    }

    private func writeText(_ s: String, _ cell: Cell, row r: Int, _ state: XLSXSheetState) throws {
        let f = formats.format(column: cell.column, numberFormat: nil, style: cell.style)
        let code = worksheet_write_string(state.worksheet, lxw_row_t(r), lxw_col_t(cell.column), XLSXText.escaped(s), f)
        try LXWResult.checkCell(code, path: path, sheet: state.name, row: r, column: cell.column)
    }

    /// Writes a formula with its cached result.
    ///
    /// The corresponding C functions are `worksheet_write_formula_num` and
    /// `worksheet_write_formula_str`.
    private func writeFormula(_ formula: String, _ cell: Cell, row r: Int, _ state: XLSXSheetState) throws {
        let ws = state.worksheet
        let row = lxw_row_t(r), col = lxw_col_t(cell.column)
        let text = formula.hasPrefix("=") ? formula : "=" + formula
        var format = cell.format
        let code: lxw_error
        func f() -> UnsafeMutablePointer<lxw_format>? {
            formats.format(column: cell.column, numberFormat: format, style: cell.style)
        }
        switch cell.value {
        case .empty:
            code = worksheet_write_formula_str(ws, row, col, text, f(), "")
        case .number(let n):
            code = worksheet_write_formula_num(ws, row, col, text, f(), n.isFinite ? n : 0)
        case .text(let s), .error(let s):
            try checkLength(s, row: r, column: cell.column, state)
            code = worksheet_write_formula_str(ws, row, col, text, f(), s)
        case .boolean(let b):
            code = worksheet_write_formula_num(ws, row, col, text, f(), b ? 1 : 0)
        case .date(let d):
            format = format ?? .isoDate
            code = worksheet_write_formula_num(ws, row, col, text, f(), DateSystem.excel1900.serial(of: d))
        case .dateTime(let dt):
            format = format ?? .dateTime
            code = worksheet_write_formula_num(ws, row, col, text, f(), DateSystem.excel1900.serial(of: dt))
        case .time(let t):
            format = format ?? .time
            code = worksheet_write_formula_num(ws, row, col, text, f(), t.seconds / 86_400)
        case .duration(let s):
            format = format ?? .duration
            code = worksheet_write_formula_num(ws, row, col, text, f(), s / 86_400)
        }
        try LXWResult.checkCell(code, path: path, sheet: state.name, row: r, column: cell.column)
    }

    /// Excel holds at most 32,767 UTF-16 units in a cell; longer text is an error, never cut.
    @inline(__always)
    func checkLength(_ s: String, row: Int, column: Int, _ state: XLSXSheetState) throws {
        if s.utf8.count > 32_767, s.utf16.count > 32_767 {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: state.name, cell: CellReference(row: row, column: column).a1,
                reason: "the text has \(s.utf16.count) characters; Excel allows at most 32,767 in a cell")
        }
    }
}
