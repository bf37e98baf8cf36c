import CXLSXWriter
import OZGSpreadsheet

extension XLSXWriter {
    /// Writes a row on a sheet with hyperlinks or merged ranges.
    func writeRowWithLayout(_ row: Row, _ state: XLSXSheetState) throws {
        let r = row.index
        var links: [Int: Hyperlink] = [:]
        if let list = state.linksByRow.removeValue(forKey: r) {
            for l in list { links[l.cell.column] = l }
        }
        for cell in row.cells {
            if let link = links.removeValue(forKey: cell.column) {
                try writeLinkedCell(cell, link, row: r, state)
            } else {
                try writeCell(cell, row: r, state)
            }
        }
        for link in links.values.sorted(by: { $0.cell.column < $1.cell.column }) {
            try writeLink(link, format: nil, text: nil, state)
        }
        // Cells covered by merges that started on an earlier row.
        for m in state.activeMerges where m.range.start.row < r && m.range.end.row >= r {
            try fillCovered(m.range, row: r, format: m.format, skipping: row, state)
        }
        state.activeMerges.removeAll { $0.range.end.row <= r }
        // Merges starting on this row: the covered cells take the top-left cell's format.
        if let merges = state.mergesByRow.removeValue(forKey: r) {
            for m in merges {
                guard let topLeft = row[column: m.start.column] else { continue }
                guard let f = formats.format(column: m.start.column, numberFormat: topLeft.format ?? defaultFormat(topLeft.value), style: topLeft.style)
                else { continue }
                try fillCovered(m, row: r, format: f, skipping: row, state)
                if m.end.row > r { state.activeMerges.append((m, f)) }
            }
        }
    }

    /// Writes what is owed to rows before `limit` that the caller never handed out.
    func flushDeferred(_ state: XLSXSheetState, before limit: Int) throws {
        let from = state.lastRow + 1
        guard from < limit else { return }
        var rows = Set<Int>()
        for k in state.linksByRow.keys where k < limit { rows.insert(k) }
        for m in state.activeMerges {
            let lo = max(from, m.range.start.row + 1), hi = min(m.range.end.row, limit - 1)
            if lo <= hi { for k in lo...hi { rows.insert(k) } }
        }
        // Merges whose first row never came have no top-left format: nothing to fill.
        for k in state.mergesByRow.keys where k < limit { state.mergesByRow.removeValue(forKey: k) }
        let empty = Row(index: 0, cells: [])
        for k in rows.sorted() {
            for link in state.linksByRow.removeValue(forKey: k) ?? [] {
                try writeLink(link, format: nil, text: nil, state)
            }
            for m in state.activeMerges where m.range.start.row < k && m.range.end.row >= k {
                try fillCovered(m.range, row: k, format: m.format, skipping: empty, state)
            }
        }
        state.activeMerges.removeAll { $0.range.end.row < limit }
    }

    /// The format a value gets when the cell has none (dates and times need one).
    func defaultFormat(_ value: CellValue) -> NumberFormat? {
        switch value {
        case .date: return .isoDate
        case .dateTime: return .dateTime
        case .time: return .time
        case .duration: return .duration
        default: return nil
        }
    }

    /// Formatted blanks on the covered cells of a merge in one row (not over cells with values).
    private func fillCovered(
        _ m: CellRange, row r: Int, format: UnsafeMutablePointer<lxw_format>, skipping row: Row, _ state: XLSXSheetState
    ) throws {
        for c in m.start.column...m.end.column where !(r == m.start.row && c == m.start.column) {
            if row[column: c] != nil { continue }
            let code = worksheet_write_blank(state.worksheet, lxw_row_t(r), lxw_col_t(c), format)
            try LXWResult.checkCell(code, path: path, sheet: state.name, row: r, column: c)
        }
    }

    /// A cell that carries a hyperlink: text becomes the link's display string; other values are
    /// written over the link (libxlsxwriter keeps links apart from cell values).
    private func writeLinkedCell(_ cell: Cell, _ link: Hyperlink, row r: Int, _ state: XLSXSheetState) throws {
        let f = formats.format(column: cell.column, numberFormat: cell.format, style: cell.style)
        if cell.formula == nil, case .text(let s) = cell.value {
            try checkLength(s, row: r, column: cell.column, state)
            try writeLink(link, format: f, text: XLSXText.escaped(s), state)
        } else {
            try writeLink(link, format: f, text: nil, state)
            if cell.formula != nil || !cell.value.isEmpty { try writeCell(cell, row: r, state) }
        }
    }

    /// The corresponding C function is `worksheet_write_url_opt`; `#Sheet!A1` becomes
    /// `internal:Sheet!A1`. Without a format libxlsxwriter uses its hyperlink style.
    func writeLink(_ link: Hyperlink, format: UnsafeMutablePointer<lxw_format>?, text: String?, _ state: XLSXSheetState) throws {
        let r = link.cell.row, c = link.cell.column
        guard r >= 0, r < CellReference.maxRows, c >= 0, c < CellReference.maxColumns else {
            throw SpreadsheetError.invalidValue(path: path, sheet: state.name, cell: link.cell.a1, reason: "the hyperlink is outside Excel's grid")
        }
        let url = link.target.hasPrefix("#") ? "internal:" + link.target.dropFirst() : link.target
        let code = worksheet_write_url_opt(state.worksheet, lxw_row_t(r), lxw_col_t(c), url, format, text, link.tooltip)
        if code != LXW_NO_ERROR {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: state.name, cell: link.cell.a1,
                reason: "the hyperlink \"\(link.target)\" cannot be written: \(LXWResult.message(code))")
        }
    }
}
