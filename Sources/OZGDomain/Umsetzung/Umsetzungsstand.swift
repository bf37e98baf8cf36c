/// What a council offers today for one Einzelleistung (the council's own report, or the
/// federal dashboard's `online`).
///
/// The five values of the status sheet; KDN's database says `in Bearbeitung` and `umgesetzt`,
/// which read as ``inUmsetzung`` and ``online``.
public enum Umsetzungsstand: String, Codable, CaseIterable, Sendable, Comparable {
    case offen
    case inPlanung = "in Planung"
    case inUmsetzung = "in Umsetzung"
    case online
    case nichtZustaendig = "nicht zuständig"

    /// The German label, as written in the drop-down (the raw value).
    public var label: String { rawValue }

    /// Whether the council offers the Leistung online.
    public var isOnline: Bool { self == .online }

    /// Order of progress: offen < in Planung < in Umsetzung < online; `nicht zuständig` last.
    public static func < (a: Umsetzungsstand, b: Umsetzungsstand) -> Bool { a.order < b.order }

    private var order: Int {
        switch self {
        case .offen: return 0
        case .inPlanung: return 1
        case .inUmsetzung: return 2
        case .online: return 3
        case .nichtZustaendig: return 4
        }
    }

    /// Reads what clerks write: the five labels in any case, `geplant`, `Planung`,
    /// `in Bearbeitung`, `in Arbeit`, `umgesetzt`, `live`, `online seit 2023`, `ja (online)`,
    /// `n. z.`, `nicht zustaendig`, `entfällt`; `nil` when not understood (blank is `nil` too).
    public static func parse(_ raw: String) -> Umsetzungsstand? {
        var t = TextNormalization.fold(TextNormalization.collapseSpaces(raw))
        for c in [".", "(", ")", ":", ","] { t = t.replacingOccurrences(of: c, with: " ") }
        t = TextNormalization.collapseSpaces(t)
        if t.isEmpty { return nil }
        switch t {
        case "offen", "nein", "noch nicht", "nicht begonnen", "neu", "-", "–", "o": return .offen
        case "in planung", "planung", "geplant", "in vorbereitung", "vorbereitung", "p": return .inPlanung
        case "in umsetzung", "umsetzung", "in bearbeitung", "bearbeitung", "in arbeit", "laeuft", "begonnen",
            "in einfuehrung", "einfuehrung", "test", "pilot", "im test", "u":
            return .inUmsetzung
        case "online", "umgesetzt", "live", "produktiv", "in betrieb", "ja", "ja online", "fertig", "erledigt": return .online
        case "nicht zustaendig", "nz", "n z", "unzustaendig", "entfaellt", "nicht relevant", "keine zustaendigkeit":
            return .nichtZustaendig
        default: break
        }
        // "online seit 2023", "online (seit 03/2024)", "umgesetzt 2022": a state with a date.
        let words = t.split(separator: " ").map(String.init)
        if let first = words.first, ["online", "umgesetzt", "live", "produktiv"].contains(first),
            words.dropFirst().allSatisfy({ $0 == "seit" || $0 == "ab" || $0 == "am" || $0 == "im" || $0.allSatisfy { $0.isNumber || $0 == "/" || $0 == "-" } })
        {
            return .online
        }
        if let first = words.first, ["geplant", "planung"].contains(first),
            words.dropFirst().allSatisfy({ $0 == "fuer" || $0 == "bis" || $0 == "ab" || $0 == "q1" || $0 == "q2" || $0 == "q3" || $0 == "q4" || $0.allSatisfy { $0.isNumber || $0 == "/" || $0 == "-" } })
        {
            return .inPlanung
        }
        return nil
    }
}

/// The kind of a council's solution.
public enum Loesungsart: String, Codable, CaseIterable, Sendable {
    case efa = "EfA"
    case landesloesung = "Landeslösung"
    case rechenzentrum = "Lösung des Rechenzentrums"
    case marktprodukt = "Marktprodukt"
    case eigenentwicklung = "Eigenentwicklung"

    /// The German label, as written in the drop-down (the raw value).
    public var label: String { rawValue }

    /// Reads the labels and the usual short forms (`EfA-Leistung`, `Einer für Alle`, `Land`,
    /// `Landesportal`, `RZ`, `KRZ`, `Rechenzentrum`, `Kauf`, `Produkt`, `eigen`, `Eigenlösung`);
    /// `nil` when not understood.
    public static func parse(_ raw: String) -> Loesungsart? {
        let t = TextNormalization.fold(TextNormalization.collapseSpaces(raw)).replacingOccurrences(of: "-", with: " ")
        if t.isEmpty { return nil }
        if t == "efa" || t.hasPrefix("efa ") || t.contains("einer fuer alle") { return .efa }
        if t.hasPrefix("land") { return .landesloesung }
        if t == "rz" || t == "krz" || t.contains("rechenzentrum") || t.contains("dienstleister") { return .rechenzentrum }
        if t.hasPrefix("markt") || t.contains("produkt") || t == "kauf" || t == "kaufloesung" || t == "hersteller" { return .marktprodukt }
        if t.hasPrefix("eigen") || t.contains("selbst") { return .eigenentwicklung }
        return nil
    }
}

/// How urgent a council rates a Leistung.
public enum Prioritaet: String, Codable, CaseIterable, Sendable, Comparable {
    case hoch, mittel, niedrig

    public var label: String { rawValue }

    /// hoch < mittel < niedrig (the order of a to-do list).
    public static func < (a: Prioritaet, b: Prioritaet) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Reads `hoch`/`mittel`/`niedrig`, `h`/`m`/`n`, `1`/`2`/`3`, `A`/`B`/`C`, `sehr hoch`,
    /// `gering`; `nil` when not understood.
    public static func parse(_ raw: String) -> Prioritaet? {
        let t = TextNormalization.fold(TextNormalization.collapseSpaces(raw)).replacingOccurrences(of: ".", with: "")
        switch t {
        case "hoch", "h", "1", "a", "sehr hoch", "dringend", "high": return .hoch
        case "mittel", "m", "2", "b", "normal", "medium": return .mittel
        case "niedrig", "n", "3", "c", "gering", "low": return .niedrig
        default: return nil
        }
    }
}
