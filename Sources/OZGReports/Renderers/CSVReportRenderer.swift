import Foundation
import OZGBase
import OZGSpreadsheet

/// Renders each table of a report as its own CSV file (RFC 4180, UTF-8, comma, CRLF).
///
/// Values are written plainly: integers and numbers with a dot, percentages as fractions,
/// dates as `YYYY-MM-DD`, group and total rows like data rows. Text goes through the one
/// formula-injection policy (``FormulaInjectionGuard``) and the one field quoter (``CSVField``).
public struct CSVReportRenderer: ReportRenderer {
    public let format = ReportFormat.csv

    public init() {}

    /// The CSV text of one table, header first.
    public static func csv(for table: ReportTable) -> String {
        var out = table.columns.map { field($0.name) }.joined(separator: ",") + "\r\n"
        for row in table.rows {
            var cells: [String] = []
            for c in 0..<table.columns.count {
                let v = row[c]
                switch v {
                case .text(let s), .verdict(let s): cells.append(field(guardFormula(s)))
                default: cells.append(field(v.plainText))
                }
            }
            out += cells.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The files of a document: one per table, named after `path` (a single table keeps it).
    public static func files(for document: ReportDocument, path: String) -> [(path: String, text: String)] {
        let tables = document.sheets.flatMap { s in s.tables.map { (s, $0) } }
        if tables.count == 1, let t = tables.first { return [(path, csv(for: t.1))] }
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let dir = url.deletingLastPathComponent()
        var used = Set<String>()
        var out: [(String, String)] = []
        for s in document.sheets {
            for t in s.tables {
                var name = stem + "-" + FileNames.safeStem(s.name)
                if s.tables.count > 1 { name += "-" + FileNames.safeStem(t.title) }
                var candidate = name
                var n = 2
                while !used.insert(candidate.lowercased()).inserted {
                    candidate = name + "-\(n)"
                    n += 1
                }
                out.append((dir.appendingPathComponent(candidate + ".csv").path, csv(for: t)))
            }
        }
        return out
    }

    @discardableResult
    public func render(_ document: ReportDocument, to path: String) throws -> [String] {
        try render(document, to: path, committingInto: nil)
    }

    @discardableResult
    public func render(_ document: ReportDocument, to path: String, committingInto batch: AtomicBatch?) throws -> [String] {
        let files = CSVReportRenderer.files(for: document, path: path)
        for f in files { try FileOutput.write(Data(f.text.utf8), to: f.path, batch: batch) }
        return files.map(\.path)
    }

    static func field(_ s: String) -> String { CSVField.quoted(s) }

    static func guardFormula(_ s: String) -> String { FormulaInjectionGuard.guarded(s) }
}
