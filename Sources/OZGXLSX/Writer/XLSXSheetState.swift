import CXLSXWriter
import OZGSpreadsheet

/// The sheet being written and what its layout still owes to rows not yet reached.
///
/// libxlsxwriter's constant-memory mode cannot return to a row, so hyperlinks and the formatted
/// blanks that fill a merged range are written when their row comes (or, for rows the caller
/// never hands out, just before the next row and at the end of the sheet).
final class XLSXSheetState {
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let info: SheetInfo
    var name: String { info.name }
    var lastRow = -1
    /// Hyperlinks not written yet, by row.
    var linksByRow: [Int: [Hyperlink]] = [:]
    /// Merged ranges of more than one cell, by their first row.
    var mergesByRow: [Int: [CellRange]] = [:]
    /// Merged ranges whose top-left cell had a format: the covered cells below get it too.
    var activeMerges: [(range: CellRange, format: UnsafeMutablePointer<lxw_format>)] = []
    /// Column formats held back until the sheet ends (``XLSXWriter/applyHeldColumns(_:)``), and
    /// the first column they cover (`Int.max` when there are none).
    var heldColumns: [XLSXHeldColumns] = []
    var heldFrom = Int.max

    init(worksheet: UnsafeMutablePointer<lxw_worksheet>, info: SheetInfo, layout: SheetLayout) {
        self.worksheet = worksheet
        self.info = info
        for link in layout.hyperlinks { linksByRow[link.cell.row, default: []].append(link) }
        for m in layout.merges where m.rowCount > 1 || m.columnCount > 1 {
            mergesByRow[m.start.row, default: []].append(m)
        }
    }

    var hasDeferred: Bool { !linksByRow.isEmpty || !mergesByRow.isEmpty || !activeMerges.isEmpty }
}

/// A `worksheet_set_column` call with a format, held back in constant-memory mode.
///
/// A column format widens libxlsxwriter's sheet dimension to the columns it covers, and in
/// constant-memory mode each row is flushed by a loop over every column of that dimension:
/// an unlocked format over `P:XFD` (a working sheet's own columns) made every row cost 16,384
/// steps. `<cols>` and the dimension are written when the workbook closes, so setting the
/// formats after the last row writes the same file, as long as no cell that would inherit
/// the column format (one without a format of its own) comes before them.
struct XLSXHeldColumns {
    var first: Int
    var last: Int
    var width: Double
    var format: UnsafeMutablePointer<lxw_format>?
}
