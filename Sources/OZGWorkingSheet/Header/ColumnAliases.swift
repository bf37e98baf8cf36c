import Foundation
import OZGDomain

/// Maps header texts to column roles: the names the template writes and the aliases people use.
///
/// Matching compares the compacted text (letters and digits only, lower case), so case,
/// spaces, line breaks, hyphens and dots do not matter. Kommunaltypen are matched through
/// ``KommunaltypSet/match(_:)``; Kommunen by name when a list is given.
public struct ColumnAliases: Sendable {
    public var kommunaltypen: KommunaltypSet
    public var kommunen: [Kommune]
    private var table: [String: ColumnRole]

    /// Aliases per role; the first is the template's own header.
    public static let builtIn: [(ColumnRole, [String])] = [
        (.themenfeld, ["Themenfeld", "Themenbereich", "Thema", "Themenfelder"]),
        (.lage, ["Lage", "Lebenslage", "Geschäftslage", "Lebens-/Geschäftslage", "Lebenslage/Geschäftslage", "Lebens- und Geschäftslage"]),
        (.ozgId, ["OZG-ID", "OZG ID", "OZG-Nr.", "OZG Nr.", "OZG-Nummer", "ID OZG", "OZG-Leistungs-ID", "Leistungsbündel-ID"]),
        (.ozgLeistung, ["OZG-Leistung", "OZG Leistung", "Leistungsbündel", "OZG-Leistungsbündel", "OZG-Leistungsbezeichnung", "Name OZG-Leistung"]),
        (.leika, ["LeiKa-Schlüssel", "LeiKa-Nr.", "LeiKa Nr", "LeiKa-Nummer", "LeiKa-ID", "LeiKa", "Schlüssel", "Leistungsschlüssel", "LeiKa-Key", "LeiKa-Kennung"]),
        (.bezeichnung, ["Leistungsbezeichnung", "Leistung", "Bezeichnung", "Einzelleistung", "LeiKa-Leistung", "LeiKa-Bezeichnung", "Leistungsname", "Name der Leistung"]),
        (.typ, ["LeiKa-Typ", "Typ", "Leistungstyp", "Typisierung", "LeiKa Typisierung"]),
        (.zustaendigkeit, ["Zuständigkeit", "Zuständig", "zuständige Stelle", "Zuständigkeit/Amt", "Fachbereich", "Amt"]),
        (.anmerkung, ["Anmerkung", "Bemerkung", "Anmerkungen", "Bemerkungen", "Kommentar", "Hinweis"]),
        (.geprueftVon, ["geprüft von", "geprüft durch", "Prüfer", "Bearbeiter", "bearbeitet von"]),
        (.geprueftAm, ["geprüft am", "Prüfdatum", "Datum der Prüfung", "bearbeitet am", "Datum"]),
        (.titel, ["Vorhaben", "Titel", "Umsetzungsvorhaben", "Maßnahme"]),
        (.loesungsansatz, ["Lösungsansatz", "Lösung", "Umsetzungsweg", "Ansatz", "Lösungsweg"]),
        (.verantwortlich, ["Verantwortlich", "Verantwortliche", "verantwortlich", "Umsetzung durch", "Lieferant"]),
        (.start, ["Start", "Beginn", "Startdatum", "Start (Datum)", "von"]),
        (.ende, ["Ende", "Enddatum", "Fertigstellung", "Ziel-Termin", "Zieltermin", "bis", "Termin"]),
        (.status, ["Status", "Stand der Umsetzung", "Umsetzungsstand", "Umsetzungsstatus"]),
        (.reifegradIst, ["Reifegrad Ist", "Reifegrad (Ist)", "Ist-Reifegrad", "Reifegrad aktuell", "Reifegrad heute", "Ist"]),
        (.reifegradZiel, ["Reifegrad Ziel", "Reifegrad (Ziel)", "Ziel-Reifegrad", "Zielreifegrad", "Soll-Reifegrad", "Reifegrad Soll", "Ziel"]),
        (.prioritaet, ["Priorität", "Prio", "Prio.", "Priorisierung"]),
        (.notiz, ["Notiz", "Notizen", "Bemerkung Umsetzung"]),
    ]

    public init(kommunaltypen: KommunaltypSet = .krzVerband, kommunen: [Kommune] = []) {
        self.kommunaltypen = kommunaltypen
        self.kommunen = kommunen
        var t: [String: ColumnRole] = [:]
        for (role, names) in ColumnAliases.builtIn {
            for n in names {
                let k = HeaderText.compact(n)
                if t[k] == nil { t[k] = role }
            }
        }
        self.table = t
    }

    /// Words that make a header a note column even when it names a Kommunaltyp
    /// (`Bemerkung Kreis Lippe` is a note, not the Kreis verdict).
    private static let noteWords = ["bemerk", "anmerk", "kommentar", "notiz", "hinweis", "zuständig", "begründ", "erläuter"]

    /// Group headers above the Kommunaltyp columns of a two-row header; they carry no column.
    static let groupHeaders: Set<String> = [
        "relevanzjekommunaltyp", "kommunalerelevanz", "relevanz", "kommunaltyp", "kommunaltypen", "relevanzfür",
        "relevanzje kommunaltyp", "relevanzkommunaltyp", "bewertung", "bewertungjekommunaltyp", "stammdaten",
        "umsetzungsplanung", "reifegrad",
    ]

    /// The role of a header, `nil` when it is not a known column.
    public func role(of header: String) -> ColumnRole? {
        let compact = HeaderText.compact(header)
        if compact.isEmpty { return nil }
        if let r = table[compact] { return r }
        let norm = HeaderText.normalize(header)
        let isNote = ColumnAliases.noteWords.contains { norm.contains($0) }
        if !isNote {
            if let t = kommunaltypen.match(header) ?? kommunaltypen.match(norm) { return .kommunaltyp(t.name) }
            // "Relevanz Kreis", "Kreis (Relevanz)": strip the word Relevanz and try again.
            let stripped = norm.replacingOccurrences(of: "relevanz", with: "").replacingOccurrences(of: "()", with: "")
                .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            if stripped != norm, !stripped.isEmpty, let t = kommunaltypen.match(stripped) { return .kommunaltyp(t.name) }
            if let k = kommunen.first(where: { HeaderText.compact($0.name) == compact }) { return .kommune(k.name) }
        }
        // Wrapped or decorated variants of the built-in names: "LeiKa-Schlüssel (14-stellig)".
        if let paren = norm.firstIndex(of: "(") {
            let head = HeaderText.compact(String(norm[..<paren]))
            if !head.isEmpty, let r = table[head] { return r }
        }
        return nil
    }

    /// Whether a header is a group label of a two-row header (`Relevanz je Kommunaltyp`).
    func isGroupHeader(_ header: String) -> Bool {
        let c = HeaderText.compact(header)
        return ColumnAliases.groupHeaders.contains(c) || c.hasPrefix("relevanzje") || c.hasPrefix("kommunalerelevanz")
    }
}
