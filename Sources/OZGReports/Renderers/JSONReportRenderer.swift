import OZGSpreadsheet

/// Renders a report as JSON in the form of ``ReportJSON``.
public struct JSONReportRenderer: ReportRenderer {
    public let format = ReportFormat.json
    public var pretty: Bool

    public init(pretty: Bool = true) { self.pretty = pretty }

    @discardableResult
    public func render(_ document: ReportDocument, to path: String) throws -> [String] {
        try render(document, to: path, committingInto: nil)
    }

    @discardableResult
    public func render(_ document: ReportDocument, to path: String, committingInto batch: AtomicBatch?) throws -> [String] {
        try FileOutput.write(ReportJSON.encode(document, pretty: pretty), to: path, batch: batch)
        return [path]
    }
}
