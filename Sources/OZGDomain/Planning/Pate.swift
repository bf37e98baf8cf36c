/// A Themenpate: the member of the group responsible for one Themenfeld.
public struct Pate: Hashable, Codable, Sendable {
    public var themenfeld: String
    public var name: String
    public var email: String?

    public init(themenfeld: String, name: String, email: String? = nil) {
        self.themenfeld = themenfeld
        self.name = name
        self.email = email
    }
}
