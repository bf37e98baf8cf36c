import OZGDomain

/// A catalogue version kept in the workspace.
public struct CatalogVersionInfo: Hashable, Codable, Sendable {
    /// What kind of file made the version.
    public enum Kind: String, Hashable, Codable, Sendable {
        /// An OZG catalogue.
        case katalog
        /// A LeiKa publication applied to the catalogue before it.
        case leika
    }

    public var name: String
    public var kind: Kind
    /// The file it was read from, when known.
    public var source: String?
    /// ISO 8601 time of the import.
    public var importedAt: String
    public var rowCount: Int
    /// The number of changes against the version before, by kind.
    public var changeCounts: [CatalogChangeKind: Int]
    /// Whether this is the current catalogue.
    public var isCurrent: Bool
}

/// What ``Workspace/importCatalogVersion(_:name:kind:source:at:)`` did.
public struct CatalogVersionImport: Hashable, Sendable {
    /// The name the version got.
    public var name: String
    /// The changes against the catalogue before (everything is `neu` for the first version).
    public var diff: CatalogDiff
    public var summary: ImportSummary
    /// Verdicts copied to a row whose id changed (moved to another OZG-ID, keyless row renamed).
    public var carriedVerdicts: Int
    /// Rows marked for review (new or moved).
    public var markedForReview: Int
}
