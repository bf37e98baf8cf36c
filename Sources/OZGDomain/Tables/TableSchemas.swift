/// The column schemas of the tables OZGKit reads besides the working sheets: the OZG catalogue,
/// the council list, the Kommunaltypen and the Paten. One declaration each, read by the one
/// engine (``TableSchema``).
public enum TableSchemas {
    /// The columns of the OZG catalogue (layout of `ozg-katalog-2019.csv` and the names other
    /// exports use).
    public enum CatalogField: String, Hashable, Sendable, CaseIterable {
        case themenfeld, lage, ozgId, ozgLeistung, leika, bezeichnung, typ, sdg1, sdg2, gesetz
    }

    public static let catalog = TableSchema<CatalogField>(
        name: "Katalog",
        columns: [
            ColumnSpec(.themenfeld, header: "Themenfeld", aliases: ["Themenbereich", "Themenfelder"], words: [["themenfeld"]], required: true),
            ColumnSpec(
                .lage, header: "Lage",
                aliases: ["Lebenslage", "Geschäftslage", "Lebenslage/Geschäftslage", "Lebens- und Geschäftslage"],
                words: [["lebenslage"], ["geschaeftslage"]], required: true),
            ColumnSpec(
                .ozgId, header: "OZG-ID", aliases: ["OZG-Nr.", "OZG-Nummer", "OZG-Leistungs-ID", "Leistungsbündel-ID", "ozgid"],
                words: [["ozg", "id"], ["ozg", "nr"], ["ozg", "nummer"]], required: true, content: .ozgId),
            ColumnSpec(
                .ozgLeistung, header: "OZG-Leistung",
                aliases: ["Leistungsbündel", "OZG-Leistungsbündel", "OZG-Leistungsbezeichnung", "Name OZG-Leistung", "ozg_bezeichnung"],
                words: [["ozg", "leistung"], ["leistungsbuendel"], ["ozg", "bezeichnung"]], required: true),
            ColumnSpec(
                .leika, header: "LeiKa-Schlüssel",
                aliases: ["LeiKa-Nr.", "LeiKa-Nummer", "LeiKa-ID", "LeiKa", "LeiKa-Key", "Schlüssel", "Leistungsschlüssel", "leika_key"],
                words: [["leika"], ["leika", "schluessel"], ["leistungsschluessel"]], excluding: ["typ", "bezeichnung"], required: true,
                content: .leikaKey),
            ColumnSpec(
                .bezeichnung, header: "Leistungsbezeichnung",
                aliases: ["Bezeichnung", "Leistung", "Einzelleistung", "LeiKa-Leistung", "LeiKa-Bezeichnung", "Leistungsname", "Name der Leistung"],
                words: [["bezeichnung"], ["leistungsbezeichnung"], ["name", "leistung"], ["einzelleistung"]], excluding: ["ozg"],
                required: true),
            ColumnSpec(.typ, header: "LeiKa-Typ", aliases: ["Typ", "Leistungstyp", "Typisierung"], words: [["leika", "typ"], ["typisierung"]]),
            ColumnSpec(.sdg1, header: "SDG1", aliases: ["SDG 1", "SDG-Anhang 1"]),
            ColumnSpec(.sdg2, header: "SDG2", aliases: ["SDG 2", "SDG-Anhang 2"]),
            ColumnSpec(.gesetz, header: "Gesetzeskürzel", aliases: ["Gesetz", "Rechtsgrundlage"], words: [["gesetz"], ["rechtsgrundlage"]]),
        ])

    /// The columns of a council list (`krz-verband-kommunen.csv`).
    public enum KommuneField: String, Hashable, Sendable, CaseIterable { case name, kreis, kommunaltyp, status }

    public static let kommunen = TableSchema<KommuneField>(
        name: "Kommunen",
        columns: [
            ColumnSpec(.name, header: "Kommune", aliases: ["Name", "Mitgliedskommune", "Gemeinde/Stadt"], words: [["kommune"]], excluding: ["typ", "kommunaltyp"], required: true),
            ColumnSpec(.kreis, header: "Kreis", aliases: ["zugehöriger Kreis"], words: [["kreis"]]),
            ColumnSpec(.kommunaltyp, header: "Kommunaltyp", aliases: ["Typ", "Art der Kommune"], words: [["kommunaltyp"]], required: true),
            ColumnSpec(.status, header: "Status der Angabe", aliases: ["Status", "Quelle"], words: [["status"]]),
        ])

    /// The columns of a Kommunaltypen list (`Kommunaltyp,Aliase,Kurzname`).
    public enum KommunaltypField: String, Hashable, Sendable, CaseIterable { case name, aliases, kurzname }

    public static let kommunaltypen = TableSchema<KommunaltypField>(
        name: "Kommunaltypen",
        columns: [
            ColumnSpec(.name, header: "Kommunaltyp", aliases: ["Name", "Typ"], required: true),
            ColumnSpec(.aliases, header: "Aliase", aliases: ["Aliases", "Alias", "andere Schreibweisen"], words: [["alias"], ["aliase"]]),
            ColumnSpec(.kurzname, header: "Kurzname", aliases: ["Kurz", "Abkürzung", "Kürzel"]),
        ])

    /// The columns of a Paten list (`Themenfeld,Pate,E-Mail`).
    public enum PateField: String, Hashable, Sendable, CaseIterable { case themenfeld, name, email }

    public static let paten = TableSchema<PateField>(
        name: "Patenliste",
        columns: [
            ColumnSpec(.themenfeld, header: "Themenfeld", aliases: ["Themenbereich"], words: [["themenfeld"]], required: true),
            ColumnSpec(.name, header: "Pate", aliases: ["Themenpate", "Themenpatin", "Patin", "Name", "Ansprechpartner"], words: [["pate"], ["patin"]], required: true),
            ColumnSpec(.email, header: "E-Mail", aliases: ["Mail", "E-Mail-Adresse", "Email"], words: [["mail"], ["email"]]),
        ])

    /// The columns of the federal Dashboard Digitale Verwaltung's export of what is online for
    /// one municipality (PVOG data): `leika_key`, `ozgid`, `ozg_bezeichnung`, `url`,
    /// `online_status`, `aktiv`, `art_flaechendeckung`, `datenstand_pvog_import`.
    public enum DashboardField: String, Hashable, Sendable, CaseIterable {
        case leika, ozgId, ozgBezeichnung, url, onlineStatus, aktiv, flaechendeckung, datenstand
    }

    public static let dashboard = TableSchema<DashboardField>(
        name: "Dashboard-Export",
        columns: [
            ColumnSpec(
                .leika, header: "leika_key", aliases: ["LeiKa-Schlüssel", "LeiKa-Key", "LeiKa", "Leistungsschlüssel"],
                words: [["leika", "key"], ["leika", "schluessel"]], required: true, content: .leikaKey),
            ColumnSpec(.ozgId, header: "ozgid", aliases: ["OZG-ID", "ozg_id"], words: [["ozg", "id"]], content: .ozgId),
            ColumnSpec(.ozgBezeichnung, header: "ozg_bezeichnung", aliases: ["OZG-Leistung", "Bezeichnung"], words: [["ozg", "bezeichnung"]]),
            ColumnSpec(.url, header: "url", aliases: ["Online-Dienst (URL)", "Link", "Adresse"], words: [["url"]]),
            ColumnSpec(.onlineStatus, header: "online_status", aliases: ["Online-Status", "Status"], words: [["online", "status"]], required: true),
            ColumnSpec(.aktiv, header: "aktiv", aliases: ["active"]),
            ColumnSpec(
                .flaechendeckung, header: "art_flaechendeckung", aliases: ["Flächendeckung", "Art der Flächendeckung"],
                words: [["flaechendeckung"]]),
            ColumnSpec(
                .datenstand, header: "datenstand_pvog_import", aliases: ["Datenstand", "Datenstand PVOG"], words: [["datenstand"]]),
        ])
}

extension TableColumns {
    /// The cell of `field` in a row of texts, white space collapsed; empty when absent.
    public func text(_ field: Field, in row: [String]) -> String {
        guard let i = columns[field], i < row.count else { return "" }
        return TextNormalization.collapseSpaces(row[i])
    }

    /// Throws ``DomainError/missingColumn(_:what:)`` for the first required column not found.
    public func requireAll(_ schema: TableSchema<Field>) throws {
        if let field = missing.first, let spec = schema.spec(field) {
            throw DomainError.missingColumn(spec.header, what: schema.name)
        }
    }
}
