import OZGDomain

/// The column schema of a working sheet (Bewertung and Umsetzungsplanung): one declaration of
/// every fixed column with the header the template writes (``ColumnRole/header``), the names
/// people use and the words that identify it. Kommunaltyp and Kommune columns are dynamic and
/// matched by ``ColumnAliases``.
public enum WorkingSheetSchema {
    public static let schema = TableSchema<ColumnRole>(
        name: "Arbeitsblatt",
        columns: [
            spec(.themenfeld, ["Themenbereich", "Thema", "Themenfelder"], [["themenfeld"]]),
            spec(.lage, ["Lebenslage", "Geschäftslage", "Lebens-/Geschäftslage", "Lebenslage/Geschäftslage", "Lebens- und Geschäftslage"],
                [["lebenslage"], ["geschaeftslage"]]),
            spec(.ozgId, ["OZG ID", "OZG-Nr.", "OZG Nr.", "OZG-Nummer", "ID OZG", "OZG-Leistungs-ID", "Leistungsbündel-ID"],
                [["ozg", "id"], ["ozg", "nr"], ["ozg", "nummer"]], content: .ozgId),
            spec(.ozgLeistung, ["OZG Leistung", "Leistungsbündel", "OZG-Leistungsbündel", "OZG-Leistungsbezeichnung", "Name OZG-Leistung"],
                [["ozg", "leistung"], ["leistungsbuendel"], ["ozg", "bezeichnung"]]),
            spec(.leika, ["LeiKa-Nr.", "LeiKa Nr", "LeiKa-Nummer", "LeiKa-ID", "LeiKa", "Schlüssel", "Leistungsschlüssel", "LeiKa-Key", "LeiKa-Kennung"],
                [["leika"], ["leika", "schluessel"], ["leistungsschluessel"]], excluding: ["typ", "bezeichnung", "leistung", "typisierung"],
                content: .leikaKey),
            spec(.bezeichnung, ["Leistung", "Bezeichnung", "Einzelleistung", "LeiKa-Leistung", "LeiKa-Bezeichnung", "Leistungsname", "Name der Leistung"],
                [["bezeichnung"], ["leistungsbezeichnung"], ["name", "leistung"], ["einzelleistung"]], excluding: ["ozg"]),
            spec(.typ, ["Typ", "Leistungstyp", "Typisierung", "LeiKa Typisierung"], [["leika", "typ"], ["typisierung"], ["leistungstyp"]]),
            spec(.zustaendigkeit, ["Zuständig", "zuständige Stelle", "Zuständigkeit/Amt", "Fachbereich", "Amt"], [["zustaendigkeit"], ["zustaendig"]]),
            spec(.anmerkung, ["Bemerkung", "Anmerkungen", "Bemerkungen", "Kommentar", "Hinweis"],
                [["anmerkung"], ["anmerkungen"], ["bemerkung"], ["bemerkungen"], ["kommentar"]]),
            spec(.geprueftVon, ["geprüft durch", "Prüfer", "Bearbeiter", "bearbeitet von"], [["geprueft", "durch"], ["pruefer"], ["bearbeiter"]]),
            spec(.geprueftAm, ["Prüfdatum", "Datum der Prüfung", "bearbeitet am", "Datum"], [["pruefdatum"], ["geprueft", "am"]]),
            spec(.titel, ["Titel", "Umsetzungsvorhaben", "Maßnahme"], [["vorhaben"], ["umsetzungsvorhaben"]]),
            spec(.loesungsansatz, ["Lösung", "Umsetzungsweg", "Ansatz", "Lösungsweg"], [["loesungsansatz"], ["loesungsweg"], ["umsetzungsweg"]]),
            spec(.verantwortlich, ["Verantwortliche", "verantwortlich", "Umsetzung durch", "Lieferant"], [["verantwortlich"], ["verantwortliche"]]),
            spec(.start, ["Beginn", "Startdatum", "Start (Datum)", "von"], [["start"], ["beginn"], ["startdatum"]]),
            spec(.ende, ["Enddatum", "Fertigstellung", "Ziel-Termin", "Zieltermin", "bis", "Termin"], [["ende"], ["enddatum"], ["fertigstellung"], ["zieltermin"]]),
            spec(.status, ["Stand der Umsetzung", "Umsetzungsstand", "Umsetzungsstatus"], [["status"], ["umsetzungsstand"], ["umsetzungsstatus"]]),
            spec(.reifegradIst, ["Reifegrad (Ist)", "Ist-Reifegrad", "Reifegrad aktuell", "Reifegrad heute", "Ist"], [["reifegrad", "ist"]]),
            spec(.reifegradZiel, ["Reifegrad (Ziel)", "Ziel-Reifegrad", "Zielreifegrad", "Soll-Reifegrad", "Reifegrad Soll", "Ziel"],
                [["reifegrad", "ziel"], ["reifegrad", "soll"], ["zielreifegrad"]]),
            spec(.prioritaet, ["Prio", "Prio.", "Priorisierung"], [["prioritaet"], ["prio"]]),
            spec(.notiz, ["Notizen", "Bemerkung Umsetzung"], [["notiz"], ["notizen"]]),
        ])

    private static func spec(
        _ role: ColumnRole, _ aliases: [String], _ words: [[String]], excluding: [String] = [], content: ColumnContent? = nil
    ) -> ColumnSpec<ColumnRole> {
        ColumnSpec(role, header: role.header, aliases: aliases, words: words, excluding: excluding, content: content)
    }
}
