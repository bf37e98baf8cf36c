import CXLSXWriter
import Foundation
import OZGSpreadsheet

extension XLSXWriter {
    /// Applies a sheet's print set-up: paper, orientation, fit to width, repeated rows,
    /// page header and footer.
    ///
    /// The corresponding C functions are `worksheet_set_paper`, `worksheet_set_landscape` /
    /// `worksheet_set_portrait`, `worksheet_fit_to_pages` (height 0: as many pages as needed),
    /// `worksheet_repeat_rows`, `worksheet_repeat_columns`, `worksheet_set_h_pagebreaks`, `worksheet_set_header` and
    /// `worksheet_set_footer`.
    func applyPrint(_ p: PrintSetup, to state: XLSXSheetState) throws {
        let ws = state.worksheet
        worksheet_set_paper(ws, UInt8(p.paper.excelCode))
        if p.landscape { worksheet_set_landscape(ws) } else { worksheet_set_portrait(ws) }
        if p.fitToWidth > 0 { worksheet_fit_to_pages(ws, UInt16(clamping: p.fitToWidth), 0) }
        if let rows = p.repeatRows, rows.lowerBound >= 0, rows.upperBound < CellReference.maxRows {
            try checkSheet(worksheet_repeat_rows(ws, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)), "repeated rows", state)
        }
        if let cols = p.repeatColumns, cols.lowerBound >= 0, cols.upperBound < CellReference.maxColumns {
            try checkSheet(worksheet_repeat_columns(ws, lxw_col_t(cols.lowerBound), lxw_col_t(cols.upperBound)), "repeated columns", state)
        }
        let breaks = Set(p.rowBreaks.filter { $0 > 0 && $0 < CellReference.maxRows }).sorted().prefix(1023)
        if !breaks.isEmpty {
            var list = breaks.map { lxw_row_t($0) } + [0]
            try checkSheet(worksheet_set_h_pagebreaks(ws, &list), "page breaks", state)
        }
        if let h = p.header, !h.isEmpty {
            try checkSheet(worksheet_set_header(ws, XLSXWriter.headerFooter(h)), "page header", state)
        }
        if let f = p.footer, !f.isEmpty {
            try checkSheet(worksheet_set_footer(ws, XLSXWriter.headerFooter(f)), "page footer", state)
        }
    }

    /// Adds the sheet's cell comments. Called before the first row: in constant-memory mode
    /// libxlsxwriter refuses comments on rows already written.
    ///
    /// The corresponding C function is `worksheet_write_comment_opt` (author, a box sized to
    /// the text).
    func addComments(_ comments: [CellComment], to state: XLSXSheetState) throws {
        for c in comments {
            let r = c.cell.row, col = c.cell.column
            guard r >= 0, r < CellReference.maxRows, col >= 0, col < CellReference.maxColumns else {
                throw SpreadsheetError.invalidValue(path: path, sheet: state.name, cell: c.cell.a1, reason: "the comment is outside Excel's grid")
            }
            var opts = lxw_comment_options()
            let author = c.author.map { strdup($0) } ?? nil
            defer { free(author) }
            opts.author = author
            let lines = c.text.split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, ($1.count + 44) / 45) }
            opts.width = 300
            opts.height = UInt16(clamping: min(400, 20 + 15 * lines))
            let code = worksheet_write_comment_opt(state.worksheet, lxw_row_t(r), lxw_col_t(col), XLSXText.escaped(c.text), &opts)
            if code != LXW_NO_ERROR {
                throw SpreadsheetError.invalidValue(
                    path: path, sheet: state.name, cell: c.cell.a1, reason: "the comment cannot be written: \(LXWResult.message(code))")
            }
        }
    }

    private func checkSheet(_ code: lxw_error, _ what: String, _ state: XLSXSheetState) throws {
        if code != LXW_NO_ERROR {
            throw SpreadsheetError.invalidValue(path: path, sheet: state.name, cell: "-", reason: "\(what): \(LXWResult.message(code))")
        }
    }

    /// Excel's header/footer code: `&L…&C…&R…`, `&P` page, `&N` pages, `&A` sheet, `&&` a
    /// literal ampersand. Literal text is shortened so the whole stays within Excel's 255
    /// characters.
    static func headerFooter(_ t: PageText) -> String {
        func code(_ pieces: [PageText.Piece], budget: Int) -> String {
            var out = ""
            for p in pieces {
                switch p {
                case .text(let s):
                    var e = s.replacingOccurrences(of: "&", with: "&&")
                    let room = max(0, budget - out.count)
                    if e.count > room { e = String(e.prefix(max(0, room - 1))) + "…" }
                    out += e
                case .pageNumber: out += "&P"
                case .pageCount: out += "&N"
                case .sheetName: out += "&A"
                }
            }
            return out
        }
        var s = ""
        if !t.left.isEmpty { s += "&L" + code(t.left, budget: 90) }
        if !t.center.isEmpty { s += "&C" + code(t.center, budget: 60) }
        if !t.right.isEmpty { s += "&R" + code(t.right, budget: 60) }
        // libxlsxwriter counts bytes.
        while s.utf8.count > Int(LXW_HEADER_FOOTER_MAX) { s.removeLast() }
        return s
    }
}
