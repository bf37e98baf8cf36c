import Foundation

/// Reads returned working sheets against a workspace's model and lists every problem; stores
/// nothing. What `ozg validate` does, and the first half of `ozg ingest`.
///
/// ```swift
/// let checked = try SheetCheck(model: try workspace.snapshot()).run(["bauen.xlsx", "recht.ods"])
/// for file in checked { print(file.path, file.result.verdicts.count, file.result.findings.count) }
/// ```
public struct SheetCheck: Sendable {
    public var model: DomainModel
    /// Write a Prüfbericht workbook (`NAME-Pruefbericht.xlsx`) for each file with findings here.
    public var pruefberichtFolder: String?
    /// Files no output may replace (the inputs always count; add the workspace's store files).
    public var protectedFiles: [String]
    /// Files whose SHA-256 this calls known are not read; their result is empty. `ozg ingest`
    /// passes the files ingested before, so a folder of returns can be ingested again as new
    /// ones arrive without reading the old ones again.
    public var isKnown: (@Sendable (_ sha256: String) -> Bool)?

    public init(model: DomainModel, pruefberichtFolder: String? = nil, protectedFiles: [String] = []) {
        self.model = model
        self.pruefberichtFolder = pruefberichtFolder
        self.protectedFiles = protectedFiles
    }

    /// One file read and mapped.
    public struct CheckedFile: Sendable {
        public var path: String
        public var result: WorkingSheetResult
        /// The Prüfbericht written for it, if any.
        public var pruefbericht: String?
    }

    /// Reads and maps each file (in parallel, each on its own reader) and returns them in the
    /// order given: the first file that cannot be read at all ends the run with its error.
    public func run(_ files: [String], ingestedAt: Date = Date()) throws -> [CheckedFile] {
        var checked: [CheckedFile] = []
        try forEach(files, ingestedAt: ingestedAt) { checked.append($0) }
        return checked
    }

    /// Reads and maps the files on every core and hands each to `each` in the order given, on
    /// the calling thread, while the files after it are read (a few at a time, so the status
    /// sheets of hundreds of councils never sit in memory together). The first file that cannot
    /// be read at all ends the run with its error, after the files before it were handed over.
    public func forEach(_ files: [String], ingestedAt: Date = Date(), _ each: (CheckedFile) throws -> Void) throws {
        var mapper = WorkingSheetMapper(
            catalog: model.catalog, kommunaltypen: model.kommunaltypen, kommunen: model.kommunen,
            knownAddedColumns: model.addedColumnNames)
        mapper.statusContext = StatusSheetContext(model: model)
        let now = ISO8601DateFormatter().string(from: ingestedAt)
        try OrderedParallelMap.forEach(files, { [mapper, isKnown] file in
            let sha = try SHA256.hex(ofFile: file)
            if let isKnown, isKnown(sha) { return WorkingSheetResult(file: file, sha256: sha, ingestedAt: now) }
            return try mapper.map(reader: SpreadsheetFile.open(file), file: file, sha256: sha, ingestedAt: now)
        }, each: { i, r in
            let file = files[i]
            let result = try r.get()
            var entry = CheckedFile(path: file, result: result)
            if let dir = pruefberichtFolder, !result.findings.isEmpty {
                entry.pruefbericht = try writePruefbericht(for: file, result: result, into: dir, inputs: files)
            }
            try each(entry)
        })
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
