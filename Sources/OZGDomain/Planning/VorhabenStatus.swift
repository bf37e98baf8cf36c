/// The state of an ``Umsetzungsvorhaben``.
public enum VorhabenStatus: String, Codable, CaseIterable, Sendable {
    case geplant
    case inUmsetzung = "in Umsetzung"
    case umgesetzt
    case zurueckgestellt = "zurückgestellt"

    /// The German label (the raw value).
    public var label: String { rawValue }

    /// Reads the usual spellings (`in Arbeit`, `erledigt`, `fertig`, `zurueckgestellt`, …);
    /// `nil` when not understood.
    public static func parse(_ raw: String) -> VorhabenStatus? {
        let t = TextNormalization.fold(TextNormalization.collapseSpaces(raw)).replacingOccurrences(of: ".", with: "")
        switch t {
        case "geplant", "planung", "in planung", "offen", "neu": return .geplant
        case "in umsetzung", "umsetzung", "in arbeit", "laeuft", "in bearbeitung", "begonnen", "gestartet": return .inUmsetzung
        case "umgesetzt", "erledigt", "fertig", "abgeschlossen", "live", "produktiv", "done": return .umgesetzt
        case "zurueckgestellt", "zurueck gestellt", "pausiert", "verschoben", "gestoppt", "ruht": return .zurueckgestellt
        default: return nil
        }
    }
}
