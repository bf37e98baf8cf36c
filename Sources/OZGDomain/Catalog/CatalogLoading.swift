import OZGSpreadsheet

/// A problem in one catalogue row that did not stop the import (the row was kept).
public struct CatalogIssue: Hashable, Codable, Sendable, CustomStringConvertible {
    /// 1-based row number as a spreadsheet shows it (the header is row 1 of a plain CSV).
    public var row: Int
    public var column: String
    /// The zero-based column, when the column exists in the file.
    public var columnIndex: Int?
    public var value: String
    public var message: String
    /// Whether the row cannot be trusted (a test row): it is left out unless asked for.
    public var untrusted: Bool = false

    public var description: String { "Zeile \(row), Spalte \(column): \(message) (\"\(value)\")" }
}

/// What ``Catalog/load(rows:)`` returns: the catalogue and the issues found on the way.
public struct CatalogLoad: Sendable {
    /// Every row, test rows included.
    public var catalog: Catalog
    public var issues: [CatalogIssue]
    /// Row numbers (as in ``CatalogIssue/row``) of rows that cannot be trusted: a key that is no
    /// LeiKa key, an unknown LeiKa-Typ. The catalogue's own test rows (`Test 4`, key `3233`,
    /// LeiKa-Typ `44`) are such rows.
    public var untrustedRows: [Int]
    /// The Einzelleistungen of ``untrustedRows``.
    public var untrusted: [Einzelleistung]

    /// The catalogue without the untrusted rows.
    public var trusted: Catalog {
        let ids = Set(untrusted.map(\.id))
        return Catalog(einzelleistungen: catalog.einzelleistungen.filter { !ids.contains($0.id) })
    }
}

extension Catalog {
    /// The columns of the catalogue layout, in the order of `ozg-katalog-2019.csv`.
    public static let columns = [
        "Themenfeld", "Lage", "OZG-ID", "OZG-Leistung", "LeiKa-Schlüssel", "Leistungsbezeichnung", "LeiKa-Typ",
        "SDG1", "SDG2", "Gesetzeskürzel",
    ]
    static let requiredColumns: Set<String> = [
        "Themenfeld", "Lage", "OZG-ID", "OZG-Leistung", "LeiKa-Schlüssel", "Leistungsbezeichnung",
    ]

    /// Builds the catalogue from rows of text whose first row is the header; see ``load(rows:)``.
    public init(rows: [[String]]) throws {
        self = try Catalog.load(rows: rows).catalog
    }

    /// Builds the catalogue from a sheet whose first non-blank row is the header.
    public init(sheet: Sheet) throws {
        self = try Catalog.load(rows: sheet.textRows()).catalog
    }

    /// Reads rows in the layout of `ozg-katalog-2019.csv`; the first row is the header.
    ///
    /// Columns are found by ``TableSchemas/catalog`` (names, words and content: any order,
    /// `LeiKa-Nr.`, `Schlüssel (LeiKa)`, `Bezeichnung der Leistung`, a column of LeiKa keys under
    /// any header); a column it does not understand is an issue.
    /// Blank rows are skipped. A row without Themenfeld, OZG-Leistung or Bezeichnung, or whose
    /// OZG-ID is not a whole number, is an error (``DomainError/badCatalogRow``) naming row and
    /// column. A key that is neither valid nor `nicht im LeiKa`, an unknown LeiKa-Typ or an SDG
    /// flag other than 0/1 is an issue: the row is kept, the raw text too. Rows with a key that
    /// is no LeiKa key or an unknown LeiKa-Typ are also listed as untrusted (``CatalogLoad/trusted``).
    public static func load(rows: [[String]]) throws -> CatalogLoad {
        guard rows.first != nil else { throw DomainError.missingHeader(what: "Katalog") }
        let schema = TableSchemas.catalog
        let found = schema.recognise(rows: rows)
        try found.requireAll(schema)
        typealias F = TableSchemas.CatalogField
        func header(_ f: F) -> String { schema.spec(f)?.header ?? f.rawValue }
        var result: [Einzelleistung] = []
        result.reserveCapacity(rows.count)
        var issues: [CatalogIssue] = []
        for (col, text) in found.unknown.sorted(by: { $0.key < $1.key }) {
            issues.append(CatalogIssue(row: 1, column: text, columnIndex: col, value: text,
                message: "unbekannte Spalte; ihr Inhalt wird nicht übernommen"))
        }
        for f in found.byContent.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let col = found[f] else { continue }
            let text = rows[0].indices.contains(col) ? rows[0][col] : ""
            issues.append(CatalogIssue(row: 1, column: text, columnIndex: col, value: text,
                message: "als Spalte „\(header(f))“ erkannt (an ihrem Inhalt)"))
        }
        var untrustedRows: [Int] = []
        var untrusted: [Einzelleistung] = []
        for (r, row) in rows.enumerated().dropFirst() {
            let rowNumber = r + 1
            func field(_ f: F) -> String { found.text(f, in: row) }
            func issue(_ f: F, _ value: String, _ message: String, untrusted: Bool = false) -> CatalogIssue {
                CatalogIssue(row: rowNumber, column: header(f), columnIndex: found[f], value: value, message: message, untrusted: untrusted)
            }
            if row.allSatisfy({ TextNormalization.collapseSpaces($0).isEmpty }) { continue }
            for f in [F.themenfeld, .ozgLeistung, .bezeichnung] where field(f).isEmpty {
                throw DomainError.badCatalogRow(row: rowNumber, column: header(f), value: "", reason: "Wert fehlt")
            }
            let idText = field(.ozgId)
            guard let ozgId = wholeNumber(idText) else {
                throw DomainError.badCatalogRow(
                    row: rowNumber, column: header(.ozgId), value: idText, reason: "keine ganze Zahl")
            }
            var rowTrusted = true
            let keyText = field(.leika)
            var key: LeikaKey?
            var leikaText: String?
            switch LeikaKeyText.classify(keyText) {
            case .key(let k): key = k
            case .notInLeika: leikaText = LeikaKey.notInLeika
            case .empty:
                leikaText = LeikaKey.notInLeika
                issues.append(issue(.leika, keyText, "kein LeiKa-Schlüssel; als „nicht im LeiKa“ übernommen"))
            case .invalid:
                leikaText = keyText
                rowTrusted = false
                issues.append(issue(.leika, keyText,
                    "kein LeiKa-Schlüssel (14 Ziffern, beginnend mit 99): die Zeile sieht nach Testdaten aus", untrusted: true))
            }
            let typ = LeikaTyp(raw: field(.typ))
            if !typ.isRecognized {
                rowTrusted = false
                issues.append(issue(.typ, typ.raw, "unbekannter LeiKa-Typ: die Zeile sieht nach Testdaten aus", untrusted: true))
            }
            func flag(_ f: F) -> Bool? {
                let t = field(f)
                if t.isEmpty { return nil }
                if let b = parseFlag(t) { return b }
                issues.append(issue(f, t, "weder 1 noch 0"))
                return nil
            }
            let gesetz = field(.gesetz)
            result.append(Einzelleistung(
                leika: key, bezeichnung: field(.bezeichnung), ozgId: ozgId,
                ozgLeistung: field(.ozgLeistung), themenfeld: field(.themenfeld), lage: field(.lage), typ: typ,
                sdg1: flag(.sdg1), sdg2: flag(.sdg2), gesetz: gesetz.isEmpty ? nil : gesetz, leikaText: leikaText))
            if !rowTrusted { untrustedRows.append(rowNumber) }
        }
        var catalog = Catalog(einzelleistungen: result)
        catalog.assignUniqueIDs()
        // Positions of untrusted rows in `result` follow the order of `untrustedRows`.
        var rowOfResult: [Int] = []
        for (r, row) in rows.enumerated().dropFirst() where !row.allSatisfy({ TextNormalization.collapseSpaces($0).isEmpty }) {
            rowOfResult.append(r + 1)
        }
        let untrustedSet = Set(untrustedRows)
        for (i, r) in rowOfResult.enumerated() where untrustedSet.contains(r) && i < catalog.einzelleistungen.count {
            untrusted.append(catalog.einzelleistungen[i])
        }
        return CatalogLoad(catalog: catalog, issues: issues, untrustedRows: untrustedRows, untrusted: untrusted)
    }

    /// The rows of the catalogue in the layout of ``columns`` (header first), for export.
    public func rows() -> [[String]] {
        var out: [[String]] = [Catalog.columns]
        out.reserveCapacity(einzelleistungen.count + 1)
        for e in einzelleistungen {
            out.append([
                e.themenfeld, e.lage, String(e.ozgId), e.ozgLeistung, e.leikaDisplay, e.bezeichnung, e.typ.raw,
                e.sdg1.map { $0 ? "1" : "0" } ?? "", e.sdg2.map { $0 ? "1" : "0" } ?? "", e.gesetz ?? "",
            ])
        }
        return out
    }

    static func wholeNumber(_ text: String) -> Int? {
        if let i = Int(text) { return i }
        if let d = Double(text), d == d.rounded(), abs(d) < 1e9 { return Int(d) }
        return nil
    }

    static func parseFlag(_ text: String) -> Bool? {
        switch TextNormalization.fold(text) {
        case "1", "1.0", "ja", "x", "wahr", "true": return true
        case "0", "0.0", "nein", "falsch", "false", "-": return false
        default: return nil
        }
    }
}

extension Sheet {
    /// The rows of the sheet as text (`plainText` of every cell), blank rows dropped, columns
    /// from A; for the row-based loaders of OZGDomain.
    public func textRows() -> [[String]] {
        var out: [[String]] = []
        out.reserveCapacity(rows.count)
        for row in rows where !row.isBlank {
            let width = (row.cells.last?.column ?? -1) + 1
            var texts = [String](repeating: "", count: width)
            for c in row.cells where c.column < width { texts[c.column] = c.value.plainText }
            out.append(texts)
        }
        return out
    }
}
