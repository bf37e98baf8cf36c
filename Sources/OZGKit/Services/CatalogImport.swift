/// Imports the OZG catalogue (and optionally the council list) into a workspace as a new
/// catalogue version: what `ozg catalog import` does. Verdicts are carried over (see
/// ``Workspace/importCatalogVersion(_:name:kind:source:at:)``). A LeiKa publication of the FIM
/// portal updates names, types and synonyms of the current catalogue as a version of its own.
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
        /// The version made, with its changes against the previous one.
        public var version: CatalogVersionImport
        /// Every issue of the file: unknown columns, doubtful values, untrusted rows.
        public var issues: [CatalogIssue]
        /// The untrusted rows left out (empty with ``includeTestRows``).
        public var leftOut: [Einzelleistung]
        /// Row numbers of ``leftOut`` (or of the untrusted rows kept).
        public var untrustedRows: [Int]
    }

    /// Reads `file`, imports it as the version `version` (default: today's date) and, when given,
    /// the council list.
    public func run(file: String, kommunen: String? = nil, version: String? = nil) throws -> Result {
        let content = try CatalogFile.read(file)
        let base = try workspace.catalog()
        if case .leika = content, base.einzelleistungen.isEmpty { throw CatalogImportError.leikaWithoutCatalog(file: file) }
        let catalog = content.catalog(over: base, includeTestRows: includeTestRows)
        let imported = try workspace.importCatalogVersion(catalog, name: version, kind: content.versionKind, source: file)
        if let kommunen {
            try workspace.setKommunen(try DataFiles.kommunen(kommunen, kommunaltypen: try workspace.snapshot().kommunaltypen))
        }
        var leftOut: [Einzelleistung] = [], untrustedRows: [Int] = []
        if case .catalog(let load) = content {
            untrustedRows = load.untrustedRows
            if !includeTestRows { leftOut = load.untrusted }
        }
        return Result(
            file: file, catalog: catalog, summary: imported.summary, version: imported, issues: content.issues,
            leftOut: leftOut, untrustedRows: untrustedRows)
    }
}

/// A catalogue file that cannot be imported as it is.
public enum CatalogImportError: OZGError, Hashable {
    /// A LeiKa publication updates a catalogue; the workspace has none yet.
    case leikaWithoutCatalog(file: String)

    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .leikaWithoutCatalog(let f):
            return language == .german
                ? "„\(f)“ ist eine LeiKa-Veröffentlichung; sie ergänzt einen Katalog. Importieren Sie zuerst den OZG-Katalog."
                : "\"\(f)\" is a LeiKa publication; it updates a catalogue. Import the OZG catalogue first."
        }
    }

    public var technicalDetail: String {
        switch self {
        case .leikaWithoutCatalog(let f): return TechnicalDetail.format("CatalogImportError", "leikaWithoutCatalog", ["file": f])
        }
    }

    public var category: ErrorCategory { .usage }
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
