import Foundation

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
