import OZGSpreadsheet

/// Why a document could not be scanned, with the byte offset where it was noticed.
///
/// Format readers map ``malformed(offset:reason:)`` to
/// `SpreadsheetError.malformedXML(path:part:offset:reason:)` and
/// ``limitExceeded(offset:limit:value:maximum:)`` to `SpreadsheetError.limitExceeded`.
/// Errors thrown by an ``XMLByteSource`` pass through the scanner unchanged.
public enum XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The document is not well-formed (or uses a feature the scanner refuses, such as a DTD).
    case malformed(offset: Int, reason: String)
    /// A limit of `ReadLimits` was reached (nesting depth, length of a value or a tag).
    case limitExceeded(offset: Int, limit: String, value: Int, maximum: Int)

    /// The byte offset in the document where the problem was noticed.
    public var offset: Int {
        switch self {
        case .malformed(let o, _), .limitExceeded(let o, _, _, _): return o
        }
    }

    /// A short English explanation.
    public var reason: String {
        switch self {
        case .malformed(_, let r): return r
        case .limitExceeded(_, let limit, let value, let maximum):
            return "\(limit) is \(value), more than the limit of \(maximum)"
        }
    }

    public var description: String { "XML error at byte \(offset): \(reason)" }
}

extension XMLError: OZGError {
    public func message(_ language: MessageLanguage) -> String {
        switch (self, language) {
        case (.malformed(let o, _), .german):
            return "Das XML-Dokument ist ab Byte \(o) fehlerhaft oder unzulässig. Öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie erneut."
        case (.malformed(let o, _), .english):
            return "The XML document is malformed or forbidden at byte \(o). Open the file in Excel or LibreOffice and save it again."
        case (.limitExceeded(let o, let l, let v, let m), .german):
            return "Das XML-Dokument überschreitet bei Byte \(o) eine Schutzgrenze gegen manipulierte Dateien (\(SpreadsheetError.limitName(l, .german)) \(v), erlaubt sind höchstens \(m)). Ist die Datei echt, erhöhen Sie die Grenze."
        case (.limitExceeded(let o, let l, let v, let m), .english):
            return "The XML document exceeds a limit against crafted files at byte \(o) (\(l) \(v), at most \(m) is allowed). If the file is genuine, raise the limit."
        }
    }

    public var category: ErrorCategory { .badInput }

    public var technicalDetail: String {
        switch self {
        case .malformed(let o, let r): return TechnicalDetail.format("XMLError", "malformed", ["offset": o, "reason": r])
        case .limitExceeded(let o, let l, let v, let m):
            return TechnicalDetail.format("XMLError", "limitExceeded", ["offset": o, "limit": l, "value": v, "maximum": m])
        }
    }
}
