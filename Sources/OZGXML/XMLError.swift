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
