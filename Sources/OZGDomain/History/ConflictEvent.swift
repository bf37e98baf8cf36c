/// A conflict between two verdicts that was opened or resolved in a period.
public struct ConflictEvent: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable {
        case eroeffnet, geloest

        /// The German word for reports.
        public var title: String { self == .eroeffnet ? "eröffnet" : "gelöst" }
    }

    public var kind: Kind
    public var einzelleistung: Einzelleistung
    /// The Kommunaltyp of a verdict conflict, or the Kommune of an exception conflict.
    public var owner: String
    public var stored: Relevanz
    public var new: Relevanz
    /// The file that brought the differing verdict.
    public var file: String
    /// When it was opened or resolved (ISO 8601).
    public var at: String
    /// `stored` or `new` once resolved.
    public var resolution: String?

    public init(
        kind: Kind, einzelleistung: Einzelleistung, owner: String, stored: Relevanz, new: Relevanz, file: String, at: String,
        resolution: String?
    ) {
        self.kind = kind
        self.einzelleistung = einzelleistung
        self.owner = owner
        self.stored = stored
        self.new = new
        self.file = file
        self.at = at
        self.resolution = resolution
    }
}
