/// Why an Einzelleistung is to be looked at again by its Pate (`ozg template --review`).
public enum ReviewReason: String, Hashable, Codable, Sendable {
    /// New in the catalogue (also when it may be a renamed row without key, matched uncertainly).
    case neu
    /// Moved to another OZG-ID or Themenfeld; its verdicts were kept.
    case verschoben
}
