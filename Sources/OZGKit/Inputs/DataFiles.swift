/// Reads the lists the working group keeps in files (CSV, XLSX or ODS; first sheet): the OZG
/// catalogue, the council list, the Kommunaltypen and the Paten. Columns are found by the column
/// schemas (``TableSchemas``); a domain error names the file.
public enum DataFiles {
    /// The catalogue with its issues and untrusted (test) rows; see ``Catalog/load(rows:)``.
    public static func catalog(_ path: String, limits: ReadLimits = .default) throws -> CatalogLoad {
        let rows = try firstSheetRows(path, limits: limits)
        return try InputFileError.naming(path) { try Catalog.load(rows: rows) }
    }

    /// A council list in the layout of `krz-verband-kommunen.csv`.
    public static func kommunen(_ path: String, kommunaltypen: KommunaltypSet) throws -> [Kommune] {
        let rows = try firstSheetRows(path)
        return try InputFileError.naming(path) { try Kommune.list(rows: rows, kommunaltypen: kommunaltypen) }
    }

    /// A Kommunaltypen list (`Kommunaltyp,Aliase,Kurzname`).
    public static func kommunaltypen(_ path: String) throws -> KommunaltypSet {
        let rows = try firstSheetRows(path)
        return try InputFileError.naming(path) { try KommunaltypSet(rows: rows) }
    }

    /// A Paten list (`Themenfeld,Pate,E-Mail`).
    public static func paten(_ path: String) throws -> [Pate] {
        let rows = try firstSheetRows(path)
        return try InputFileError.naming(path) { try Pate.list(rows: rows) }
    }

    /// The first sheet of a file as rows of text (blank rows dropped).
    public static func firstSheetRows(_ path: String, limits: ReadLimits = .default) throws -> [[String]] {
        let reader = try SpreadsheetFile.open(path, limits: limits)
        guard !reader.sheets.isEmpty else {
            throw InputFileError(path: path, underlying: .missingHeader(what: "Tabelle"))
        }
        return try reader.readSheet(0).textRows()
    }
}
