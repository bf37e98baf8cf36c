/// The Reifegrad model a value is on: 1.1 (levels 0–4, until mid-2025) or 2.0 (levels 0–7,
/// from July 2025). A stored Reifegrad always says which.
public enum ReifegradModell: String, Codable, CaseIterable, Sendable {
    case v1_1 = "1.1"
    case v2_0 = "2.0"

    /// The highest level of the model.
    public var hoechsteStufe: Int { self == .v1_1 ? 4 : 7 }

    /// The levels as the drop-down shows them.
    public var stufen: ClosedRange<Int> { 0...hoechsteStufe }

    /// `Reifegradmodell 2.0 (0–7)`.
    public var beschreibung: String { "Reifegradmodell \(rawValue) (0–\(hoechsteStufe))" }

    /// Reads `1.1`, `1,1`, `2.0`, `2`, `2,0`, `alt`, `neu`.
    public static func parse(_ raw: String) -> ReifegradModell? {
        let t = TextNormalization.fold(TextNormalization.collapseSpaces(raw)).replacingOccurrences(of: ",", with: ".")
        switch t {
        case "1.1", "1", "11", "alt", "v1.1": return .v1_1
        case "2.0", "2", "20", "neu", "v2.0", "v2": return .v2_0
        default: return nil
        }
    }
}

/// A Reifegrad with its model: `3 (1.1)`.
public struct ReifegradAngabe: Hashable, Codable, Sendable, CustomStringConvertible {
    public var stufe: Int
    public var modell: ReifegradModell

    public init(stufe: Int, modell: ReifegradModell) {
        self.stufe = stufe
        self.modell = modell
    }

    public var description: String { "\(stufe) (\(modell.rawValue))" }
}
