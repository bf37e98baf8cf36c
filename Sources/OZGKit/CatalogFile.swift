/// What a catalogue file holds: an OZG catalogue, or a LeiKa publication of the FIM portal.
public enum CatalogFile: Sendable {
    case catalog(Catalog)
    case leika(LeikaPublication)

    /// Reads the first sheet of a catalogue file (CSV in UTF-8 or Windows-1252/ISO-8859-1 with
    /// `,` or `;`, XLSX, ODS); the header decides whether it is a LeiKa publication.
    ///
    /// Throws `SpreadsheetError` for a file that cannot be read and `DomainError` (naming row and
    /// column, not the file) for content that does not fit.
    public static func read(_ path: String) throws -> CatalogFile {
        let reader = try SpreadsheetFile.open(path)
        guard !reader.sheets.isEmpty else { throw DomainError.missingHeader(what: "Katalog") }
        let rows = try reader.readSheet(0).textRows()
        if let header = rows.first, LeikaPublication.recognizes(header: header) {
            return .leika(try LeikaPublication(rows: rows))
        }
        return .catalog(try Catalog.load(rows: rows).catalog)
    }

    /// The catalogue this file makes on top of `base`: the catalogue itself, or `base` with the
    /// LeiKa publication applied.
    public func catalog(over base: Catalog) -> Catalog {
        switch self {
        case .catalog(let c): return c
        case .leika(let p): return p.applied(to: base)
        }
    }

    /// The version kind this file makes.
    public var versionKind: CatalogVersionInfo.Kind {
        switch self {
        case .catalog: return .katalog
        case .leika: return .leika
        }
    }
}
