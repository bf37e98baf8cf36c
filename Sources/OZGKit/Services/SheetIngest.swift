/// Stores checked working sheets in the workspace, with provenance: what `ozg ingest` does after
/// ``SheetCheck``. Each file is one transaction; a file already ingested (same SHA-256) changes
/// nothing; a verdict that differs from the stored one is a conflict, never an overwrite.
///
/// ```swift
/// let ws = try Workspace.open(at: "ozg-workspace")
/// let checked = try SheetCheck(model: try ws.snapshot()).run(files)
/// for file in try SheetIngest(workspace: ws).run(checked) { print(file.path, file.outcome.verdictsStored) }
/// // or, for hundreds of files, storing each while the next are read:
/// try SheetIngest(workspace: ws).forEach(files: files, check: SheetCheck(model: try ws.snapshot())) { print($0.path) }
/// ```
public struct SheetIngest {
    public let workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    /// One stored file.
    public struct IngestedSheet: Sendable {
        public var path: String
        public var result: WorkingSheetResult
        public var outcome: IngestOutcome
        /// The Prüfbericht written for it, if any.
        public var pruefbericht: String?

        /// Errors in the file or conflicts with stored verdicts or statuses.
        public var hasProblems: Bool { result.hasErrors || !outcome.conflicts.isEmpty || !outcome.statusConflicts.isEmpty }
    }

    public func run(_ checked: [SheetCheck.CheckedFile]) throws -> [IngestedSheet] {
        try checked.map { c in
            IngestedSheet(
                path: c.path, result: c.result, outcome: try workspace.ingest(c.result.ingestBatch), pruefbericht: c.pruefbericht)
        }
    }

    /// Checks and stores files in one call (Prüfberichte into `pruefberichtFolder` when given).
    public func run(files: [String], pruefberichtFolder: String? = nil) throws -> [IngestedSheet] {
        let check = SheetCheck(
            model: try workspace.snapshot(includingUmsetzung: false), pruefberichtFolder: pruefberichtFolder,
            protectedFiles: Workspace.storeFiles(inFolder: workspace.folder.path))
        var stored: [IngestedSheet] = []
        try forEach(files: files, check: check) { stored.append($0) }
        return stored
    }

    /// Checks the files with `check` and stores each as soon as it is read, in the order given,
    /// while the files after it are still being read (``SheetCheck/forEach(_:ingestedAt:_:)``);
    /// `each` gets every stored file, after which its values may go. A file ingested before is
    /// not read again (``IngestOutcome/alreadyIngested``).
    public func forEach(files: [String], check: SheetCheck, _ each: (IngestedSheet) throws -> Void) throws {
        var check = check
        let workspace = workspace
        check.isKnown = { sha in (try? workspace.isIngested(sha256: sha)) ?? false }
        try check.forEach(files) { c in
            try each(IngestedSheet(
                path: c.path, result: c.result, outcome: try workspace.ingest(c.result.ingestBatch), pruefbericht: c.pruefbericht))
        }
    }
}
