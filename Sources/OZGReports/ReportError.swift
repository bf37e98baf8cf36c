import Foundation
import OZGSpreadsheet

/// Why a report could not be made, rendered or run, with the context to act on it.
public enum ReportError: Error, Hashable, Sendable {
    case unknownReport(String, available: [String])
    case unknownThemenfeld(String, available: [String])
    case unknownKommunaltyp(String, available: [String])
    case unknownKommune(String)
    case invalidDocument(reason: String)
    /// The plug-in's JSON could not be read.
    case invalidJSON(source: String, reason: String)
    case pluginNotFound(String)
    case pluginFailed(name: String, status: Int32, stderr: String)
    case pluginTimedOut(name: String, seconds: Double)
    case unsupportedFormat(String, supported: [String])
    case writeFailed(path: String, reason: String)
}

extension ReportError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unknownReport(let n, let available):
            return "Unbekannter Bericht „\(n)“. Verfügbar: \(available.joined(separator: ", "))."
        case .unknownThemenfeld(let n, let available):
            return "Unbekanntes Themenfeld „\(n)“. Themenfelder: \(available.joined(separator: ", "))."
        case .unknownKommunaltyp(let n, let available):
            return "Unbekannter Kommunaltyp „\(n)“. Kommunaltypen: \(available.joined(separator: ", "))."
        case .unknownKommune(let n):
            return "Unbekannte Kommune „\(n)“."
        case .invalidDocument(let r):
            return "Ungültiges Berichtsdokument: \(r)."
        case .invalidJSON(let source, let r):
            return "\(source): kein gültiges Berichtsdokument (JSON): \(r)."
        case .pluginNotFound(let n):
            return "Kein Bericht „\(n)“ und kein Programm ozg-report-\(n) im PATH."
        case .pluginFailed(let n, let status, let stderr):
            let detail = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "ozg-report-\(n) endete mit Status \(status)" + (detail.isEmpty ? "." : ": \(detail)")
        case .pluginTimedOut(let n, let s):
            return "ozg-report-\(n) lief länger als \(NumberTextShim.seconds(s)) s und wurde beendet."
        case .unsupportedFormat(let f, let supported):
            return "Format „\(f)“ wird nicht unterstützt; möglich sind \(supported.joined(separator: ", "))."
        case .writeFailed(let p, let r):
            return "\(p): konnte nicht geschrieben werden: \(r)."
        }
    }
}

enum NumberTextShim {
    static func seconds(_ s: Double) -> String { s == s.rounded() ? String(Int(s)) : String(s) }
}

extension ReportError: OZGError {
    public func message(_ language: MessageLanguage) -> String {
        func q(_ s: String) -> String { TechnicalDetail.quote(s, language) }
        func list(_ l: [String]) -> String { TechnicalDetail.quoteList(l, language) }
        let de = language == .german
        switch self {
        case .unknownReport(let n, let available):
            return de
                ? "Einen Bericht \(q(n)) gibt es nicht. Verfügbare Berichte: \(list(available))."
                : "There is no report \(q(n)). Available reports: \(list(available))."
        case .unknownThemenfeld(let n, let available):
            return de
                ? "Ein Themenfeld \(q(n)) gibt es nicht. Themenfelder: \(list(available))."
                : "There is no Themenfeld \(q(n)). Themenfelder: \(list(available))."
        case .unknownKommunaltyp(let n, let available):
            return de
                ? "Einen Kommunaltyp \(q(n)) gibt es nicht. Kommunaltypen: \(list(available))."
                : "There is no Kommunaltyp \(q(n)). Kommunaltypen: \(list(available))."
        case .unknownKommune(let n):
            return de
                ? "Eine Kommune \(q(n)) gehört nicht zum Verband. Prüfen Sie die Schreibweise."
                : "The council \(q(n)) is not a member. Check the spelling."
        case .invalidDocument:
            return de
                ? "Das Berichtsdokument ist in sich nicht stimmig und kann nicht ausgegeben werden. Melden Sie den Fehler mit der Ausgabe von --verbose."
                : "The report document is inconsistent and cannot be rendered. Report the error with the output of --verbose."
        case .invalidJSON(let source, _):
            return de
                ? "\(q(source)) liefert kein gültiges Berichtsdokument (JSON). Prüfen Sie das Programm, das den Bericht erzeugt."
                : "\(q(source)) gives no valid report document (JSON). Check the program that makes the report."
        case .pluginNotFound(let n):
            return de
                ? "Einen Bericht \(q(n)) gibt es nicht, auch kein Programm \(q("ozg-report-" + n)) im PATH. „ozg report list“ zeigt die verfügbaren Berichte."
                : "There is no report \(q(n)) and no program \(q("ozg-report-" + n)) on PATH. \"ozg report list\" shows the available reports."
        case .pluginFailed(let n, let status, _):
            return de
                ? "Das Berichtsprogramm \(q("ozg-report-" + n)) ist mit Status \(status) gescheitert. Mit --verbose sehen Sie seine Fehlerausgabe."
                : "The report program \(q("ozg-report-" + n)) failed with status \(status). Use --verbose to see its error output."
        case .pluginTimedOut(let n, let s):
            return de
                ? "Das Berichtsprogramm \(q("ozg-report-" + n)) lief länger als \(NumberTextShim.seconds(s)) Sekunden und wurde abgebrochen."
                : "The report program \(q("ozg-report-" + n)) ran longer than \(NumberTextShim.seconds(s)) seconds and was stopped."
        case .unsupportedFormat(let f, let supported):
            return de
                ? "Das Format \(q(f)) gibt es für diesen Bericht nicht; möglich sind \(supported.joined(separator: ", "))."
                : "The format \(q(f)) is not available for this report; use one of \(supported.joined(separator: ", "))."
        case .writeFailed(let p, _):
            return de
                ? "Der Bericht \(q(p)) konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert, ob Sie dort schreiben dürfen und ob genug Platz frei ist."
                : "The report \(q(p)) could not be written. Check that the folder exists, that you may write there and that there is enough free space."
        }
    }

    public var category: ErrorCategory {
        switch self {
        case .unknownReport, .unknownThemenfeld, .unknownKommunaltyp, .unknownKommune, .pluginNotFound, .unsupportedFormat:
            return .usage
        case .invalidJSON, .pluginFailed, .pluginTimedOut: return .externalProgram
        case .writeFailed: return .output
        case .invalidDocument: return .internal
        }
    }

    public var technicalDetail: String {
        let t = "ReportError"
        switch self {
        case .unknownReport(let n, let a): return TechnicalDetail.format(t, "unknownReport", ["name": n, "available": a])
        case .unknownThemenfeld(let n, let a): return TechnicalDetail.format(t, "unknownThemenfeld", ["name": n, "available": a])
        case .unknownKommunaltyp(let n, let a): return TechnicalDetail.format(t, "unknownKommunaltyp", ["name": n, "available": a])
        case .unknownKommune(let n): return TechnicalDetail.format(t, "unknownKommune", ["name": n])
        case .invalidDocument(let r): return TechnicalDetail.format(t, "invalidDocument", ["reason": r])
        case .invalidJSON(let s, let r): return TechnicalDetail.format(t, "invalidJSON", ["source": s, "reason": r])
        case .pluginNotFound(let n): return TechnicalDetail.format(t, "pluginNotFound", ["name": n])
        case .pluginFailed(let n, let s, let e):
            return TechnicalDetail.format(t, "pluginFailed", ["name": n, "status": s, "stderr": e.trimmingCharacters(in: .whitespacesAndNewlines)])
        case .pluginTimedOut(let n, let s): return TechnicalDetail.format(t, "pluginTimedOut", ["name": n, "seconds": s])
        case .unsupportedFormat(let f, let s): return TechnicalDetail.format(t, "unsupportedFormat", ["format": f, "supported": s])
        case .writeFailed(let p, let r): return TechnicalDetail.format(t, "writeFailed", ["path": p, "reason": r])
        }
    }
}
