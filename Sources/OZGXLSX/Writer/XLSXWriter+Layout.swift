import CXLSXWriter
import Foundation
import OZGSpreadsheet

extension XLSXWriter {
    /// Applies the parts of a layout libxlsxwriter keeps apart from the cells.
    ///
    /// The corresponding C functions are `worksheet_set_column_opt`, `worksheet_freeze_panes`,
    /// `worksheet_merge_range` (with an empty string and no format: the typed top-left value is
    /// written with its row), `worksheet_autofilter`, `worksheet_data_validation_range`,
    /// `worksheet_protect`, and those of the print set-up, comments, charts and conditional formats.
    func apply(_ layout: SheetLayout, to state: XLSXSheetState) throws {
        let ws = state.worksheet
        let name = state.name
        func check(_ code: lxw_error, _ what: String) throws {
            if code != LXW_NO_ERROR {
                throw SpreadsheetError.invalidValue(path: path, sheet: name, cell: "-", reason: "\(what): \(LXWResult.message(code))")
            }
        }
        func valid(_ range: CellRange) -> Bool {
            range.start.row >= 0 && range.start.column >= 0 && range.end.row < CellReference.maxRows
                && range.end.column < CellReference.maxColumns
        }
        let columns = Set(layout.columnWidths.keys).union(layout.hiddenColumns).sorted()
        for c in columns {
            guard c >= 0, c < CellReference.maxColumns else {
                throw SpreadsheetError.invalidValue(path: path, sheet: name, cell: "column \(c + 1)", reason: "outside Excel's 16,384 columns")
            }
            var opts = lxw_row_col_options()
            opts.hidden = layout.hiddenColumns.contains(c) ? 1 : 0
            let width = layout.columnWidths[c] ?? LXW_DEF_COL_WIDTH
            try check(worksheet_set_column_opt(ws, lxw_col_t(c), lxw_col_t(c), width, nil, &opts), "column \(CellReference.columnName(c))")
        }
        if let pane = layout.frozen, pane.rows > 0 || pane.columns > 0 {
            guard pane.rows >= 0, pane.columns >= 0, pane.rows < CellReference.maxRows, pane.columns < CellReference.maxColumns else {
                throw SpreadsheetError.invalidValue(path: path, sheet: name, cell: "-", reason: "the frozen pane is outside Excel's grid")
            }
            worksheet_freeze_panes(ws, lxw_row_t(pane.rows), lxw_col_t(pane.columns))
        }
        for m in layout.merges where m.rowCount > 1 || m.columnCount > 1 {
            guard valid(m) else { throw SpreadsheetError.invalidValue(path: path, sheet: name, cell: m.a1, reason: "the merged range is outside Excel's grid") }
            try check(
                worksheet_merge_range(ws, lxw_row_t(m.start.row), lxw_col_t(m.start.column), lxw_row_t(m.end.row), lxw_col_t(m.end.column), "", nil),
                "merged range \(m.a1)")
        }
        if let f = layout.autoFilter {
            guard valid(f) else { throw SpreadsheetError.invalidValue(path: path, sheet: name, cell: f.a1, reason: "the filter range is outside Excel's grid") }
            try check(
                worksheet_autofilter(ws, lxw_row_t(f.start.row), lxw_col_t(f.start.column), lxw_row_t(f.end.row), lxw_col_t(f.end.column)),
                "auto-filter \(f.a1)")
        }
        for v in layout.validations {
            guard valid(v.range) else { throw SpreadsheetError.invalidValue(path: path, sheet: name, cell: v.range.a1, reason: "the validation range is outside Excel's grid") }
            try addValidation(v, state)
        }
        if let p = layout.protection { try protect(p, layout: layout, state) }
        if let p = layout.print { try applyPrint(p, to: state) }
        try addComments(layout.comments, to: state)
        for chart in layout.charts { try addChart(chart, state) }
        for cf in layout.conditionalFormats {
            guard valid(cf.range) else { throw SpreadsheetError.invalidValue(path: path, sheet: name, cell: cf.range.a1, reason: "the conditional format range is outside Excel's grid") }
            try addConditionalFormat(cf, state)
        }
    }

    /// Sheet protection with its options; the columns from ``SheetProtection/editableColumnsFrom``
    /// on get an unlocked column format (their width stays as the layout says). In
    /// constant-memory mode those formats are set when the sheet ends (``XLSXHeldColumns``).
    ///
    /// The corresponding C functions are `worksheet_protect` (an `lxw_protection` whose set fields
    /// allow what they name) and `worksheet_set_column_opt`.
    private func protect(_ p: SheetProtection, layout: SheetLayout, _ state: XLSXSheetState) throws {
        let widths = layout.columnWidths
        var o = lxw_protection()
        o.sort = p.allowSort ? 1 : 0
        o.autofilter = p.allowAutoFilter ? 1 : 0
        o.format_columns = p.allowFormatColumns ? 1 : 0
        o.format_rows = p.allowFormatRows ? 1 : 0
        o.insert_columns = p.allowInsertColumns ? 1 : 0
        o.insert_rows = p.allowInsertRows ? 1 : 0
        o.delete_columns = p.allowDeleteColumns ? 1 : 0
        o.delete_rows = p.allowDeleteRows ? 1 : 0
        worksheet_protect(state.worksheet, nil, &o)
        guard let from = p.editableColumnsFrom, from >= 0, from < CellReference.maxColumns else { return }
        let unlocked = formats.format(column: 0, numberFormat: nil, style: CellStyle(locked: false))
        // Columns with their own width first, then the rest of the row in one range.
        var calls: [XLSXHeldColumns] = []
        var c = from
        for (col, w) in widths.sorted(by: { $0.key < $1.key }) where col >= from {
            if col > c { calls.append(XLSXHeldColumns(first: c, last: col - 1, width: LXW_DEF_COL_WIDTH, format: unlocked)) }
            calls.append(XLSXHeldColumns(first: col, last: col, width: w, format: unlocked))
            c = col + 1
        }
        if c < CellReference.maxColumns {
            calls.append(XLSXHeldColumns(first: c, last: CellReference.maxColumns - 1, width: LXW_DEF_COL_WIDTH, format: unlocked))
        }
        // Links and merge fills are written without a format of their own: where they reach the
        // unlocked columns they must find the column format already set.
        let reached = layout.hyperlinks.contains { $0.cell.column >= from } || layout.merges.contains { $0.end.column >= from }
        if constantMemory && !reached {
            state.heldColumns = calls
            state.heldFrom = from
        } else {
            try setColumns(calls, state)
        }
    }

    /// Sets column formats held back by ``protect(_:layout:_:)``: before the first cell at or
    /// right of them, or when the sheet ends.
    func applyHeldColumns(_ state: XLSXSheetState) throws {
        guard !state.heldColumns.isEmpty else { return }
        let calls = state.heldColumns
        state.heldColumns = []
        state.heldFrom = Int.max
        try setColumns(calls, state)
    }

    private func setColumns(_ calls: [XLSXHeldColumns], _ state: XLSXSheetState) throws {
        for call in calls {
            try LXWResult.check(
                worksheet_set_column(state.worksheet, lxw_col_t(call.first), lxw_col_t(call.last), call.width, call.format),
                path: path, "unlocked columns")
        }
    }

    /// A drop-down list. Inline when Excel allows it (at most 255 characters, no `,` or `"` in
    /// an entry), otherwise from a column of the hidden sheet `ozg_listen`.
    ///
    /// The corresponding C function is `worksheet_data_validation_range`; if it refuses the
    /// inline list, the list goes to `ozg_listen` as well.
    private func addValidation(_ v: ListValidation, _ state: XLSXSheetState) throws {
        if v.source == nil && v.values.isEmpty { return }
        let inlineLength = v.values.reduce(0) { $0 + $1.utf16.count } + max(0, v.values.count - 1)
        let inlineOK = inlineLength <= 255 && !v.values.contains { $0.contains(",") || $0.contains("\"") }
        var code = LXW_NO_ERROR
        if let source = v.source {
            code = addValidation(v, formula: source.hasPrefix("=") ? source : "=" + source, state)
        } else if inlineOK {
            code = addValidation(v, formula: nil, state)
        }
        if v.source == nil && (!inlineOK || code != LXW_NO_ERROR) {
            listColumns.append(v.values)
            let column = CellReference.columnName(listColumns.count - 1)
            code = addValidation(v, formula: "=\(XLSXWriter.listSheetName)!$\(column)$1:$\(column)$\(v.values.count)", state)
        }
        if code != LXW_NO_ERROR {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: state.name, cell: v.range.a1, reason: "the list validation cannot be written: \(LXWResult.message(code))")
        }
    }

    /// One call of `worksheet_data_validation_range`: a list from `formula`, or inline when it is `nil`.
    private func addValidation(_ v: ListValidation, formula: String?, _ state: XLSXSheetState) -> lxw_error {
        var dv = lxw_data_validation()
        dv.ignore_blank = UInt8(v.allowBlank ? LXW_VALIDATION_ON.rawValue : LXW_VALIDATION_OFF.rawValue)
        dv.error_type = UInt8(v.strict ? LXW_VALIDATION_ERROR_TYPE_STOP.rawValue : LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        dv.dropdown = UInt8(LXW_VALIDATION_ON.rawValue)
        var owned: [UnsafeMutablePointer<CChar>?] = []
        defer { owned.forEach { free($0) } }
        var messages: [UnsafeMutablePointer<CChar>?] = []
        defer { messages.forEach { free($0) } }
        func c(_ s: String, _ limit: Int) -> UnsafeMutablePointer<CChar>? {
            let d = strdup(String(s.prefix(limit)))
            messages.append(d)
            return d
        }
        if let prompt = v.prompt {
            dv.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
            dv.input_title = c(prompt.title, 32)
            dv.input_message = c(prompt.text, 255)
        }
        if let error = v.error {
            dv.error_title = c(error.title, 32)
            dv.error_message = c(error.text, 255)
        }
        if let formula {
            dv.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            owned.append(strdup(formula))
            dv.value_formula = owned[0]
        } else {
            dv.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            for value in v.values { owned.append(strdup(value)) }
            owned.append(nil)
        }
        let r = v.range
        return owned.withUnsafeMutableBufferPointer { buf in
            if formula == nil { dv.value_list = buf.baseAddress }
            return worksheet_data_validation_range(
                state.worksheet, lxw_row_t(r.start.row), lxw_col_t(r.start.column), lxw_row_t(r.end.row), lxw_col_t(r.end.column), &dv)
        }
    }

    /// Writes the entries of long list validations to the hidden sheet `ozg_listen`, one column
    /// per list, row by row (constant-memory mode needs ascending rows).
    func writeListSheet() throws {
        guard !listColumns.isEmpty, let wb = workbook else { return }
        guard let ws = workbook_add_worksheet(wb, XLSXWriter.listSheetName) else {
            throw SpreadsheetError.writeFailed(path: path, reason: "the sheet \(XLSXWriter.listSheetName) for long validation lists could not be added")
        }
        worksheet_hide(ws)
        let depth = listColumns.map(\.count).max() ?? 0
        for r in 0..<depth {
            for (c, values) in listColumns.enumerated() where r < values.count {
                let code = worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), XLSXText.escaped(values[r]), nil)
                try LXWResult.checkCell(code, path: path, sheet: XLSXWriter.listSheetName, row: r, column: c)
            }
        }
    }
}
