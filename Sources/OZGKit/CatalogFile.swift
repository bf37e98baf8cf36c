/// What a catalogue file holds: an OZG catalogue, or a LeiKa publication of the FIM portal.
public enum CatalogFile: Sendable {
    /// An OZG catalogue, with its issues and untrusted (test) rows.
    case catalog(CatalogLoad)
    case leika(LeikaPublication)

    /// Reads the first sheet of a catalogue file (CSV in UTF-8 or Windows-1252/ISO-8859-1 with
    /// `,` or `;`, XLSX, ODS); the header decides whether it is a LeiKa publication.
    ///
    /// Throws `SpreadsheetError` for a file that cannot be read and ``InputFileError`` (naming
    /// the file, row and column) for content that does not fit.
    public static func read(_ path: String) throws -> CatalogFile {
        let rows = try DataFiles.firstSheetRows(path)
        return try InputFileError.naming(path) {
            if let header = rows.first, LeikaPublication.recognizes(header: header) {
                return .leika(try LeikaPublication(rows: rows))
            }
            return .catalog(try Catalog.load(rows: rows))
        }
    }

    /// The catalogue this file makes on top of `base`: the catalogue itself (without its test
    /// rows unless `includeTestRows`), or `base` with the LeiKa publication applied.
    public func catalog(over base: Catalog, includeTestRows: Bool = false) -> Catalog {
        switch self {
        case .catalog(let load): return includeTestRows ? load.catalog : load.trusted
        case .leika(let p): return p.applied(to: base)
        }
    }

    /// The catalogue's issues (none for a LeiKa publication).
    public var issues: [CatalogIssue] {
        if case .catalog(let load) = self { return load.issues }
        return []
    }

    /// The version kind this file makes.
    public var versionKind: CatalogVersionInfo.Kind {
        switch self {
        case .catalog: return .katalog
        case .leika: return .leika
        }
    }
}
