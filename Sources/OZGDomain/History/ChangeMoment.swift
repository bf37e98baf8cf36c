/// A moment of the workspace's history: a named meeting snapshot or a date, with its instant.
public struct ChangeMoment: Hashable, Codable, Sendable {
    /// What the user named: `FAG 12/2026`, or `2026-12-01`.
    public var label: String
    /// ISO 8601 instant in UTC (`2026-12-01T10:00:00Z`); everything recorded at or before it belongs to it.
    public var at: String

    public init(label: String, at: String) {
        self.label = label
        self.at = at
    }
}
