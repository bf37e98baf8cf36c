import Foundation
import OZGSpreadsheet

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
    /// Writes the document like ``render(_:to:)``, but hands the files to `batch`, which moves
    /// them into place together with others (``AtomicBatch``; ``KommunenFanOut`` does so).
    /// Renderers that cannot hand over their files move them into place at once.
    @discardableResult
    func render(_ document: ReportDocument, to path: String, committingInto batch: AtomicBatch?) throws -> [String]
}

enum FileOutput {
    /// Writes data atomically (``AtomicOutput``: a hidden temporary file beside `path`, flushed and
    /// renamed), turning failures into ``ReportError/writeFailed(path:reason:)``.
    static func write(_ data: Data, to path: String, batch: AtomicBatch? = nil) throws {
        do {
            try AtomicOutput.write(data, to: path, batch: batch)
        } catch let SpreadsheetError.writeFailed(_, reason) {
            throw ReportError.writeFailed(path: path, reason: reason)
        } catch {
            throw ReportError.writeFailed(path: path, reason: "\(error)")
        }
    }
}

extension ReportRenderer {
    @discardableResult
    public func render(_ document: ReportDocument, to path: String, committingInto batch: AtomicBatch?) throws -> [String] {
        try render(document, to: path)
    }

    /// Writes one file per council into `directory` (created if missing), named
    /// `<fileStem>.<format>`; returns the paths written.
    @discardableResult
    public func render(_ reports: [KommuneReport], into directory: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportError.writeFailed(path: directory, reason: error.localizedDescription)
        }
        var out: [String] = []
        for r in reports {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(r.fileStem + "." + format.rawValue).path
            out += try render(r.document, to: path)
        }
        return out
    }
}

/// The renderer for each format.
public enum ReportRenderers {
    /// A renderer for `format`; `.xlsx` and `.ods` write through `makeWriter` (in the CLI,
    /// OZGFiles' `SpreadsheetFile.create`).
    public static func renderer(
        for format: ReportFormat, makeWriter: @escaping (String) throws -> any SpreadsheetWriter
    ) -> any ReportRenderer {
        switch format {
        case .xlsx, .ods: return SpreadsheetReportRenderer(format: format, makeWriter: makeWriter)
        case .csv: return CSVReportRenderer()
        case .html: return HTMLReportRenderer()
        case .json: return JSONReportRenderer()
        }
    }
}
