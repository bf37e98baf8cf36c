/// A number format code in Excel's syntax (`0.00%`, `DD.MM.YYYY`, `[h]:mm`), and what it shows.
///
/// ODS number styles are translated to the same syntax by the ODS module, so the rest of OZGKit
/// sees one kind of format. The ``kind`` decides how a reader types a number: a serial in a
/// date format becomes a ``CellValue/date(_:)``.
public struct NumberFormat: Hashable, Sendable, CustomStringConvertible {
    public var code: String
    /// What the code displays, derived once from ``code``.
    public let kind: Kind

    public enum Kind: String, Hashable, Sendable {
        case general, number, percent, currency, scientific, fraction, text
        /// Day, month or year without hours, minutes or seconds.
        case date
        /// Date parts and time parts.
        case dateTime
        /// Hours, minutes or seconds only, without elapsed brackets.
        case time
        /// An elapsed time: `[h]:mm`, `[mm]:ss`, `[s]`.
        case duration

        /// Whether a number in this format is a calendar or clock value.
        public var isTemporal: Bool {
            switch self {
            case .date, .dateTime, .time, .duration: return true
            default: return false
            }
        }
    }

    public init(_ code: String) {
        self.code = code
        self.kind = NumberFormatClassifier.classify(code)
    }

    public var description: String { code }

    public static let general = NumberFormat("General")
    public static let isoDate = NumberFormat("yyyy-mm-dd")
    public static let germanDate = NumberFormat("DD.MM.YYYY")
    public static let dateTime = NumberFormat("yyyy-mm-dd hh:mm:ss")
    public static let time = NumberFormat("hh:mm:ss")
    public static let duration = NumberFormat("[h]:mm:ss")
    public static let percent = NumberFormat("0%")
    public static let percent2 = NumberFormat("0.00%")
    public static let integer = NumberFormat("0")
    public static let decimal2 = NumberFormat("0.00")
    public static let text = NumberFormat("@")
}

/// Reads a format code the way Excel does to tell dates, times and durations from numbers.
///
/// Quoted text (`"Tage"`), escaped characters (`\d`), `_x` paddings, `*x` fills, colour and
/// condition sections (`[Red]`, `[<100]`) and locale tags (`[$-407]`) are skipped; `[h]`, `[m]`,
/// `[s]` mark an elapsed time. Only the first section decides, as in calamine and openpyxl.
public enum NumberFormatClassifier {
    public static func classify(_ code: String) -> NumberFormat.Kind {
        let bytes = Array(code.utf8)
        if bytes.isEmpty { return .general }
        var i = 0
        var hasDate = false, hasTime = false, hasElapsed = false
        var hasDigit = false, hasPercent = false, hasExp = false, hasSlash = false, hasCurrency = false
        var hasAt = false
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += 1 }
                i += 1
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 2
                continue
            case UInt8(ascii: ";"):
                i = bytes.count  // only the first section
                continue
            case UInt8(ascii: "["):
                var j = i + 1
                while j < bytes.count, bytes[j] != UInt8(ascii: "]") { j += 1 }
                let inner = bytes[(i + 1)..<min(j, bytes.count)].map { $0 | 0x20 }
                if !inner.isEmpty, inner.allSatisfy({ $0 == UInt8(ascii: "h") })
                    || inner.allSatisfy({ $0 == UInt8(ascii: "m") }) || inner.allSatisfy({ $0 == UInt8(ascii: "s") })
                {
                    hasElapsed = true
                } else if inner.first == UInt8(ascii: "$") {
                    // [$€-407] currency symbol, [$-407] locale only.
                    if inner.count > 1, inner[1] != UInt8(ascii: "-") { hasCurrency = true }
                }
                i = j + 1
                continue
            default:
                break
            }
            if b == UInt8(ascii: "@") { hasAt = true; i += 1; continue }
            let c = b | 0x20
            if c == UInt8(ascii: "a") {
                let rest = String(decoding: bytes[i..<min(i + 5, bytes.count)], as: UTF8.self).lowercased()
                if rest.hasPrefix("am/pm") { hasTime = true; i += 5; continue }
                if rest.hasPrefix("a/p") { hasTime = true; i += 3; continue }
            }
            switch c {
            case UInt8(ascii: "d"), UInt8(ascii: "y"):
                hasDate = true
            case UInt8(ascii: "m"):
                // "m" is month or minute; either way it is temporal. Decide below by neighbours.
                if mIsMinute(bytes, i) { hasTime = true } else { hasDate = true }
            case UInt8(ascii: "h"), UInt8(ascii: "s"):
                hasTime = true
            case UInt8(ascii: "g"):
                if i + 7 <= bytes.count, String(decoding: bytes[i..<(i + 7)], as: UTF8.self).lowercased() == "general" {
                    i += 7
                    continue
                }
                // "gg"/"ggg" era in Japanese dates; "e" era year.
                hasDate = true
            case UInt8(ascii: "e"):
                if hasDigit { hasExp = true } else { hasDate = true }
            case UInt8(ascii: "0"), UInt8(ascii: "#"), UInt8(ascii: "?"):
                hasDigit = true
            case UInt8(ascii: "%"):
                hasPercent = true
            case UInt8(ascii: "/"):
                hasSlash = true
            default:
                if b == 0xE2 || b == 0x24 || b == 0xC2 { hasCurrency = true }  // € (E2 82 AC), $, £ (C2 A3)
            }
            i += 1
        }
        if hasElapsed { return .duration }
        if hasDate && hasTime { return .dateTime }
        if hasDate { return .date }
        if hasTime { return .time }
        if hasAt { return .text }
        if hasPercent { return .percent }
        if hasExp { return .scientific }
        if hasSlash && hasDigit { return .fraction }
        if hasCurrency { return .currency }
        if hasDigit { return .number }
        return .general
    }

    /// An `m` right after an hour (`h:mm`) or right before seconds (`mm:ss`) is a minute.
    private static func mIsMinute(_ b: [UInt8], _ i: Int) -> Bool {
        // Look back past separators for h, forward past m's and separators for s.
        var j = i - 1
        while j >= 0, [UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "]"), UInt8(ascii: "[")].contains(b[j]) {
            if b[j] == UInt8(ascii: ":") { return true }
            j -= 1
        }
        if j >= 0, b[j] | 0x20 == UInt8(ascii: "h") { return true }
        var k = i + 1
        while k < b.count, b[k] | 0x20 == UInt8(ascii: "m") { k += 1 }
        while k < b.count, b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: " ") || b[k] == UInt8(ascii: "]") {
            if b[k] == UInt8(ascii: ":") { return true }
            k += 1
        }
        if k < b.count, b[k] | 0x20 == UInt8(ascii: "s") { return true }
        return false
    }
}
