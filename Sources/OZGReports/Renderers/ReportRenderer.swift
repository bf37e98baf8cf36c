import Foundation

/// The output formats of reports.
public enum ReportFormat: String, CaseIterable, Sendable {
    case xlsx, ods, csv, html, json

    /// The format of a file name's extension, `nil` when unknown.
    public init?(pathExtension ext: String) { self.init(rawValue: ext.lowercased()) }
}

/// Draws a ``ReportDocument`` in one format.
public protocol ReportRenderer {
    var format: ReportFormat { get }
    /// Writes the document to `path` and returns the files written (CSV writes one per table).
    @discardableResult
    func render(_ document: ReportDocument, to path: String) throws -> [String]
}

enum FileOutput {
    /// Writes data atomically, turning failures into ``ReportError/writeFailed(path:reason:)``.
    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ReportError.writeFailed(path: path, reason: error.localizedDescription)
        }
    }
}
