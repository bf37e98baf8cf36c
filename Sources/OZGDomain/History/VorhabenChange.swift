/// An Umsetzungsvorhaben that was added or changed in a period.
public struct VorhabenChange: Hashable, Codable, Sendable {
    public var vorhaben: Umsetzungsvorhaben
    /// The Themenfeld of its Einzelleistung, when it has one in the current catalogue.
    public var themenfeld: String?
    /// `true` when the Vorhaben did not exist at the start of the period.
    public var isNew: Bool
    /// When it was stored (ISO 8601).
    public var at: String

    public init(vorhaben: Umsetzungsvorhaben, themenfeld: String?, isNew: Bool, at: String) {
        self.vorhaben = vorhaben
        self.themenfeld = themenfeld
        self.isNew = isNew
        self.at = at
    }
}
