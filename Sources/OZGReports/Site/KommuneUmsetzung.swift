import OZGDomain

/// What one council offers today for one Einzelleistung: Umsetzungsstand, Lösung and the
/// address of the online service, as far as known.
///
/// The workspace does not store this yet (issue #13); the site shows these columns only for
/// councils with entries and invents nothing. Whatever source delivers them later maps to this
/// value and hands it to ``SiteBuilder``.
public struct KommuneUmsetzung: Hashable, Sendable {
    /// The name of the ``Kommune``.
    public var kommune: String
    public var einzelleistung: EinzelleistungID
    /// `offen`, `in Planung`, `in Umsetzung`, `online`, `nicht zuständig` (free text is kept).
    public var stand: String
    /// `EfA`, `Landeslösung`, a product name, …
    public var loesung: String?
    /// The address of the online service as written in the source; a link only when http(s).
    public var url: String?

    public init(kommune: String, einzelleistung: EinzelleistungID, stand: String, loesung: String? = nil, url: String? = nil) {
        self.kommune = kommune
        self.einzelleistung = einzelleistung
        self.stand = stand
        self.loesung = loesung
        self.url = url
    }

    /// Whether the council offers the Leistung online (`online`, `umgesetzt`).
    public var isOnline: Bool {
        let s = stand.trimmingCharacters(in: .whitespaces).lowercased()
        return s == "online" || s == "umgesetzt"
    }
}
