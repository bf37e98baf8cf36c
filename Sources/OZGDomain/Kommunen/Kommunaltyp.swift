/// A legal class of council (in NRW § 4 GO NRW: Kreis, Große/Mittlere kreisangehörige Stadt, …).
///
/// Configuration, not code: other Länder have other classes. ``aliases`` are the other names
/// people use in sheet headers (`GKS`, `kreisang. Gemeinde`).
public struct Kommunaltyp: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The canonical name, used in storage and as the column header of generated sheets.
    public var name: String
    public var aliases: [String]
    /// A short name for narrow columns (`GKS`); `nil` falls back to the name.
    public var kurzname: String?

    public init(name: String, aliases: [String] = [], kurzname: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.kurzname = kurzname
    }

    public var description: String { name }

    enum CodingKeys: String, CodingKey { case name, aliases, kurzname }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        kurzname = try c.decodeIfPresent(String.self, forKey: .kurzname)
    }
}
