import Foundation

/// Makes a report and writes it in the format asked for: what `ozg report` does.
///
/// A report that exists per council (`kommunen-matrix`) without a `kommune` filter writes one
/// file per council into the output folder. The roadmap also writes `ics` (calendar) and
/// `projekt-csv` (project tools). `-` as output writes csv, json, ics and projekt-csv to
/// ``standardOutput``.
///
/// ```swift
/// let reports = ReportService(model: try workspace.snapshot())
/// try reports.write("abdeckung", format: "html", to: "abdeckung.html")
/// try reports.write("kommunen-matrix", format: "xlsx", to: "an-die-kommunen/")   // one file per council
/// ```
public struct ReportService {
    public var model: DomainModel
    public var registry: ReportRegistry
    /// Files no output may replace (the workspace's store files).
    public var protectedFiles: [String]
    /// Where `-` writes (stdout by default).
    public var standardOutput: (Data) -> Void

    public init(
        model: DomainModel, registry: ReportRegistry = .shared, protectedFiles: [String] = [],
        standardOutput: @escaping (Data) -> Void = { FileHandle.standardOutput.write($0) }
    ) {
        self.model = model
        self.registry = registry
        self.protectedFiles = protectedFiles
        self.standardOutput = standardOutput
    }

    /// The formats `write` accepts for a report.
    public static func formats(for name: String) -> [String] {
        ReportFormat.allCases.map(\.rawValue) + (name == "roadmap" ? ["ics", "projekt-csv"] : [])
    }

    /// The renderer for a format; spreadsheets go through OZGFiles' writers and never replace
    /// one of `protectedFiles`.
    public func renderer(_ format: ReportFormat) -> any ReportRenderer {
        Self.renderer(format, protecting: protectedFiles)
    }

    /// The renderer for a format that never replaces one of `protected`.
    /// Report workbooks are built in row order, so .xlsx is written in libxlsxwriter's
    /// constant-memory mode (less memory and CPU per council).
    public static func renderer(_ format: ReportFormat, protecting protected: [String]) -> any ReportRenderer {
        ReportRenderers.renderer(for: format) {
            try SpreadsheetFile.create($0, options: WriteOptions(constantMemory: true), inputs: protected)
        }
    }

    /// Makes the report `name` and writes it; returns the files written (none for `-`).
    @discardableResult
    public func write(_ name: String, format: String, to output: String, options: ReportOptions = ReportOptions()) throws
        -> [String]
    {
        if output != "-" { try AtomicOutput.refuse(output, ifAnyOf: protectedFiles) }
        if name == "roadmap", format == "ics" || format == "projekt-csv" {
            let text = format == "ics"
                ? try RoadmapCalendar.ics(model: model, options: options)
                : try RoadmapProjectCSV.csv(model: model, options: options)
            if output == "-" {
                standardOutput(Data(text.utf8))
                return []
            }
            try AtomicOutput.write(Data(text.utf8), to: output, inputs: protectedFiles)
            return [output]
        }
        guard let fmt = ReportFormat(rawValue: format) else {
            throw ReportError.unsupportedFormat(format, supported: Self.formats(for: name))
        }
        if let perKommune = registry.generator(named: name) as? any PerKommuneReportGenerator, options.kommune == nil {
            guard output != "-" else { throw ReportError.unsupportedFormat("-", supported: ["einen Ordner"]) }
            return try writePerKommune(perKommune, format: fmt, folder: output, options: options)
        }
        let document = try registry.document(named: name, model: model, options: options)
        return try write(document, format: fmt, to: output)
    }

    /// One file per council into `folder` (created when missing), rendered on every core
    /// (``KommunenFanOut``: shared lookups once, memory bounded by the workers, the files
    /// committed together at the end). Twice as many workers as cores: while one worker waits
    /// for the disk (libxlsxwriter's temporary files), another renders.
    public func writePerKommune(
        _ generator: any PerKommuneReportGenerator, format: ReportFormat, folder: String, options: ReportOptions = ReportOptions()
    ) throws -> [String] {
        let protected = protectedFiles
        return try KommunenFanOut(workers: 2 * ProcessInfo.processInfo.activeProcessorCount).render(
            generator, model: model, options: options, format: format, into: folder,
            makeRenderer: { ReportService.renderer(format, protecting: protected) })
    }

    /// Writes a document; `-` writes csv and json to ``standardOutput``.
    public func write(_ document: ReportDocument, format: ReportFormat, to output: String) throws -> [String] {
        guard output == "-" else { return try renderer(format).render(document, to: output) }
        switch format {
        case .json:
            standardOutput(ReportJSON.encode(document, pretty: false) + Data("\n".utf8))
        case .csv:
            for (i, file) in CSVReportRenderer.files(for: document, path: "report.csv").enumerated() {
                if i > 0 { standardOutput(Data("\n".utf8)) }
                standardOutput(Data(file.text.utf8))
            }
        default:
            throw ReportError.unsupportedFormat("\(format.rawValue) auf stdout (-o -)", supported: ["csv", "json"])
        }
        return []
    }
}
