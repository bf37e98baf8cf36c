/// Where a stored value came from: file, sheet, cell, the file's SHA-256 and the time of ingest.
public struct Provenance: Hashable, Codable, Sendable {
    /// The file path as given to `ozg ingest`.
    public var file: String
    public var sheet: String
    /// The cell address, e.g. `H17`.
    public var cell: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String
    /// ISO 8601 time of ingest, e.g. `2026-11-29T06:10:00Z`.
    public var ingestedAt: String

    public init(file: String, sheet: String, cell: String, sha256: String, ingestedAt: String) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
    }
}
