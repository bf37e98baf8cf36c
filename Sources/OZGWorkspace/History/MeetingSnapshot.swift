/// A named moment of the workspace (`FAG 12/2026`): `ozg snapshot save` records it, reports and
/// exports read the state as it was then.
///
/// Not to be confused with ``Workspace/snapshot()``, which reads the current model.
public struct MeetingSnapshot: Hashable, Codable, Sendable {
    public var name: String
    /// ISO 8601 instant in UTC.
    public var at: String

    public init(name: String, at: String) {
        self.name = name
        self.at = at
    }
}
