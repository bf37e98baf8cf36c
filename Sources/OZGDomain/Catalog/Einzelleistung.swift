/// One row of the OZG catalogue: a LeiKa-Leistung under an OZG-Leistung.
///
/// ``leika`` is `nil` for rows marked `nicht im LeiKa` and for rows whose key text is not a
/// valid key; ``leikaText`` keeps what the catalogue said in either case.
public struct Einzelleistung: Hashable, Codable, Sendable {
    public var id: EinzelleistungID
    public var leika: LeikaKey?
    /// The Leistungsbezeichnung.
    public var bezeichnung: String
    /// The OZG-ID of the OZG-Leistung (Leistungsbündel), e.g. 10092.
    public var ozgId: Int
    /// The name of the OZG-Leistung, e.g. `Wohngeld`.
    public var ozgLeistung: String
    public var themenfeld: String
    /// The Lebens- or Geschäftslage.
    public var lage: String
    public var typ: LeikaTyp
    public var sdg1: Bool?
    public var sdg2: Bool?
    /// The Gesetzeskürzel, `nil` when empty.
    public var gesetz: String?
    /// The key cell's text when it did not hold a valid key (`nicht im LeiKa`, or a broken key
    /// such as `3233`); `nil` when ``leika`` is set.
    public var leikaText: String?
    /// Synonyms from a LeiKa publication; `nil` when none are known.
    public var synonyme: [String]?

    public init(
        id: EinzelleistungID? = nil, leika: LeikaKey?, bezeichnung: String, ozgId: Int, ozgLeistung: String,
        themenfeld: String, lage: String, typ: LeikaTyp = LeikaTyp(raw: ""), sdg1: Bool? = nil, sdg2: Bool? = nil,
        gesetz: String? = nil, leikaText: String? = nil
    ) {
        self.id = id ?? EinzelleistungID(leika: leika, ozgId: ozgId, bezeichnung: bezeichnung)
        self.leika = leika
        self.bezeichnung = bezeichnung
        self.ozgId = ozgId
        self.ozgLeistung = ozgLeistung
        self.themenfeld = themenfeld
        self.lage = lage
        self.typ = typ
        self.sdg1 = sdg1
        self.sdg2 = sdg2
        self.gesetz = gesetz
        self.leikaText = leika == nil ? (leikaText ?? LeikaKey.notInLeika) : nil
    }

    /// The key as the working sheets show it: the 14 digits, or the catalogue's text.
    public var leikaDisplay: String { leika?.digits ?? leikaText ?? LeikaKey.notInLeika }
}
