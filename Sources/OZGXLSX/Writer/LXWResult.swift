import CXLSXWriter
import OZGSpreadsheet

/// Turns libxlsxwriter's `lxw_error` return codes into thrown ``SpreadsheetError``s.
///
/// The message comes from `lxw_strerror`; the C enum never leaves this module.
enum LXWResult {
    /// The text libxlsxwriter gives for an error code. The corresponding C function is `lxw_strerror`.
    static func message(_ code: lxw_error) -> String {
        guard let cString = lxw_strerror(code) else { return "libxlsxwriter error \(code.rawValue)" }
        return String(cString: cString)
    }

    /// Throws ``SpreadsheetError/invalidValue(path:sheet:cell:reason:)`` for a failed cell write.
    @inline(__always)
    static func checkCell(_ code: lxw_error, path: String, sheet: String, row: Int, column: Int) throws {
        if code != LXW_NO_ERROR {
            throw cellError(code, path: path, sheet: sheet, row: row, column: column)
        }
    }

    static func cellError(_ code: lxw_error, path: String, sheet: String, row: Int, column: Int) -> SpreadsheetError {
        let cell = CellReference(row: row, column: column).a1
        let reason: String
        switch code {
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
            reason = "the cell is outside Excel's grid (1,048,576 rows × 16,384 columns) or its row was already written"
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
            reason = "the text is longer than Excel's 32,767 characters per cell"
        default:
            reason = message(code)
        }
        return .invalidValue(path: path, sheet: sheet, cell: cell, reason: reason)
    }

    /// Throws ``SpreadsheetError/writeFailed(path:reason:)`` naming what was being done.
    @inline(__always)
    static func check(_ code: lxw_error, path: String, _ what: @autoclosure () -> String) throws {
        if code != LXW_NO_ERROR {
            throw SpreadsheetError.writeFailed(path: path, reason: "\(what()): \(message(code))")
        }
    }
}
