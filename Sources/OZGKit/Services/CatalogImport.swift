/// Imports the OZG catalogue (and optionally the council list) into a workspace: what
/// `ozg catalog import` does.
///
/// Rows the catalogue cannot vouch for (a key that is no LeiKa key, an unknown LeiKa-Typ: the
/// 2019 catalogue's `Test 4` and `Test 124`) are left out unless ``includeTestRows`` is set, so
/// they never reach a template or a report; every such row and every column not understood is
/// in ``Result/issues``.
public struct CatalogImport {
    public let workspace: Workspace
    /// Keep the untrusted (test) rows.
    public var includeTestRows = false

    public init(workspace: Workspace, includeTestRows: Bool = false) {
        self.workspace = workspace
        self.includeTestRows = includeTestRows
    }

    public struct Result: Sendable {
        public var file: String
        /// The catalogue as imported.
        public var catalog: Catalog
        public var summary: ImportSummary
        /// Every issue of the file: unknown columns, doubtful values, untrusted rows.
        public var issues: [CatalogIssue]
        /// The untrusted rows left out (empty with ``includeTestRows``).
        public var leftOut: [Einzelleistung]
        /// Row numbers of ``leftOut`` (or of the untrusted rows kept).
        public var untrustedRows: [Int]
    }

    /// Reads `file`, imports it and, when given, the council list.
    public func run(file: String, kommunen: String? = nil) throws -> Result {
        let load = try DataFiles.catalog(file)
        let catalog = includeTestRows ? load.catalog : load.trusted
        let summary = try workspace.importCatalog(catalog)
        if let kommunen {
            try workspace.setKommunen(try DataFiles.kommunen(kommunen, kommunaltypen: try workspace.snapshot().kommunaltypen))
        }
        return Result(
            file: file, catalog: catalog, summary: summary, issues: load.issues,
            leftOut: includeTestRows ? [] : load.untrusted, untrustedRows: load.untrustedRows)
    }
}

extension CatalogIssue {
    /// The issue as a finding (file, sheet, cell, severity, message), for the same output as
    /// working sheets: untrusted rows and unknown columns are warnings.
    public func finding(file: String, sheet: String = "Katalog") -> Finding {
        let cell = columnIndex.map { CellReference(row: row - 1, column: $0).a1 } ?? "\(row)"
        let text = value.isEmpty ? message : "\(message) („\(value)“)"
        return Finding(
            file: file, sheet: sheet, cell: cell, severity: .warning, message: "Zeile \(row), Spalte „\(column)“: \(text)",
            raw: value)
    }
}
