/// The kinds of change between two catalogue versions, in the order reports list them.
public enum CatalogChangeKind: String, Hashable, Codable, Sendable, CaseIterable {
    /// A row the old version did not have.
    case neu
    /// A row the new version no longer has.
    case entfallen
    /// Same Einzelleistung (same LeiKa key, or a keyless row matched with certainty), new name.
    case umbenannt
    /// Same Einzelleistung under another OZG-ID or Themenfeld.
    case verschoben
    /// Same Einzelleistung, another LeiKa-Typ.
    case typGeaendert

    /// The German heading of the kind in reports.
    public var title: String {
        switch self {
        case .neu: return "Neu"
        case .entfallen: return "Entfallen"
        case .umbenannt: return "Umbenannt"
        case .verschoben: return "Verschoben"
        case .typGeaendert: return "LeiKa-Typ geändert"
        }
    }
}

/// A field of a catalogue row that a change can touch, with its JSON name.
public enum CatalogField: String, Hashable, Codable, Sendable, CaseIterable {
    case bezeichnung, ozgId, ozgLeistung, themenfeld, lage, typ

    /// The column header of the field in reports.
    public var title: String {
        switch self {
        case .bezeichnung: return "Leistungsbezeichnung"
        case .ozgId: return "OZG-ID"
        case .ozgLeistung: return "OZG-Leistung"
        case .themenfeld: return "Themenfeld"
        case .lage: return "Lage"
        case .typ: return "LeiKa-Typ"
        }
    }

    /// The field's value in a row, as text.
    public func value(of e: Einzelleistung) -> String {
        switch self {
        case .bezeichnung: return e.bezeichnung
        case .ozgId: return String(e.ozgId)
        case .ozgLeistung: return e.ozgLeistung
        case .themenfeld: return e.themenfeld
        case .lage: return e.lage
        case .typ: return e.typ.raw
        }
    }
}

/// One old value of a changed field.
public struct CatalogFieldChange: Hashable, Codable, Sendable {
    public var field: CatalogField
    /// The value in the old version.
    public var old: String

    public init(field: CatalogField, old: String) {
        self.field = field
        self.old = old
    }
}

/// One change of one catalogue row between two versions.
///
/// A row that is renamed and moved at once is listed under both kinds, each time with every
/// changed field in ``vorher``.
public struct CatalogChange: Hashable, Codable, Sendable {
    public var kind: CatalogChangeKind
    /// The row as the new version has it (as the old one had it for ``CatalogChangeKind/entfallen``).
    public var einzelleistung: Einzelleistung
    /// The row's id in the old version, when it was matched to one (rename, move, type change).
    public var previousID: EinzelleistungID?
    /// The changed fields with their old values (empty for `neu` and `entfallen`).
    public var vorher: [CatalogFieldChange]
    /// For a keyless row whose match is uncertain: the row on the other side it may be. The
    /// two are not merged: the old one is `entfallen`, the new one `neu`.
    public var unsichereZuordnung: Einzelleistung?

    public init(
        kind: CatalogChangeKind, einzelleistung: Einzelleistung, previousID: EinzelleistungID? = nil,
        vorher: [CatalogFieldChange] = [], unsichereZuordnung: Einzelleistung? = nil
    ) {
        self.kind = kind
        self.einzelleistung = einzelleistung
        self.previousID = previousID
        self.vorher = vorher
        self.unsichereZuordnung = unsichereZuordnung
    }
}
