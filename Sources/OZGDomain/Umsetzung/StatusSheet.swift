/// The council's status sheet (`Umsetzungsstand` in the council pack): its columns, the labels
/// of the cover sheet that the ingest reads back, and the schema that recognises the sheet when
/// it comes back. One declaration for the generator (OZGReports) and the reader (OZGWorkingSheet).
public enum StatusSheet {
    /// The sheet's name in the council pack.
    public static let sheetName = "Umsetzungsstand"
    /// The label on the `Hinweise` sheet whose neighbour holds the council's name.
    public static let kommuneLabel = "Für"
    /// The label on the `Hinweise` sheet whose neighbour holds the time of the prefill (ISO 8601
    /// instant), read back as ``IngestBatch/statusVorbelegtAm``.
    public static let vorbelegtLabel = "Vorbelegt am"
    /// The column of the pack's list of relevant Leistungen in which the council may reply in
    /// words; the ingest names what it finds there.
    public static let packReplyColumn = "Ihre Rückmeldung"

    /// One column of the status sheet.
    public enum Column: String, Hashable, Sendable, CaseIterable {
        case leika, ozgId, leistung, themenfeld, relevanz
        case stand, url, loesung, loesungsart, reifegrad, prioritaet, fallzahl, geplantBis, ansprechpartner, anmerkung

        /// Whether the column identifies the row (locked in the sheet).
        public var isKey: Bool { [.leika, .ozgId, .leistung, .themenfeld, .relevanz].contains(self) }

        /// The header the pack writes (the Reifegrad header names its model: ``reifegradHeader(_:)``).
        public var header: String {
            switch self {
            case .leika: return "LeiKa-Schlüssel"
            case .ozgId: return "OZG-ID"
            case .leistung: return "Leistung"
            case .themenfeld: return "Themenfeld"
            case .relevanz: return "Relevanz"
            case .stand: return "Umsetzungsstand"
            case .url: return "Online-Dienst (URL)"
            case .loesung: return "Lösung"
            case .loesungsart: return "Art der Lösung"
            case .reifegrad: return "Reifegrad"
            case .prioritaet: return "Priorität"
            case .fallzahl: return "Fallzahl pro Jahr"
            case .geplantBis: return "geplant bis"
            case .ansprechpartner: return "Ansprechpartner"
            case .anmerkung: return "Anmerkung"
            }
        }
    }

    /// `Reifegrad (Modell 2.0: 0–7)`: the header says which model the levels are on.
    public static func reifegradHeader(_ m: ReifegradModell) -> String { "Reifegrad (Modell \(m.rawValue): 0–\(m.hoechsteStufe))" }

    /// The model a Reifegrad header names (`… 1.1 …`, `… 2.0 …`), `nil` when it names none.
    public static func reifegradModell(inHeader text: String) -> ReifegradModell? {
        if text.contains("1.1") || text.contains("1,1") || text.contains("0–4") || text.contains("0-4") { return .v1_1 }
        if text.contains("2.0") || text.contains("2,0") || text.contains("0–7") || text.contains("0-7") { return .v2_0 }
        return nil
    }

    /// The columns whose presence makes a table a status sheet rather than a roadmap
    /// (which shares `Umsetzungsstand`, `Lösung` and `Priorität` as headers).
    public static let distinctive: Set<Column> = [.url, .loesungsart, .fallzahl, .geplantBis, .reifegrad]

    public static let schema = TableSchema<Column>(
        name: "Statusblatt",
        columns: [
            ColumnSpec(.leika, header: Column.leika.header, aliases: ["LeiKa-Nr.", "LeiKa", "LeiKa-Schluessel", "Schlüssel", "Leistungsschlüssel"],
                words: [["leika"], ["leistungsschluessel"]], excluding: ["typ", "bezeichnung"], content: .leikaKey),
            ColumnSpec(.ozgId, header: Column.ozgId.header, aliases: ["OZG ID", "OZG-Nr.", "OZG Nr"], words: [["ozg", "id"], ["ozg", "nr"]],
                content: .ozgId),
            ColumnSpec(.leistung, header: Column.leistung.header, aliases: ["Leistungsbezeichnung", "Bezeichnung", "Einzelleistung"],
                words: [["leistungsbezeichnung"], ["bezeichnung"]], excluding: ["ozg", "online"]),
            ColumnSpec(.themenfeld, header: Column.themenfeld.header, aliases: ["Themenbereich"], words: [["themenfeld"]]),
            ColumnSpec(.relevanz, header: Column.relevanz.header, words: [["relevanz"]]),
            ColumnSpec(.stand, header: Column.stand.header, aliases: ["Status", "Stand der Umsetzung", "Umsetzungsstatus", "Stand"],
                words: [["umsetzungsstand"], ["umsetzungsstatus"]]),
            ColumnSpec(.url, header: Column.url.header, aliases: ["URL", "Link", "Online-Dienst", "Online-Dienst URL", "Onlinedienst", "Adresse des Online-Dienstes"],
                words: [["url"], ["link"], ["online", "dienst"], ["onlinedienst"]]),
            ColumnSpec(.loesung, header: Column.loesung.header, aliases: ["Name der Lösung", "Produkt", "Lösung (Name)", "Verfahren"],
                words: [["loesung", "name"]], excluding: ["art"]),
            ColumnSpec(.loesungsart, header: Column.loesungsart.header, aliases: ["Lösungsart", "Art", "Typ der Lösung"],
                words: [["art", "loesung"], ["loesungsart"]]),
            ColumnSpec(.reifegrad, header: Column.reifegrad.header, aliases: ["RG", "Reifegradstufe"], words: [["reifegrad"]],
                excluding: ["ist", "ziel", "soll"]),
            ColumnSpec(.prioritaet, header: Column.prioritaet.header, aliases: ["Prio", "Prio."], words: [["prioritaet"]]),
            ColumnSpec(.fallzahl, header: Column.fallzahl.header, aliases: ["Fallzahl", "Fallzahlen", "Fälle pro Jahr", "Fälle/Jahr", "Anzahl Fälle"],
                words: [["fallzahl"], ["fallzahlen"], ["faelle"]]),
            ColumnSpec(.geplantBis, header: Column.geplantBis.header, aliases: ["geplant", "Planung bis", "geplant für", "online geplant bis"],
                words: [["geplant"]]),
            ColumnSpec(.ansprechpartner, header: Column.ansprechpartner.header, aliases: ["Ansprechperson", "Ansprechpartnerin", "Kontakt", "Zuständig"],
                words: [["ansprechpartner"], ["ansprechperson"], ["kontakt"]]),
            ColumnSpec(.anmerkung, header: Column.anmerkung.header, aliases: ["Bemerkung", "Anmerkungen", "Bemerkungen", "Kommentar", "Hinweis"],
                words: [["anmerkung"], ["bemerkung"]]),
        ])

    /// The field a header names: by the schema, else by its part before a parenthesis
    /// (`Reifegrad (Modell 2.0: 0–7)`).
    public static func column(ofHeader text: String) -> Column? {
        if let m = schema.match(text) { return m.field }
        if let paren = text.firstIndex(of: "("), let m = schema.match(String(text[..<paren])), m.score >= 100 { return m.field }
        return nil
    }
}
