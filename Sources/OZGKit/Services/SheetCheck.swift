import Foundation

/// Reads returned working sheets against a workspace's model and lists every problem; stores
/// nothing. What `ozg validate` does, and the first half of `ozg ingest`.
///
/// ```swift
/// let checked = try SheetCheck(model: try workspace.snapshot()).run(["bauen.xlsx", "recht.ods"])
/// for file in checked { print(file.path, file.result.verdicts.count, file.result.findings.count) }
/// ```
public struct SheetCheck: Sendable {
    public var model: DomainModel { didSet { mapperCache = MapperCache() } }
    /// Write a Prüfbericht workbook (`NAME-Pruefbericht.xlsx`) for each file with findings here.
    public var pruefberichtFolder: String?
    /// Files no output may replace (the inputs always count; add the workspace's store files).
    public var protectedFiles: [String]

    public init(model: DomainModel, pruefberichtFolder: String? = nil, protectedFiles: [String] = []) {
        self.model = model
        self.pruefberichtFolder = pruefberichtFolder
        self.protectedFiles = protectedFiles
    }

    /// The mapper for ``model``, built on first use and kept for later runs (its catalogue index
    /// and header aliases cost as much as reading a file; `ozg validate` runs a few files at a time).
    private var mapperCache = MapperCache()

    private final class MapperCache: @unchecked Sendable {
        private let lock = NSLock()
        private var mapper: WorkingSheetMapper?

        func mapper(_ build: () -> WorkingSheetMapper) -> WorkingSheetMapper {
            lock.lock()
            defer { lock.unlock() }
            if let mapper { return mapper }
            let m = build()
            mapper = m
            return m
        }
    }

    /// One file read and mapped.
    public struct CheckedFile: Sendable {
        public var path: String
        public var result: WorkingSheetResult
        /// The Prüfbericht written for it, if any.
        public var pruefbericht: String?
    }

    /// Reads and maps each file (in parallel, each on its own reader), then takes them in the
    /// order given: the first file that cannot be read at all ends the run with its error.
    public func run(_ files: [String], ingestedAt: Date = Date()) throws -> [CheckedFile] {
        let model = self.model
        let mapper = mapperCache.mapper {
            var mapper = WorkingSheetMapper(
                catalog: model.catalog, kommunaltypen: model.kommunaltypen, kommunen: model.kommunen,
                knownAddedColumns: model.addedColumnNames)
            mapper.statusContext = StatusSheetContext(model: model)
            return mapper
        }
        let now = ISO8601DateFormatter().string(from: ingestedAt)
        let mapped = ParallelMap.run(files) { file in
            let sha = try SHA256.hex(ofFile: file)
            return try mapper.map(reader: SpreadsheetFile.open(file), file: file, sha256: sha, ingestedAt: now)
        }
        var checked: [CheckedFile] = []
        for (file, r) in zip(files, mapped) {
            let result = try r.get()
            var entry = CheckedFile(path: file, result: result)
            if let dir = pruefberichtFolder, !result.findings.isEmpty {
                entry.pruefbericht = try writePruefbericht(for: file, result: result, into: dir, inputs: files)
            }
            checked.append(entry)
        }
        return checked
    }

    /// Writes `DIR/NAME-Pruefbericht.xlsx`: the original sheets with the findings marked.
    public func writePruefbericht(for file: String, result: WorkingSheetResult, into dir: String, inputs: [String] = [])
        throws -> String
    {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let out = (dir as NSString).appendingPathComponent(stem + "-Pruefbericht.xlsx")
        let original = try SpreadsheetFile.read(file)
        try SpreadsheetFile.write(
            Pruefbericht.workbook(original: original, findings: result.findings, file: file), to: out,
            inputs: inputs + [file] + protectedFiles)
        return out
    }
}

/// Runs a throwing function over inputs on every core and returns the results in input order.
enum ParallelMap {
    static func run<T, R>(_ inputs: [T], _ body: (T) throws -> R) -> [Result<R, any Error>] {
        var results = [Result<R, any Error>?](repeating: nil, count: inputs.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            let r = Result { try body(inputs[i]) }
            lock.lock()
            results[i] = r
            lock.unlock()
        }
        return results.map { $0 ?? .failure(CancellationError()) }
    }
}
