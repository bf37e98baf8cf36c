import OZGDomain
import OZGSpreadsheet

/// Errors of catalogue versions, meeting snapshots and the history: a name the user gave that
/// does not fit. All are usage errors (exit 64).
public enum HistoryError: Error, Hashable, Sendable {
    /// No catalogue version of this name.
    case unknownVersion(String, available: [String])
    /// A catalogue version of this name exists already.
    case duplicateVersion(String)
    /// No meeting snapshot of this name, and the text is no date either.
    case unknownMoment(String, available: [String])
    /// A meeting snapshot of this name exists already.
    case duplicateSnapshot(String)
    /// The name is empty.
    case emptyName
}

extension HistoryError: OZGError {
    public func message(_ language: MessageLanguage) -> String {
        func q(_ s: String) -> String { TechnicalDetail.quote(s, language) }
        func list(_ names: [String]) -> String { names.isEmpty ? (language == .german ? "keine" : "none") : names.map(q).joined(separator: ", ") }
        let de = language == .german
        switch self {
        case .unknownVersion(let n, let all):
            return de
                ? "Eine Katalogversion \(q(n)) gibt es im Arbeitsbereich nicht. Vorhanden: \(list(all)) („ozg catalog versions“)."
                : "There is no catalogue version \(q(n)) in the workspace. Present: \(list(all)) (\"ozg catalog versions\")."
        case .duplicateVersion(let n):
            return de
                ? "Eine Katalogversion \(q(n)) gibt es schon. Wählen Sie mit --version einen anderen Namen."
                : "A catalogue version \(q(n)) exists already. Choose another name with --version."
        case .unknownMoment(let n, let all):
            return de
                ? "\(q(n)) ist weder ein gespeicherter Sitzungsstand noch ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ). Sitzungsstände: \(list(all)) („ozg snapshot list“)."
                : "\(q(n)) is neither a saved meeting snapshot nor a date (YYYY-MM-DD or DD.MM.YYYY). Snapshots: \(list(all)) (\"ozg snapshot list\")."
        case .duplicateSnapshot(let n):
            return de
                ? "Einen Sitzungsstand \(q(n)) gibt es schon. Wählen Sie einen anderen Namen."
                : "A meeting snapshot \(q(n)) exists already. Choose another name."
        case .emptyName:
            return de ? "Der Name darf nicht leer sein." : "The name must not be empty."
        }
    }

    public var category: ErrorCategory { .usage }

    public var technicalDetail: String {
        let t = "HistoryError"
        switch self {
        case .unknownVersion(let n, let all): return TechnicalDetail.format(t, "unknownVersion", ["name": n, "available": all.joined(separator: "|")])
        case .duplicateVersion(let n): return TechnicalDetail.format(t, "duplicateVersion", ["name": n])
        case .unknownMoment(let n, let all): return TechnicalDetail.format(t, "unknownMoment", ["name": n, "available": all.joined(separator: "|")])
        case .duplicateSnapshot(let n): return TechnicalDetail.format(t, "duplicateSnapshot", ["name": n])
        case .emptyName: return TechnicalDetail.format(t, "emptyName", [:])
        }
    }
}
