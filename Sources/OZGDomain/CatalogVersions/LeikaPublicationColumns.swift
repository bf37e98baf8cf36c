extension TableSchemas {
    /// The columns of a LeiKa publication as the FIM portal offers it (CSV, ISO-8859-1, `;`).
    public enum LeikaField: String, Hashable, Sendable, CaseIterable {
        case schluessel, bezeichnung, bezeichnung2, typ, leistungsgruppierung, leistungskennung, verrichtung
        case verrichtungsdetail, besondereMerkmale, synonyme, veroeffentlichungsdatum
    }

    /// A file without `Schluessel`, `Bezeichnung`, `Bezeichnung2` and `Typ` is no LeiKa publication.
    public static let leika = TableSchema<LeikaField>(
        name: "LeiKa",
        columns: [
            ColumnSpec(.schluessel, header: "Schluessel", aliases: ["Schlüssel", "LeiKa-Schlüssel"], required: true),
            ColumnSpec(.bezeichnung, header: "Bezeichnung", required: true),
            ColumnSpec(.bezeichnung2, header: "Bezeichnung2", aliases: ["Bezeichnung 2"], required: true),
            ColumnSpec(.typ, header: "Typ", required: true),
            ColumnSpec(.leistungsgruppierung, header: "Leistungsgruppierung"),
            ColumnSpec(.leistungskennung, header: "Leistungskennung"),
            ColumnSpec(.verrichtung, header: "Verrichtung"),
            ColumnSpec(.verrichtungsdetail, header: "Verrichtungsdetail"),
            ColumnSpec(.besondereMerkmale, header: "Besondere Merkmale"),
            ColumnSpec(.synonyme, header: "Synonyme"),
            ColumnSpec(.veroeffentlichungsdatum, header: "Veröffentlichungsdatum", aliases: ["Veroeffentlichungsdatum"]),
        ])
}
