import OZGDomain
import OZGBase

/// `ozg catalog diff`: the changes between two catalogue versions as a report (one sheet per
/// kind plus an overview) or as JSON.
///
/// The JSON is `{"neu":[E],"entfallen":[E],"umbenannt":[E],"verschoben":[E],"typGeaendert":[E]}`
/// with `E` = `{"leika":"99…"|null,"ozgId":10092,"bezeichnung":"…","themenfeld":"…","vorher":{…}}`;
/// `vorher` holds the changed fields with their old values (`{}` for `neu` and `entfallen`).
/// A keyless row whose match is uncertain carries one more key, `"unsicher"`, with the row on the
/// other side in the same form (without `vorher`).
public enum CatalogDiffReport {
    /// The report: an overview sheet with the counts and the uncertain matches, then one sheet per kind.
    public static func document(_ diff: CatalogDiff, old: String, new: String) -> ReportDocument {
        let kinds = CatalogChangeKind.allCases
        var overview = kinds.map { k in ReportRow([.text(k.title), .integer(diff.changes(k).count)]) }
        overview.append(ReportRow([.text("Summe"), .integer(diff.changes.count)], role: .total))
        var sheets = [ReportSheet(
            name: "Übersicht",
            tables: [
                ReportTable(
                    title: "Änderungen von „\(old)“ zu „\(new)“",
                    columns: [ReportColumn("Art", width: 22), ReportColumn("Anzahl", kind: .integer, width: 10)],
                    rows: overview),
                uncertainTable(diff),
            ],
            notes: [
                "Zeilen ohne LeiKa-Schlüssel werden über OZG-ID und Ähnlichkeit der Bezeichnung zugeordnet; "
                    + "unsichere Zuordnungen sind nicht zusammengeführt (entfallen und neu) und hier aufgeführt."
            ])]
        for kind in kinds {
            sheets.append(ReportSheet(name: kind.title, tables: [table(kind, diff.changes(kind))]))
        }
        return ReportDocument(title: "Katalogvergleich", subtitle: "\(old) → \(new)", sheets: sheets)
    }

    static func table(_ kind: CatalogChangeKind, _ changes: [CatalogChange]) -> ReportTable {
        let showsOld = kind != .neu && kind != .entfallen
        var columns = [
            ReportColumn("LeiKa-Schlüssel", width: 16), ReportColumn("OZG-ID", kind: .integer, width: 8),
            ReportColumn("Leistungsbezeichnung", width: 48), ReportColumn("Themenfeld", width: 24),
            ReportColumn("LeiKa-Typ", width: 9),
        ]
        if showsOld { columns.append(ReportColumn("vorher", width: 60)) }
        if !showsOld { columns.append(ReportColumn("unsichere Zuordnung", width: 48)) }
        let rows = changes.map { c -> ReportRow in
            let e = c.einzelleistung
            var cells: [ReportValue] = [
                .text(e.leikaDisplay), .integer(e.ozgId), .text(e.bezeichnung), .text(e.themenfeld), .text(e.typ.raw),
            ]
            if showsOld {
                cells.append(.text(c.vorher.map { "\($0.field.title): \($0.old)" }.joined(separator: "; ")))
            } else {
                cells.append(c.unsichereZuordnung.map { .text("\($0.ozgId) \($0.bezeichnung)") } ?? .empty)
            }
            return ReportRow(cells)
        }
        return ReportTable(title: kind.title, columns: columns, rows: rows, frozenColumns: 1)
    }

    static func uncertainTable(_ diff: CatalogDiff) -> ReportTable {
        let rows = diff.changes(.entfallen).compactMap { c -> ReportRow? in
            guard let other = c.unsichereZuordnung else { return nil }
            return ReportRow([
                .integer(c.einzelleistung.ozgId), .text(c.einzelleistung.bezeichnung), .text(other.bezeichnung),
                .number(NameSimilarity.score(c.einzelleistung.bezeichnung, other.bezeichnung)),
            ])
        }
        return ReportTable(
            title: "Unsichere Zuordnungen (nicht zusammengeführt)",
            columns: [
                ReportColumn("OZG-ID", kind: .integer, width: 8), ReportColumn("bisher", width: 48),
                ReportColumn("neu", width: 48), ReportColumn("Ähnlichkeit", kind: .number, width: 11),
            ], rows: rows)
    }

    /// The diff as JSON, in the documented shape, with a line break at the end.
    public static func json(_ diff: CatalogDiff) -> String {
        let object = JSONValue.object(CatalogChangeKind.allCases.map { kind in
            (kind.rawValue, .array(diff.changes(kind).map(entry)))
        })
        return object.serialized() + "\n"
    }

    static func entry(_ c: CatalogChange) -> JSONValue {
        var fields = row(c.einzelleistung)
        fields.append(("vorher", .object(c.vorher.map { f in
            (f.field.rawValue, f.field == .ozgId ? Int(f.old).map { .number(Double($0)) } ?? .string(f.old) : .string(f.old))
        })))
        if let other = c.unsichereZuordnung { fields.append(("unsicher", .object(row(other)))) }
        return .object(fields)
    }

    static func row(_ e: Einzelleistung) -> [(String, JSONValue)] {
        [
            ("leika", e.leika.map { .string($0.digits) } ?? .null), ("ozgId", .number(Double(e.ozgId))),
            ("bezeichnung", .string(e.bezeichnung)), ("themenfeld", .string(e.themenfeld)),
        ]
    }
}
