import OZGDomain

/// Errors of the workspace, with the context a person needs.
public enum WorkspaceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No workspace at the path and `createIfMissing` was false.
    case notFound(path: String)
    /// The path exists but is not a folder.
    case notAFolder(path: String)
    /// A batch names an Einzelleistung that the catalogue does not hold; nothing was stored.
    case unknownEinzelleistung(EinzelleistungID, file: String, cell: String?)
    /// A batch or a council names a Kommunaltyp the configuration does not hold; nothing was stored.
    case unknownKommunaltyp(String, context: String)
    /// An exception names a council the configuration does not hold; nothing was stored.
    case unknownKommune(String, file: String)
    /// The SQLite layer failed.
    case database(path: String, message: String)
    /// A file could not be read or created.
    case io(path: String, message: String)

    public var description: String {
        switch self {
        case .notFound(let p): return "Kein Arbeitsbereich unter \(p) (mit `ozg catalog import` anlegen)"
        case .notAFolder(let p): return "\(p) ist kein Ordner"
        case .unknownEinzelleistung(let id, let file, let cell):
            return "\(file)\(cell.map { " \($0)" } ?? ""): Einzelleistung \(id.key) steht nicht im Katalog; nichts gespeichert"
        case .unknownKommunaltyp(let t, let ctx): return "\(ctx): unbekannter Kommunaltyp „\(t)“; nichts gespeichert"
        case .unknownKommune(let k, let file): return "\(file): unbekannte Kommune „\(k)“; nichts gespeichert"
        case .database(let p, let m): return "Datenbank \(p): \(m)"
        case .io(let p, let m): return "\(p): \(m)"
        }
    }
}
