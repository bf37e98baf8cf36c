/// Why a spreadsheet could not be read or written, with the file, part and cell it concerns.
public enum SpreadsheetError: Error, Hashable, Sendable {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    /// The content is not a spreadsheet of a known format (`detected` names what it is).
    case notASpreadsheet(path: String, detected: String)
    /// A legacy `.xls` (BIFF in a Compound File).
    case legacyExcel(path: String)
    /// A password-protected (encrypted) workbook.
    case encrypted(path: String)
    /// A broken archive or part.
    case corrupt(path: String, part: String?, reason: String)
    /// Malformed XML in a part, with the byte offset where it was noticed.
    case malformedXML(path: String, part: String, offset: Int, reason: String)
    /// A limit against hostile files was reached.
    case limitExceeded(path: String, part: String?, limit: String, value: String, maximum: String)
    case sheetNotFound(file: String, sheet: String, available: [String])
    /// A value that the format cannot hold.
    case invalidValue(path: String, sheet: String, cell: String, reason: String)
    case unsupportedFormat(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// Refused to write onto the input file.
    case outputIsInput(path: String)
}

extension SpreadsheetError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .fileNotFound(let p):
            return "\(p): file not found."
        case .unreadable(let p, let r):
            return "\(p): cannot be read: \(r)."
        case .notASpreadsheet(let p, let d):
            return "\(p): not a spreadsheet (\(d)). Save it as .xlsx, .ods or .csv and try again."
        case .legacyExcel(let p):
            return "\(p): legacy Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .ods."
        case .encrypted(let p):
            return "\(p): the workbook is password-protected (encrypted). Remove the password (File › Info › Protect Workbook in Excel, File › Properties › Security in LibreOffice) and send it again."
        case .corrupt(let p, let part, let r):
            return "\(p)\(part.map { " [\($0)]" } ?? ""): damaged file: \(r). Open and save it again in Excel or LibreOffice."
        case .malformedXML(let p, let part, let off, let r):
            return "\(p) [\(part)]: malformed XML at byte \(off): \(r)."
        case .limitExceeded(let p, let part, let limit, let value, let maximum):
            return "\(p)\(part.map { " [\($0)]" } ?? ""): \(limit) is \(value), more than the limit of \(maximum). The file may be crafted; if it is genuine, raise the limit (see README, Limits)."
        case .sheetNotFound(let f, let s, let available):
            return "\(f): no sheet \"\(s)\". Sheets: \(available.map { "\"\($0)\"" }.joined(separator: ", "))."
        case .invalidValue(let p, let s, let c, let r):
            return "\(p) [\(s)!\(c)]: \(r)."
        case .unsupportedFormat(let p, let r):
            return "\(p): \(r)."
        case .writeFailed(let p, let r):
            return "\(p): could not be written: \(r)."
        case .outputIsInput(let p):
            return "\(p): the output would overwrite the input; choose another output path."
        }
    }
}
