import OZGSpreadsheet

/// Renders a report as a workbook (.xlsx or .ods) through any ``SpreadsheetWriter``.
///
/// The writer comes from a factory, so the renderer needs no format module: OZGFiles'
/// `SpreadsheetFile.create(path:)` in the CLI, a test double in tests.
public struct SpreadsheetReportRenderer: ReportRenderer {
    public let format: ReportFormat
    let makeWriter: (String) throws -> any SpreadsheetWriter

    /// - Parameters:
    ///   - format: `.xlsx` or `.ods` (what the writer writes).
    ///   - makeWriter: creates the writer for a path.
    public init(format: ReportFormat, makeWriter: @escaping (String) throws -> any SpreadsheetWriter) {
        self.format = format
        self.makeWriter = makeWriter
    }

    @discardableResult
    public func render(_ document: ReportDocument, to path: String) throws -> [String] {
        try render(document, to: path, committingInto: nil)
    }

    @discardableResult
    public func render(_ document: ReportDocument, to path: String, committingInto batch: AtomicBatch?) throws -> [String] {
        let workbook = ReportWorkbookBuilder.workbook(for: document)
        let writer = try makeWriter(path)
        try writer.write(workbook, committingInto: batch)
        return [path]
    }
}
