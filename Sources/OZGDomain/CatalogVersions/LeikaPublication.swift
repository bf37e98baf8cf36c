import OZGSpreadsheet

/// One Leistung of a LeiKa publication.
public struct LeikaEntry: Hashable, Codable, Sendable {
    public var key: LeikaKey
    public var bezeichnung: String
    public var bezeichnung2: String
    /// The LeiKa-Typ code as published (`1`, `2a`, `3b`, `10`, …).
    public var typ: String
    public var synonyme: [String]
    /// `Veröffentlichungsdatum` (`DD.MM.YYYY hh:mm`), the date part; `nil` when empty or unreadable.
    public var veroeffentlicht: CalendarDate?
}

/// A LeiKa publication of the FIM portal: Leistungen by key, to update names, types and
/// synonyms of the catalogue's known keys.
public struct LeikaPublication: Hashable, Sendable {
    public var entries: [LeikaEntry]

    /// Whether a header row is that of a LeiKa publication (and not of an OZG catalogue).
    public static func recognizes(header: [String]) -> Bool {
        TableSchemas.leika.recognise(rows: [header]).missing.isEmpty
            && !header.contains { HeaderText.compact($0) == "themenfeld" }
    }

    /// Reads the rows of a publication, header first. A row whose key is not a valid LeiKa
    /// key is an error naming row and column; blank rows are skipped.
    public init(rows: [[String]]) throws {
        guard let header = rows.first else { throw DomainError.missingHeader(what: "LeiKa") }
        let columns = TableSchemas.leika.recognise(rows: [header])
        try columns.requireAll(TableSchemas.leika)
        var out: [LeikaEntry] = []
        out.reserveCapacity(rows.count)
        for (r, row) in rows.enumerated().dropFirst() {
            func field(_ f: TableSchemas.LeikaField) -> String { columns.text(f, in: row) }
            if row.allSatisfy({ TextNormalization.collapseSpaces($0).isEmpty }) { continue }
            let keyText = field(.schluessel)
            guard let key = LeikaKey(text: keyText) else {
                throw DomainError.badCatalogRow(
                    row: r + 1, column: "Schluessel", value: keyText, reason: "kein gültiger LeiKa-Schlüssel")
            }
            let synonyms = field(.synonyme).split(separator: "|").map { TextNormalization.collapseSpaces(String($0)) }
                .filter { !$0.isEmpty }
            let date = field(.veroeffentlichungsdatum).split(separator: " ").first.flatMap(LeikaPublication.germanDate)
            out.append(LeikaEntry(
                key: key, bezeichnung: field(.bezeichnung), bezeichnung2: field(.bezeichnung2), typ: field(.typ),
                synonyme: synonyms, veroeffentlicht: date))
        }
        entries = out
    }

    /// `DD.MM.YYYY` as a date.
    static func germanDate(_ text: Substring) -> CalendarDate? {
        let p = text.split(separator: ".")
        guard p.count == 3, let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]) else { return nil }
        return CalendarDate(validYear: y, month: m, day: d)
    }

    /// The catalogue with this publication applied: every row whose key is published gets the
    /// published Bezeichnung (when not empty), LeiKa-Typ and synonyms; other rows stay as they are.
    public func applied(to catalog: Catalog) -> Catalog {
        var byKey: [String: LeikaEntry] = [:]
        for e in entries { byKey[e.key.digits] = e }
        var out = catalog
        for i in out.einzelleistungen.indices {
            guard let k = out.einzelleistungen[i].leika?.digits, let e = byKey[k] else { continue }
            if !e.bezeichnung.isEmpty { out.einzelleistungen[i].bezeichnung = e.bezeichnung }
            out.einzelleistungen[i].typ = LeikaTyp(raw: e.typ)
            out.einzelleistungen[i].synonyme = e.synonyme.isEmpty ? nil : e.synonyme
        }
        return out
    }
}
