import CXLSXWriter
import Foundation
import OZGSpreadsheet

/// Writes an `.xlsx` workbook through libxlsxwriter, one sheet after the other, rows in order.
///
/// The workbook goes to an ``AtomicOutput`` temporary file beside the destination; ``close()``
/// calls `workbook_close` and renames the file into place, ``discard()`` frees the workbook and
/// removes the temporary file. A failed `workbook_close` throws; the destination is never left
/// half written.
///
/// What is written, and how:
/// - Text is always a string cell (`worksheet_write_string`): `=1+1`, `-`, `+49…`, `@x` stay text.
///   Formulas come only from ``Cell/formula``, with the cell's value as cached result
///   (`worksheet_write_formula_num` / `worksheet_write_formula_str`; a boolean result is cached
///   as 1 or 0 because libxlsxwriter 1.1.4 has no boolean formula result).
/// - Dates, date-times, times and durations become serials of the 1900 date system with the
///   cell's format or ``NumberFormat/isoDate``, ``NumberFormat/dateTime``, ``NumberFormat/time``,
///   ``NumberFormat/duration``. Dates before 1900-03-01 are written as ISO text: Excel cannot
///   show dates before 1900, and it reads the serials of 1900-01-01 to 1900-02-28 one day
///   apart from LibreOffice (Excel's phantom 1900-02-29). libxlsxwriter 1.1.4 cannot write the 1904 system, so
///   ``DocumentProperties/dateSystem`` is ignored.
/// - Error values: libxlsxwriter has no error cell. An Excel error (`#N/A`, `#DIV/0!`, `#VALUE!`,
///   `#REF!`, `#NAME?`, `#NUM!`, `#NULL!`) is written as the formula consisting of the error
///   literal (`=#N/A`) with the error text as cached result, so Excel, LibreOffice and
///   openpyxl all see the error; other error codes (`Err:502`, `#SPILL!`) are written as text.
///   NaN and infinite numbers, which Excel cannot store, become `=#NUM!`.
/// - Text that looks like an OOXML escape (`_x0041_`) gets its underscore escaped (`_x005F_`),
///   which libxlsxwriter does not do, so readers do not turn it into `A`.
/// - Text over Excel's 32,767 characters per cell is an error naming sheet and cell.
/// - Sheet names follow Excel's rules (``ExcelSheetName``); a bad name is an error naming it.
/// - `veryHidden` sheets are written as hidden (libxlsxwriter 1.1.4 has no very-hidden state).
/// - List validations longer than Excel's 255 characters (or with a `,` or `"` in an entry) take
///   their entries from a hidden sheet `ozg_listen`, added at the end of the workbook.
public final class XLSXWriter: SpreadsheetWriter {
    /// The destination path.
    public let path: String
    let output: AtomicOutput
    let constantMemory: Bool
    /// `nil` once `workbook_close` ran or the workbook was freed.
    var workbook: UnsafeMutablePointer<lxw_workbook>?
    let formats: XLSXFormatCache
    private var tmpdir: UnsafeMutablePointer<CChar>?
    /// Whether document properties were set (libxlsxwriter takes them once).
    private var hasProperties = false
    var sheetNames: [String] = []
    var sheetStates: [XLSXSheetState] = []
    var current: XLSXSheetState?
    /// Entries of long list validations, written to a hidden sheet at close.
    var listColumns: [[String]] = []
    static let listSheetName = "ozg_listen"

    /// Creates the workbook; nothing is written to `path` before ``close()``.
    ///
    /// The corresponding C function is `workbook_new_opt` (with `constant_memory` when
    /// ``WriteOptions/constantMemory`` is set, temporary files beside the output).
    /// - Parameters:
    ///   - path: The `.xlsx` file to create or replace.
    ///   - options: Constant-memory mode and document properties.
    public init(path: String, options: WriteOptions = WriteOptions()) throws {
        self.path = path
        self.output = try AtomicOutput(destination: path)
        self.constantMemory = options.constantMemory
        // libxlsxwriter's own temporary files go to a hidden folder beside the output, removed
        // with it: killed in the middle, it leaves only names that are recognisably temporary.
        tmpdir = strdup(try output.scratchDirectory())
        var opts = lxw_workbook_options()
        opts.constant_memory = options.constantMemory ? 1 : 0
        opts.tmpdir = tmpdir
        opts.use_zip64 = 1
        guard let wb = workbook_new_opt(output.temporaryPath, &opts) else {
            free(tmpdir)
            tmpdir = nil
            throw SpreadsheetError.writeFailed(path: path, reason: "libxlsxwriter could not create the workbook")
        }
        workbook = wb
        formats = XLSXFormatCache(workbook: wb)
        if options.properties != DocumentProperties() {
            try setProperties(options.properties)
            hasProperties = true
        }
    }

    /// Sets a workbook's properties when the writer was created without any.
    public func adoptProperties(_ properties: DocumentProperties) throws {
        guard !hasProperties else { return }
        try setProperties(properties)
        hasProperties = true
    }

    deinit {
        if let wb = workbook { lxw_workbook_free(wb) }
        free(tmpdir)
        output.discard()
    }

    /// Starts a sheet and applies its layout (widths, panes, merges, filters, validations,
    /// protection, print set-up, charts, conditional formats).
    ///
    /// The corresponding C function is `workbook_add_worksheet`.
    public func beginSheet(_ info: SheetInfo, layout: SheetLayout) throws {
        let wb = try openWorkbook()
        try finishSheet()
        try ExcelSheetName.validate(info.name, existing: sheetNames + [XLSXWriter.listSheetName], path: path)
        guard let ws = workbook_add_worksheet(wb, info.name) else {
            throw SpreadsheetError.writeFailed(path: path, reason: "libxlsxwriter refused the sheet \"\(info.name)\"")
        }
        sheetNames.append(info.name)
        let state = XLSXSheetState(worksheet: ws, info: info, layout: layout)
        sheetStates.append(state)
        current = state
        formats.resetColumns()
        if info.visibility != .visible { worksheet_hide(ws) }
        try apply(layout, to: state)
    }

    /// Writes one row of the current sheet; row indexes must increase.
    ///
    /// The corresponding C functions are `worksheet_write_number`, `worksheet_write_string`,
    /// `worksheet_write_boolean`, `worksheet_write_formula_num`/`_str`, `worksheet_write_blank`,
    /// `worksheet_write_url_opt` and `worksheet_set_row_opt`.
    public func write(_ row: Row) throws {
        guard let state = current else {
            throw SpreadsheetError.writeFailed(path: path, reason: "a row was written before beginSheet")
        }
        let r = row.index
        guard r >= 0, r < CellReference.maxRows else {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: state.name, cell: "row \(r + 1)",
                reason: "the row is outside Excel's 1,048,576 rows")
        }
        guard r > state.lastRow else {
            throw SpreadsheetError.invalidValue(
                path: path, sheet: state.name, cell: "row \(r + 1)",
                reason: "rows must come in ascending order (row \(state.lastRow + 1) was already written)")
        }
        if state.hasDeferred { try flushDeferred(state, before: r) }
        if row.height != nil || row.hidden {
            var opts = lxw_row_col_options()
            opts.hidden = row.hidden ? 1 : 0
            let code = worksheet_set_row_opt(state.worksheet, lxw_row_t(r), row.height ?? LXW_DEF_ROW_HEIGHT, nil, &opts)
            try LXWResult.checkCell(code, path: path, sheet: state.name, row: r, column: 0)
        }
        if state.heldFrom != Int.max, row.cells.contains(where: { $0.column >= state.heldFrom }) {
            try applyHeldColumns(state)
        }
        if state.hasDeferred {
            try writeRowWithLayout(row, state)
        } else {
            for cell in row.cells { try writeCell(cell, row: r, state) }
        }
        state.lastRow = r
    }

    /// Writes the workbook and moves it into place.
    ///
    /// The corresponding C function is `workbook_close`; a failure throws
    /// ``SpreadsheetError/writeFailed(path:reason:)`` and removes the temporary file.
    public func close() throws { try close(committingInto: nil) }

    /// Writes the workbook and hands it to `batch` (``AtomicBatch``), or moves it into place
    /// when `batch` is `nil`.
    public func close(committingInto batch: AtomicBatch?) throws {
        let wb = try openWorkbook()
        do {
            try finishSheet()
            try writeListSheet()
            try activateFirstVisibleSheet()
        } catch {
            discard()
            throw error
        }
        workbook = nil  // workbook_close frees the workbook whatever it returns.
        let code = workbook_close(wb)
        if code != LXW_NO_ERROR {
            output.discard()
            throw SpreadsheetError.writeFailed(path: path, reason: LXWResult.message(code))
        }
        try output.commit(into: batch)
    }

    /// Gives up: frees the workbook without writing it and removes the temporary file.
    ///
    /// The corresponding C function is `lxw_workbook_free`.
    public func discard() {
        if let wb = workbook {
            lxw_workbook_free(wb)
            workbook = nil
        }
        current = nil
        output.discard()
    }

    func openWorkbook() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let wb = workbook else {
            throw SpreadsheetError.writeFailed(path: path, reason: "the writer was already closed or discarded")
        }
        return wb
    }

    /// Writes what the layout still owes to rows after the last one (links, merged-cell formats).
    private func finishSheet() throws {
        guard let state = current else { return }
        if state.hasDeferred { try flushDeferred(state, before: CellReference.maxRows) }
        try applyHeldColumns(state)
        current = nil
    }

    /// A hidden sheet cannot be the active one: activate the first visible sheet.
    private func activateFirstVisibleSheet() throws {
        guard let first = sheetStates.first, first.info.visibility != .visible else { return }
        guard let visible = sheetStates.first(where: { $0.info.visibility == .visible }) else {
            throw SpreadsheetError.writeFailed(path: path, reason: "every sheet is hidden; Excel needs at least one visible sheet")
        }
        worksheet_activate(visible.worksheet)
        worksheet_set_first_sheet(visible.worksheet)
    }

    /// The corresponding C function is `workbook_set_properties`.
    private func setProperties(_ p: DocumentProperties) throws {
        guard let wb = workbook else { return }
        var strings: [UnsafeMutablePointer<CChar>?] = []
        defer { strings.forEach { free($0) } }
        func c(_ s: String?) -> UnsafeMutablePointer<CChar>? {
            guard let s else { return nil }
            let d = strdup(s)
            strings.append(d)
            return d
        }
        var props = lxw_doc_properties()
        props.title = c(p.title)
        props.subject = c(p.subject)
        props.author = c(p.author)
        props.company = c(p.company)
        props.keywords = c(p.keywords)
        props.comments = c(p.comments)
        if let created = p.created {
            props.created = time_t(created.date.daysSinceEpoch * 86_400 + Int(created.time.seconds))
        }
        try LXWResult.check(workbook_set_properties(wb, &props), path: path, "document properties")
    }
}
