import OZGDomain

/// The rows of `ozg template --review`: the Leistungen that are new or marked for review.
public enum ReviewSelection {
    /// The catalogue with only the marked rows, in catalogue order (Themenfelder likewise).
    public static func catalog(_ catalog: Catalog, marks: [EinzelleistungID: ReviewReason]) -> Catalog {
        Catalog(einzelleistungen: catalog.einzelleistungen.filter { marks[$0.id] != nil })
    }
}
