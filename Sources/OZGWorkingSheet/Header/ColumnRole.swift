/// What a column of a working sheet holds.
///
/// The Bewertung columns (keys, verdicts per Kommunaltyp, notes) and the Umsetzungsplanung
/// columns share one enum: a Pate may put both in one sheet.
public enum ColumnRole: Hashable, Sendable {
    case themenfeld, lage, ozgId, ozgLeistung, leika, bezeichnung, typ
    /// A verdict column for the Kommunaltyp of this name (the canonical name of the set).
    case kommunaltyp(String)
    /// A council-specific exception column for the Kommune of this name.
    case kommune(String)
    case zustaendigkeit, anmerkung, geprueftVon, geprueftAm
    case titel, loesungsansatz, verantwortlich, start, ende, status, reifegradIst, reifegradZiel, prioritaet, notiz

    /// Whether the column identifies the Einzelleistung (and is protected in the template).
    public var isKey: Bool {
        switch self {
        case .themenfeld, .lage, .ozgId, .ozgLeistung, .leika, .bezeichnung, .typ: return true
        default: return false
        }
    }

    /// Whether the column belongs to the roadmap (Umsetzungsplanung).
    public var isRoadmap: Bool {
        switch self {
        case .titel, .loesungsansatz, .verantwortlich, .start, .ende, .status, .reifegradIst, .reifegradZiel, .prioritaet,
            .notiz:
            return true
        default: return false
        }
    }

    /// The header the template writes.
    public var header: String {
        switch self {
        case .themenfeld: return "Themenfeld"
        case .lage: return "Lage"
        case .ozgId: return "OZG-ID"
        case .ozgLeistung: return "OZG-Leistung"
        case .leika: return "LeiKa-Schlüssel"
        case .bezeichnung: return "Leistungsbezeichnung"
        case .typ: return "LeiKa-Typ"
        case .kommunaltyp(let name): return name
        case .kommune(let name): return name
        case .zustaendigkeit: return "Zuständigkeit"
        case .anmerkung: return "Anmerkung"
        case .geprueftVon: return "geprüft von"
        case .geprueftAm: return "geprüft am"
        case .titel: return "Vorhaben"
        case .loesungsansatz: return "Lösungsansatz"
        case .verantwortlich: return "Verantwortlich"
        case .start: return "Start"
        case .ende: return "Ende"
        case .status: return "Status"
        case .reifegradIst: return "Reifegrad Ist"
        case .reifegradZiel: return "Reifegrad Ziel"
        case .prioritaet: return "Priorität"
        case .notiz: return "Notiz"
        }
    }
}
