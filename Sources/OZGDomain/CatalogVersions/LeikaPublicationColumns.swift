/// The columns of a LeiKa publication as the FIM portal offers it (CSV, ISO-8859-1, `;`), in
/// one table: the field, the header texts it is known by (compared folded, without spaces,
/// hyphens and dots), and whether a file without it is not a LeiKa publication.
enum LeikaPublicationColumns {
    enum Field: String, CaseIterable, Sendable {
        case schluessel, bezeichnung, bezeichnung2, typ, leistungsgruppierung, leistungskennung, verrichtung
        case verrichtungsdetail, besondereMerkmale, synonyme, veroeffentlichungsdatum
    }

    static let table: [(field: Field, headers: [String], required: Bool)] = [
        (.schluessel, ["Schluessel", "Schlüssel", "LeiKa-Schlüssel"], true),
        (.bezeichnung, ["Bezeichnung"], true),
        (.bezeichnung2, ["Bezeichnung2", "Bezeichnung 2"], true),
        (.typ, ["Typ"], true),
        (.leistungsgruppierung, ["Leistungsgruppierung"], false),
        (.leistungskennung, ["Leistungskennung"], false),
        (.verrichtung, ["Verrichtung"], false),
        (.verrichtungsdetail, ["Verrichtungsdetail"], false),
        (.besondereMerkmale, ["Besondere Merkmale"], false),
        (.synonyme, ["Synonyme"], false),
        (.veroeffentlichungsdatum, ["Veröffentlichungsdatum", "Veroeffentlichungsdatum"], false),
    ]

    /// The column of every field found in a header row; `nil` when a required one is missing.
    static func locate(header: [String]) -> [Field: Int]? {
        var found: [Field: Int] = [:]
        for (i, h) in header.enumerated() {
            let key = fold(h)
            if let entry = table.first(where: { $0.headers.contains { fold($0) == key } }), found[entry.field] == nil {
                found[entry.field] = i
            }
        }
        for entry in table where entry.required && found[entry.field] == nil { return nil }
        return found
    }

    static func fold(_ text: String) -> String {
        TextNormalization.fold(TextNormalization.collapseSpaces(text)).filter { $0 != " " && $0 != "-" && $0 != "." && $0 != "_" }
    }
}
