/// A catalogue change that came with a catalogue version imported in a period.
public struct CatalogVersionChange: Hashable, Codable, Sendable {
    /// The version's name (`2026-12-01`, `LeiKa 2026/2`).
    public var version: String
    /// When the version was imported (ISO 8601).
    public var importedAt: String
    public var change: CatalogChange

    public init(version: String, importedAt: String, change: CatalogChange) {
        self.version = version
        self.importedAt = importedAt
        self.change = change
    }
}
