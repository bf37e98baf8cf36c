import OZGSpreadsheet

/// A problem in one catalogue row that did not stop the import (the row was kept).
public struct CatalogIssue: Hashable, Codable, Sendable, CustomStringConvertible {
    /// 1-based row number as a spreadsheet shows it (the header is row 1 of a plain CSV).
    public var row: Int
    public var column: String
    public var value: String
    public var message: String

    public var description: String { "Zeile \(row), Spalte \(column): \(message) (\"\(value)\")" }
}

/// What ``Catalog/load(rows:)`` returns: the catalogue and the issues found on the way.
public struct CatalogLoad: Sendable {
    public var catalog: Catalog
    public var issues: [CatalogIssue]
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
    /// Columns are found by name (case and white space ignored, any order; `LeiKa-Schlüssel`
    /// also as `LeiKa-Nr.`/`LeiKa-Schluessel`, `Leistungsbezeichnung` also as `Bezeichnung`).
    /// Blank rows are skipped. A row without Themenfeld, OZG-Leistung or Bezeichnung, or whose
    /// OZG-ID is not a whole number, is an error (``DomainError/badCatalogRow``) naming row and
    /// column. A key that is neither valid nor `nicht im LeiKa`, an unknown LeiKa-Typ or an SDG
    /// flag other than 0/1 is an issue: the row is kept, the raw text too.
    public static func load(rows: [[String]]) throws -> CatalogLoad {
        guard let header = rows.first else { throw DomainError.missingHeader(what: "Katalog") }
        var index: [String: Int] = [:]
        for (i, h) in header.enumerated() {
            if let name = canonicalColumn(h), index[name] == nil { index[name] = i }
        }
        for name in columns where requiredColumns.contains(name) && index[name] == nil {
            throw DomainError.missingColumn(name, what: "Katalog")
        }
        var result: [Einzelleistung] = []
        result.reserveCapacity(rows.count)
        var issues: [CatalogIssue] = []
        for (r, row) in rows.enumerated().dropFirst() {
            let rowNumber = r + 1
            func field(_ name: String) -> String {
                guard let i = index[name], i < row.count else { return "" }
                return TextNormalization.collapseSpaces(row[i])
            }
            if row.allSatisfy({ TextNormalization.collapseSpaces($0).isEmpty }) { continue }
            for name in ["Themenfeld", "OZG-Leistung", "Leistungsbezeichnung"] where field(name).isEmpty {
                throw DomainError.badCatalogRow(row: rowNumber, column: name, value: "", reason: "Wert fehlt")
            }
            let idText = field("OZG-ID")
            guard let ozgId = wholeNumber(idText) else {
                throw DomainError.badCatalogRow(
                    row: rowNumber, column: "OZG-ID", value: idText, reason: "keine ganze Zahl")
            }
            let keyText = field("LeiKa-Schlüssel")
            var key: LeikaKey?
            var leikaText: String?
            switch LeikaKeyText.classify(keyText) {
            case .key(let k): key = k
            case .notInLeika: leikaText = LeikaKey.notInLeika
            case .empty:
                leikaText = LeikaKey.notInLeika
                issues.append(CatalogIssue(row: rowNumber, column: "LeiKa-Schlüssel", value: keyText,
                    message: "kein LeiKa-Schlüssel; als „nicht im LeiKa“ übernommen"))
            case .invalid:
                leikaText = keyText
                issues.append(CatalogIssue(row: rowNumber, column: "LeiKa-Schlüssel", value: keyText,
                    message: "kein gültiger LeiKa-Schlüssel (14 Ziffern, beginnend mit 99); Zeile ohne Schlüssel übernommen"))
            }
            let typ = LeikaTyp(raw: field("LeiKa-Typ"))
            if !typ.isRecognized {
                issues.append(CatalogIssue(row: rowNumber, column: "LeiKa-Typ", value: typ.raw,
                    message: "unbekannter LeiKa-Typ; Text unverändert übernommen"))
            }
            func flag(_ name: String) -> Bool? {
                let t = field(name)
                if t.isEmpty { return nil }
                if let b = parseFlag(t) { return b }
                issues.append(CatalogIssue(row: rowNumber, column: name, value: t, message: "weder 1 noch 0"))
                return nil
            }
            let gesetz = field("Gesetzeskürzel")
            result.append(Einzelleistung(
                leika: key, bezeichnung: field("Leistungsbezeichnung"), ozgId: ozgId,
                ozgLeistung: field("OZG-Leistung"), themenfeld: field("Themenfeld"), lage: field("Lage"), typ: typ,
                sdg1: flag("SDG1"), sdg2: flag("SDG2"), gesetz: gesetz.isEmpty ? nil : gesetz, leikaText: leikaText))
        }
        var catalog = Catalog(einzelleistungen: result)
        catalog.assignUniqueIDs()
        return CatalogLoad(catalog: catalog, issues: issues)
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

    static func canonicalColumn(_ header: String) -> String? {
        let f = TextNormalization.fold(TextNormalization.collapseSpaces(header))
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "_", with: "")
        switch f {
        case "themenfeld": return "Themenfeld"
        case "lage", "lebenslage", "lebenslage/geschaeftslage", "geschaeftslage": return "Lage"
        case "ozgid", "ozgnr", "ozgnummer": return "OZG-ID"
        case "ozgleistung", "leistungsbuendel", "ozgleistungsbuendel": return "OZG-Leistung"
        case "leikaschluessel", "leikanr", "leikaid", "leika", "leikakey", "schluessel": return "LeiKa-Schlüssel"
        case "leistungsbezeichnung", "bezeichnung", "leistung", "einzelleistung": return "Leistungsbezeichnung"
        case "leikatyp", "typ": return "LeiKa-Typ"
        case "sdg1": return "SDG1"
        case "sdg2": return "SDG2"
        case "gesetzeskuerzel", "gesetz", "rechtsgrundlage": return "Gesetzeskürzel"
        default: return nil
        }
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
