import OZGSpreadsheet

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

extension DomainError: OZGError {
    /// The English name of what a loader reads ("Katalog" → "catalogue").
    static func englishName(_ what: String) -> String {
        switch what {
        case "Katalog": return "catalogue"
        case "Kommunen": return "council list"
        case "Kommunaltypen": return "Kommunaltyp list"
        case "Konfiguration": return "configuration"
        default: return what
        }
    }

    public func message(_ language: MessageLanguage) -> String { message(language, file: nil) }

    /// The message, naming the file the loader read when the caller knows it.
    public func message(_ language: MessageLanguage, file: String?) -> String {
        func q(_ s: String) -> String { TechnicalDetail.quote(s, language) }
        let de = language == .german
        // German: „datei.csv“ (Katalog): …; English: the catalogue "datei.csv" …
        func subject(_ what: String) -> String {
            if de { return file.map { "\(q($0)) (\(what))" } ?? what }
            return "the \(Self.englishName(what))" + (file.map { " \(q($0))" } ?? "")
        }
        func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
        switch self {
        case .missingHeader(let what):
            return de
                ? "\(subject(what)): Die Kopfzeile fehlt. Die erste Zeile muss die Spaltennamen enthalten."
                : "\(capitalized(subject(what))) has no header row. The first row must hold the column names."
        case .missingColumn(let c, let what):
            return de
                ? "\(subject(what)): Die Spalte \(q(c)) fehlt in der Kopfzeile. Ergänzen Sie sie in der ersten Zeile."
                : "\(capitalized(subject(what))) lacks the column \(q(c)) in its header row. Add it to the first row."
        case .badCatalogRow(let r, let c, let v, let why):
            return de
                ? "\(subject("Katalog")), Zeile \(r), Spalte \(q(c)): \(why) (\(q(v))). Berichtigen Sie die Zelle und importieren Sie erneut."
                : "\(capitalized(subject("Katalog"))), row \(r), column \(q(c)): the value \(q(v)) cannot be used. Correct the cell and import again."
        case .badConfigurationRow(let r, let c, let v, let why):
            return de
                ? "\(subject("Konfiguration")), Zeile \(r), Spalte \(q(c)): \(why) (\(q(v))). Berichtigen Sie die Zelle und versuchen Sie es erneut."
                : "\(capitalized(subject("Konfiguration"))), row \(r), column \(q(c)): the value \(q(v)) cannot be used. Correct the cell and try again."
        case .unknownKommunaltyp(let t, let k):
            let place = file.map { "\(q($0)), " } ?? ""
            return de
                ? "\(place)Kommune \(q(k)): Den Kommunaltyp \(q(t)) gibt es nicht. Verwenden Sie einen der eingerichteten Kommunaltypen."
                : capitalized("\(place)council \(q(k)): there is no Kommunaltyp \(q(t)). Use one of the configured Kommunaltypen.")
        }
    }

    public var category: ErrorCategory { .badInput }

    public var technicalDetail: String {
        let t = "DomainError"
        switch self {
        case .missingHeader(let w): return TechnicalDetail.format(t, "missingHeader", ["what": w])
        case .missingColumn(let c, let w): return TechnicalDetail.format(t, "missingColumn", ["column": c, "what": w])
        case .badCatalogRow(let r, let c, let v, let why):
            return TechnicalDetail.format(t, "badCatalogRow", ["row": r, "column": c, "value": v, "reason": why])
        case .badConfigurationRow(let r, let c, let v, let why):
            return TechnicalDetail.format(t, "badConfigurationRow", ["row": r, "column": c, "value": v, "reason": why])
        case .unknownKommunaltyp(let k, let kommune):
            return TechnicalDetail.format(t, "unknownKommunaltyp", ["kommunaltyp": k, "kommune": kommune])
        }
    }
}
