import OZGDomain
import OZGSpreadsheet

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

extension WorkspaceError: OZGError {
    public func message(_ language: MessageLanguage) -> String {
        func q(_ s: String) -> String { TechnicalDetail.quote(s, language) }
        let de = language == .german
        switch self {
        case .notFound(let p):
            return de
                ? "Unter \(q(p)) gibt es keinen Arbeitsbereich. Legen Sie ihn mit „ozg catalog import KATALOG“ an oder nennen Sie den richtigen Ordner mit --workspace."
                : "There is no workspace at \(q(p)). Create it with \"ozg catalog import CATALOGUE\" or name the right folder with --workspace."
        case .notAFolder(let p):
            return de
                ? "\(q(p)) ist kein Ordner und kann kein Arbeitsbereich sein. Nennen Sie mit --workspace einen Ordner."
                : "\(q(p)) is not a folder and cannot be a workspace. Name a folder with --workspace."
        case .unknownEinzelleistung(let id, let file, let cell):
            let where_ = cell.map { de ? ", Zelle \($0)" : ", cell \($0)" } ?? ""
            return de
                ? "Die Datei \(q(file))\(where_) nennt eine Einzelleistung (\(id.key)), die nicht im Katalog steht; nichts wurde gespeichert. Importieren Sie den aktuellen Katalog oder berichtigen Sie die Zeile."
                : "The file \(q(file))\(where_) names an Einzelleistung (\(id.key)) that is not in the catalogue; nothing was stored. Import the current catalogue or correct the row."
        case .unknownKommunaltyp(let t, let context):
            return de
                ? "\(context): Den Kommunaltyp \(q(t)) gibt es im Arbeitsbereich nicht; nichts wurde gespeichert. Verwenden Sie einen der eingerichteten Kommunaltypen."
                : "\(context): the Kommunaltyp \(q(t)) does not exist in the workspace; nothing was stored. Use one of the configured Kommunaltypen."
        case .unknownKommune(let k, let file):
            return de
                ? "Die Datei \(q(file)) nennt die Kommune \(q(k)), die nicht zum Verband gehört; nichts wurde gespeichert. Berichtigen Sie den Namen oder importieren Sie die Kommunenliste."
                : "The file \(q(file)) names the council \(q(k)), which is not a member; nothing was stored. Correct the name or import the council list."
        case .database(let p, _):
            return de
                ? "Die Datenbank des Arbeitsbereichs \(q(p)) meldet einen Fehler. Versuchen Sie es erneut; bleibt der Fehler, melden Sie ihn mit der Ausgabe von --verbose."
                : "The workspace database \(q(p)) reports an error. Try again; if the error stays, report it with the output of --verbose."
        case .io(let p, _):
            return de
                ? "\(q(p)) lässt sich nicht öffnen oder anlegen. Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen."
                : "\(q(p)) cannot be opened or created. Check that the folder exists and that you may write there."
        }
    }

    public var category: ErrorCategory {
        switch self {
        case .notFound, .notAFolder: return .notFound
        case .unknownEinzelleistung, .unknownKommunaltyp, .unknownKommune: return .badInput
        case .database, .io: return .storage
        }
    }

    public var technicalDetail: String {
        let t = "WorkspaceError"
        switch self {
        case .notFound(let p): return TechnicalDetail.format(t, "notFound", ["path": p])
        case .notAFolder(let p): return TechnicalDetail.format(t, "notAFolder", ["path": p])
        case .unknownEinzelleistung(let id, let file, let cell):
            return TechnicalDetail.format(t, "unknownEinzelleistung", ["id": id.key, "file": file, "cell": cell])
        case .unknownKommunaltyp(let k, let context):
            return TechnicalDetail.format(t, "unknownKommunaltyp", ["kommunaltyp": k, "context": context])
        case .unknownKommune(let k, let file): return TechnicalDetail.format(t, "unknownKommune", ["kommune": k, "file": file])
        case .database(let p, let m): return TechnicalDetail.format(t, "database", ["path": p, "message": m])
        case .io(let p, let m): return TechnicalDetail.format(t, "io", ["path": p, "message": m])
        }
    }
}
