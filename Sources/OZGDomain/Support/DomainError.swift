/// Errors of the domain loaders, with the context a person needs to fix the input.
public enum DomainError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input has no header row.
    case missingHeader(what: String)
    /// A required column is missing from the header.
    case missingColumn(String, what: String)
    /// A catalogue row cannot be used; `row` is 1-based, the header being row 1.
    case badCatalogRow(row: Int, column: String, value: String, reason: String)
    /// A configuration row cannot be used; `row` is 1-based.
    case badConfigurationRow(row: Int, column: String, value: String, reason: String)
    /// A Kommune names a Kommunaltyp that the set does not know.
    case unknownKommunaltyp(String, kommune: String)

    public var description: String {
        switch self {
        case .missingHeader(let what): return "\(what): keine Kopfzeile"
        case .missingColumn(let c, let what): return "\(what): Spalte „\(c)“ fehlt in der Kopfzeile"
        case .badCatalogRow(let r, let c, let v, let why):
            return "Katalog, Zeile \(r), Spalte „\(c)“: \(why) („\(v)“)"
        case .badConfigurationRow(let r, let c, let v, let why):
            return "Konfiguration, Zeile \(r), Spalte „\(c)“: \(why) („\(v)“)"
        case .unknownKommunaltyp(let t, let k): return "Kommune „\(k)“: unbekannter Kommunaltyp „\(t)“"
        }
    }
}
