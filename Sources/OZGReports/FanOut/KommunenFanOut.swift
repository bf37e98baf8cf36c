import Foundation
import OZGDomain
import OZGSpreadsheet

/// Renders a per-council report as one file per council, on several threads at once.
///
/// The generator's ``PerKommunePlan`` computes the shared lookups once; each worker then takes
/// the next council, makes its document, renders it with its own renderer and lets both go
/// before it takes the next one. Memory is bounded by the number of workers, not by the number
/// of councils; time falls with the number of cores.
///
/// ```swift
/// let fanOut = KommunenFanOut()
/// let files = try fanOut.render(
///     KommunenMatrixReport(), model: model, options: ReportOptions(), format: .xlsx,
///     into: "an-die-kommunen") { ReportRenderers.renderer(for: .xlsx) { try SpreadsheetFile.create($0) } }
/// ```
public struct KommunenFanOut: Sendable {
    /// How many councils are rendered at the same time (at least 1).
    public var workers: Int

    /// - Parameter workers: threads to render on; the number of active cores by default.
    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.workers = max(1, workers)
    }

    /// Writes one file per council into `directory` (created if missing), named
    /// `<fileStem>.<format>`, and returns the paths written in council order.
    ///
    /// Each file is written atomically by its renderer, and all are moved into place together
    /// at the end (``AtomicBatch``: one folder flush for all, the file flushes back to back), so
    /// that the folder never holds a half-written file. When a council fails, no further
    /// councils are started and the first error (in council order) is thrown; files already
    /// written stay.
    /// - Parameters:
    ///   - generator: the per-council report.
    ///   - model: the workspace model.
    ///   - options: the report's filters.
    ///   - format: the file extension (the renderers must write this format).
    ///   - directory: the output folder.
    ///   - makeRenderer: makes a renderer; called once per worker, so renderers need not be
    ///     thread-safe.
    @discardableResult
    public func render(
        _ generator: any PerKommuneReportGenerator, model: DomainModel, options: ReportOptions, format: ReportFormat,
        into directory: String, makeRenderer: @escaping @Sendable () -> any ReportRenderer
    ) throws -> [String] {
        let plan = try generator.perKommunePlan(model: model, options: options)
        return try render(plan, format: format, into: directory, makeRenderer: makeRenderer)
    }

    /// Writes the councils of `plan` into `directory`; see
    /// ``render(_:model:options:format:into:makeRenderer:)``.
    @discardableResult
    public func render(
        _ plan: PerKommunePlan, format: ReportFormat, into directory: String,
        makeRenderer: @escaping @Sendable () -> any ReportRenderer
    ) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportError.writeFailed(path: directory, reason: error.localizedDescription)
        }
        let folder = URL(fileURLWithPath: directory)
        let count = plan.entries.count
        let results = FanOutResults(count: count)
        let threads = min(workers, count)
        guard threads > 0 else { return [] }
        let batch = AtomicBatch()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let renderer = makeRenderer()
            while let i = results.claim() {
                do {
                    let path = folder.appendingPathComponent(plan.entries[i].fileStem + "." + format.rawValue).path
                    let written = try renderer.render(try plan.document(at: i), to: path, committingInto: batch)
                    results.finish(i, .success(written))
                } catch {
                    results.finish(i, .failure(error))
                }
            }
        }
        let committed = Result { try batch.commit() }
        let paths = try results.paths()
        try committed.get()
        return paths
    }
}
