import Foundation
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX

/// Builds the fixtures of `Tests/Scripts/make_xlsx_fixtures.py` into a test's own folder.
enum XLSXReaderFixtures {
    /// Writes one case (Python's standard library only) and returns its path.
    static func make(_ name: String, in dir: TemporaryDirectory) throws -> String {
        try ExternalTools.python(script: "make_xlsx_fixtures.py", [dir.url.path, name])
        let ext = name == "macro_workbook" ? "xlsm" : name == "legacy_xls" ? "xls" : "xlsx"
        return dir.path("\(name).\(ext)").path
    }

    /// Opens a case and reads its first sheet.
    static func firstSheet(_ name: String, limits: ReadLimits = .default) throws -> (XLSXReader, Sheet) {
        let dir = TemporaryDirectory("xlsx-reader")
        let path = try make(name, in: dir)
        let reader = try XLSXReader(path: path, limits: limits)
        return (reader, try reader.readSheet(0))
    }

    /// The error opening or reading a case gives, `nil` when it reads.
    static func error(_ name: String, limits: ReadLimits = .default) throws -> SpreadsheetError? {
        let dir = TemporaryDirectory("xlsx-reader")
        let path = try make(name, in: dir)
        do {
            _ = try XLSXReader(path: path, limits: limits).readWorkbook()
            return nil
        } catch let e as SpreadsheetError {
            return e
        }
    }

    /// Normalised cells as `xlsx_dump.py` prints them: `SHEET\tA1\tKIND\tVALUE`.
    static func dump(_ reader: XLSXReader) throws -> [String] {
        var lines: [String] = []
        for (i, info) in reader.sheets.enumerated() {
            let stream = try reader.rows(ofSheet: i)
            while let row = try stream.next() {
                for cell in row.cells {
                    let ref = CellReference(row: row.index, column: cell.column).a1
                    guard let (kind, value) = normalise(cell.value) else { continue }
                    lines.append("\(info.name)\t\(ref)\t\(kind)\t\(value)")
                }
            }
        }
        return lines
    }

    static func normalise(_ v: CellValue) -> (String, String)? {
        switch v {
        case .empty: return nil
        case .text(let s):
            if s.isEmpty { return nil }
            return ("s", s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
                .replacingOccurrences(of: "\t", with: "\\t"))
        case .number(let n): return ("n", pythonRepr(n))
        case .boolean(let b): return ("b", b ? "TRUE" : "FALSE")
        case .date(let d): return ("d", d.iso)
        case .dateTime(let dt):
            if dt.time.seconds == 0 { return ("d", dt.date.iso) }
            let whole = LocalDateTime(date: dt.date, time: TimeOfDay(seconds: dt.time.seconds.rounded(.down)))
            return ("dt", whole.iso)
        case .time(let t): return ("t", TimeOfDay(seconds: t.seconds.rounded(.down)).iso)
        case .duration(let s): return ("dur", pythonRepr(s))
        case .error(let e): return ("e", e)
        }
    }

    /// Python's `repr(float)` for the numbers in the fixtures.
    static func pythonRepr(_ n: Double) -> String {
        if n == n.rounded() && abs(n) < 1e16 { return String(format: "%.1f", n) }
        let s = "\(n)"
        return s.replacingOccurrences(of: "e-0", with: "e-0")
    }
}
