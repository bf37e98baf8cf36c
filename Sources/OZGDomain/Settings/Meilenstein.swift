import OZGSpreadsheet

/// A date the working group plans against (`2026-06-30 Reifegrad 3 für alle Top-Leistungen`).
///
/// Since OZG 2.0 (in force since 24.07.2024) there is no single deadline; groups set their own
/// milestones. The 2022 deadline is one a group may keep as history. Milestones are
/// configuration (``WorkspaceSettings/meilensteine``), none by default.
public struct Meilenstein: Hashable, Codable, Sendable, Comparable {
    public var datum: CalendarDate
    public var titel: String

    public init(datum: CalendarDate, titel: String) {
        self.datum = datum
        self.titel = titel
    }

    /// The deadline of the first OZG (31.12.2022), for groups that keep it as history.
    public static let ozgFrist2022 = Meilenstein(
        datum: CalendarDate(year: 2022, month: 12, day: 31), titel: "OZG-Frist 2022 (historisch)")

    /// `2022-12-31 OZG-Frist 2022 (historisch)`: the form ``WorkspaceSettings`` stores and reads.
    public var text: String { datum.iso + " " + titel }

    /// Reads `JJJJ-MM-TT Titel` or `TT.MM.JJJJ Titel`; `nil` when the date or the title is missing.
    public init?(text: String) {
        let trimmed = TextNormalization.collapseSpaces(text)
        guard let space = trimmed.firstIndex(of: " ") else { return nil }
        let title = TextNormalization.collapseSpaces(String(trimmed[space...]))
        guard !title.isEmpty, let date = SettingsDate.parse(String(trimmed[..<space])) else { return nil }
        self.init(datum: date, titel: title)
    }

    public static func < (a: Meilenstein, b: Meilenstein) -> Bool { (a.datum, a.titel) < (b.datum, b.titel) }
}
