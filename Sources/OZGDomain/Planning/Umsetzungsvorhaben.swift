import OZGSpreadsheet

/// One line of the roadmap (Umsetzungsplanung): how and by when a Leistung goes online.
public struct Umsetzungsvorhaben: Hashable, Codable, Sendable {
    /// The Einzelleistung, or `nil` when the line covers a whole OZG-Leistung.
    public var einzelleistung: EinzelleistungID?
    public var ozgId: Int
    public var titel: String
    /// `EfA`, `Eigenentwicklung`, `Landeslösung`, …
    public var loesungsansatz: String?
    public var verantwortlich: String?
    public var start: CalendarDate?
    public var ende: CalendarDate?
    public var status: VorhabenStatus
    public var reifegradIst: Reifegrad?
    public var reifegradZiel: Reifegrad?
    public var prioritaet: Int?
    public var notiz: String?
    public var provenance: Provenance?

    public init(
        einzelleistung: EinzelleistungID? = nil, ozgId: Int, titel: String, loesungsansatz: String? = nil,
        verantwortlich: String? = nil, start: CalendarDate? = nil, ende: CalendarDate? = nil,
        status: VorhabenStatus = .geplant, reifegradIst: Reifegrad? = nil, reifegradZiel: Reifegrad? = nil,
        prioritaet: Int? = nil, notiz: String? = nil, provenance: Provenance? = nil
    ) {
        self.einzelleistung = einzelleistung
        self.ozgId = ozgId
        self.titel = titel
        self.loesungsansatz = loesungsansatz
        self.verantwortlich = verantwortlich
        self.start = start
        self.ende = ende
        self.status = status
        self.reifegradIst = reifegradIst
        self.reifegradZiel = reifegradZiel
        self.prioritaet = prioritaet
        self.notiz = notiz
        self.provenance = provenance
    }

    /// Whether the line is late on `date`: its end has passed and it is not done.
    public func isLate(on date: CalendarDate) -> Bool {
        guard let ende, status != .umgesetzt, status != .zurueckgestellt else { return false }
        return ende < date
    }

    /// Which stored line this one replaces on a repeated ingest: Einzelleistung (or OZG-ID) and title.
    public var identity: String {
        (einzelleistung?.key ?? "ozg:\(ozgId)") + "|" + TextNormalization.collapseSpaces(titel)
    }
}
