import Foundation
import OZGDomain
import OZGSpreadsheet

/// Reads the values of working-sheet cells: verdicts, keys, OZG-IDs, Reifegrad, Status, Priorität.
///
/// Every function returns `nil` (or an `.invalid` case) for a value it does not understand;
/// it never guesses. The caller turns that into a ``Finding``.
public enum CellParsers {
    /// The text a Pate sees in a cell (numbers without trailing `.0`, booleans as `WAHR`/`FALSCH`).
    public static func display(_ value: CellValue) -> String {
        switch value {
        case .boolean(let b): return b ? "WAHR" : "FALSCH"
        case .date(let d): return "\(pad(d.day)).\(pad(d.month)).\(d.year)"
        case .dateTime(let dt): return "\(pad(dt.date.day)).\(pad(dt.date.month)).\(dt.date.year) \(dt.time.iso)"
        default: return value.plainText
        }
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// `display(value).trimmedWhitespace`, `nil` when that is empty; a text that starts and ends
    /// with a visible ASCII character (most cells) is taken as it is, without looking up the
    /// Unicode properties of its ends.
    static func trimmedText(_ value: CellValue) -> String? {
        if case .text(let s) = value, let first = s.utf8.first, let last = s.utf8.last,
            (0x21...0x7E).contains(first), (0x21...0x7E).contains(last)
        {
            return s
        }
        let t = display(value).trimmedWhitespace
        return t.isEmpty ? nil : t
    }

    /// A verdict cell: booleans, 1/0 as numbers, and every spelling ``Relevanz/parse(_:)`` knows.
    /// Empty is `.offen`.
    public static func relevanz(_ value: CellValue) -> Relevanz? {
        switch value {
        case .empty: return .offen
        case .boolean(let b): return b ? .ja : .nein
        case .number(let n):
            if n == 1 { return .ja }
            if n == 0 { return .nein }
            return nil
        case .text(let s): return Relevanz.parse(s)
        default: return nil
        }
    }

    /// What a LeiKa key cell holds.
    public enum KeyValue: Hashable, Sendable {
        case empty
        /// `nicht im LeiKa` and similar: the Einzelleistung has no key.
        case noKey
        case key(LeikaKey)
        case invalid(String)
    }

    static let noKeyTexts: Set<String> = ["nichtimleika", "nichtinleika", "ohneleika", "keinleika", "ohne", "na", "keiner", "kein"]

    public static func leikaKey(_ value: CellValue) -> KeyValue {
        switch value {
        case .empty: return .empty
        case .number(let n): return LeikaKey(number: n).map(KeyValue.key) ?? .invalid(display(value))
        case .text(let s):
            // The common case, 14 digits starting `99` as the pack writes them: what the general
            // reading below gives, without folding white space character by character.
            if s.utf8.count == 14, let k = LeikaKey(digits: s) { return .key(k) }
            let trimmed = s.trimmedWhitespace
            if trimmed.isEmpty { return .empty }
            // A leading apostrophe is how people force text in Excel.
            let t = trimmed.hasPrefix("'") ? String(trimmed.dropFirst()) : trimmed
            if let k = LeikaKey(text: t) { return .key(k) }
            if trimmed == "-" || trimmed == "–" { return .noKey }
            if noKeyTexts.contains(HeaderText.compact(trimmed)) { return .noKey }
            return .invalid(trimmed)
        default: return .invalid(display(value))
        }
    }

    /// An OZG-ID: a whole number from 1 to 99999, as number or text.
    public static func ozgId(_ value: CellValue) -> Int? {
        switch value {
        case .number(let n):
            guard n == n.rounded(), n >= 1, n <= 99_999 else { return nil }
            return Int(n)
        case .text(let s):
            let t = s.trimmedWhitespace
            guard let n = Int(t), n >= 1, n <= 99_999 else { return nil }
            return n
        default: return nil
        }
    }

    /// The drop-down texts the template offers for the Reifegrad (`3 – Online-Leistung`).
    public static var reifegradLabels: [String] { Reifegrad.allCases.map(\.description) }

    /// A Reifegrad as 0–4 (number or text), a name (`Online-Leistung`), or both (`3 Online-Leistung`,
    /// `Stufe 3`).
    public static func reifegrad(_ value: CellValue) -> Reifegrad? {
        switch value {
        case .number(let n):
            guard let i = Int(exactly: n) else { return nil }
            return Reifegrad(rawValue: i)
        case .text(let s):
            let c = HeaderText.compact(s)
            if let first = c.first, let d = first.wholeNumberValue, c.count == 1 || !(c.dropFirst().first?.isNumber ?? false) {
                return Reifegrad(rawValue: d)
            }
            let names: [(String, Reifegrad)] = [
                ("offline", .offline), ("information", .information), ("formularassistent", .formularAssistent),
                ("onlineleistung", .onlineLeistung), ("onlinetransaktion", .onlineTransaktion),
            ]
            for (name, r) in names where c == name || c.hasSuffix(name) { return r }
            for (prefix, _) in [("stufe", 0), ("level", 0), ("rg", 0)] where c.hasPrefix(prefix) {
                if let d = c.dropFirst(prefix.count).first?.wholeNumberValue { return Reifegrad(rawValue: d) }
            }
            return Reifegrad.parse(s)
        default: return nil
        }
    }

    /// A Status in the spellings people use (`in Arbeit`, `erledigt`, `zurückgest.`).
    public static func status(_ value: CellValue) -> VorhabenStatus? {
        guard case .text(let s) = value else { return nil }
        switch HeaderText.compact(s) {
        case "geplant", "planung", "inplanung", "offen", "neu", "nichtbegonnen": return .geplant
        case "inumsetzung", "inarbeit", "begonnen", "laufend", "läuft", "inbearbeitung", "umsetzung": return .inUmsetzung
        case "umgesetzt", "erledigt", "fertig", "abgeschlossen", "live", "online", "produktiv": return .umgesetzt
        case "zurückgestellt", "zurückgest", "zurueckgestellt", "pausiert", "gestoppt", "verschoben": return .zurueckgestellt
        default: return nil
        }
    }

    /// A priority 1–9, or `hoch` (1), `mittel` (2), `niedrig` (3).
    public static func prioritaet(_ value: CellValue) -> Int? {
        switch value {
        case .number(let n):
            guard n == n.rounded(), n >= 1, n <= 9 else { return nil }
            return Int(n)
        case .text(let s):
            let c = HeaderText.compact(s)
            if let n = Int(c), (1...9).contains(n) { return n }
            switch c {
            case "hoch", "sehrhoch", "a": return 1
            case "mittel", "b": return 2
            case "niedrig", "gering", "c": return 3
            default: return nil
            }
        default: return nil
        }
    }

    /// The Lösungsansätze of the template's drop-down; other text is kept as written.
    public static let loesungsansaetze = [
        "EfA", "Landeslösung", "Bundeslösung", "Kommunale Gemeinschaftslösung", "Eigenentwicklung", "Marktlösung", "offen",
    ]

    /// The canonical spelling of a known Lösungsansatz, or the trimmed text.
    public static func loesungsansatz(_ text: String) -> String {
        let c = HeaderText.compact(text)
        if c == "einerfüralle" || c == "efalösung" || c == "efaleistung" { return "EfA" }
        return loesungsansaetze.first { HeaderText.compact($0) == c } ?? text.trimmedWhitespace
    }
}
