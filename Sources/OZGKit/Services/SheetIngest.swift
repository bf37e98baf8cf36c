/// Stores checked working sheets in the workspace, with provenance: what `ozg ingest` does after
/// ``SheetCheck``. Each file is one transaction; a file already ingested (same SHA-256) changes
/// nothing; a verdict that differs from the stored one is a conflict, never an overwrite.
///
/// ```swift
/// let ws = try Workspace.open(at: "ozg-workspace")
/// let checked = try SheetCheck(model: try ws.snapshot()).run(files)
/// for file in try SheetIngest(workspace: ws).run(checked) { print(file.path, file.outcome.verdictsStored) }
/// ```
public struct SheetIngest {
    public let workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    /// One stored file.
    public struct IngestedSheet: Sendable {
        public var path: String
        public var result: WorkingSheetResult
        public var outcome: IngestOutcome

        /// Errors in the file or conflicts with stored verdicts or statuses.
        public var hasProblems: Bool { result.hasErrors || !outcome.conflicts.isEmpty || !outcome.statusConflicts.isEmpty }
    }

    public func run(_ checked: [SheetCheck.CheckedFile]) throws -> [IngestedSheet] {
        try checked.map { c in
            IngestedSheet(path: c.path, result: c.result, outcome: try workspace.ingest(c.result.ingestBatch))
        }
    }

    /// Checks and stores files in one call (Prüfberichte into `pruefberichtFolder` when given).
    public func run(files: [String], pruefberichtFolder: String? = nil) throws -> [IngestedSheet] {
        let check = SheetCheck(
            model: try workspace.snapshot(), pruefberichtFolder: pruefberichtFolder,
            protectedFiles: Workspace.storeFiles(inFolder: workspace.folder.path))
        return try run(try check.run(files))
    }
}
