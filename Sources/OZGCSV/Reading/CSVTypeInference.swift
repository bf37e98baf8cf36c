import OZGSpreadsheet

/// Recognises numbers, booleans and dates in CSV fields, only where the reading is unambiguous.
///
/// - Integers: an optional sign and at most 15 digits, without a leading zero (`0815`,
///   `08111000` stay text, and so do longer keys: a double keeps only 15 digits safely).
/// - Decimals: `1.5`, `-0.25`, `1,5` (German), and with thousands separators `1.234,5`,
///   `1,234.5`, `1.234.567`, `1,234,567`. A single separator followed by exactly three digits
///   (`1.234`, `1,234`) means a thousand in one convention and a fraction in the other: text.
///   At most 15 significant digits.
/// - Scientific notation with a decimal point: `1.5E+10`, `2e-3`.
/// - Booleans: `TRUE`, `FALSE`, `WAHR`, `FALSCH` in any case.
/// - Dates: `2024-03-15` and `15.03.2024` (valid calendar dates only).
/// - Everything else, including fields with spaces around them, stays text.
public enum CSVTypeInference {
    public static func value(of field: String) -> CellValue {
        let u = field.utf8
        guard let first = u.first, let last = u.last else { return .empty }
        if first == 0x20 || last == 0x20 { return .text(field) }
        if first >= 0x41 {  // a letter: maybe a boolean
            switch field.uppercased() {
            case "TRUE", "WAHR": return .boolean(true)
            case "FALSE", "FALSCH": return .boolean(false)
            default: return .text(field)
            }
        }
        if let n = number(Array(u)) { return .number(n) }
        if let d = date(Array(u)) { return .date(d) }
        return .text(field)
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A number in one of the unambiguous forms, else `nil`.
    static func number(_ b: [UInt8]) -> Double? {
        var i = 0
        var negative = false
        if b.first == UInt8(ascii: "-") || b.first == UInt8(ascii: "+") {
            negative = b[0] == UInt8(ascii: "-")
            i = 1
        }
        let body = Array(b[i...])
        guard let f = body.first, isDigit(f) else { return nil }
        // Scientific notation: digits, optional point and digits, e, sign, digits.
        if body.contains(where: { $0 | 0x20 == UInt8(ascii: "e") }) {
            guard body.allSatisfy({ isDigit($0) || $0 == 0x2E || $0 | 0x20 == 0x65 || $0 == 0x2B || $0 == 0x2D }),
                let v = Double(String(decoding: b, as: UTF8.self)), v.isFinite
            else { return nil }
            return v
        }
        // Split into digit groups and the separators between them.
        var groups: [[UInt8]] = [[]]
        var seps: [UInt8] = []
        for c in body {
            if isDigit(c) {
                groups[groups.count - 1].append(c)
            } else if c == 0x2E || c == 0x2C {
                seps.append(c)
                groups.append([])
            } else {
                return nil
            }
        }
        guard groups.allSatisfy({ !$0.isEmpty }) else { return nil }
        var intDigits: [UInt8]
        var fracDigits: [UInt8] = []
        switch seps.count {
        case 0:
            intDigits = groups[0]
        case 1:
            // One separator: ambiguous when exactly three digits follow.
            if groups[1].count == 3 { return nil }
            intDigits = groups[0]
            fracDigits = groups[1]
        default:
            // Thousands separators: all the same, groups of three, maybe one decimal separator of the other kind at the end.
            let thousands = seps[0]
            var lastThousand = seps.count - 1
            if seps[seps.count - 1] != thousands { lastThousand = seps.count - 2 }
            guard seps[0...lastThousand].allSatisfy({ $0 == thousands }), groups[0].count <= 3, groups[0].first != 0x30 else { return nil }
            for k in 1...(lastThousand + 1) where groups[k].count != 3 { return nil }
            intDigits = Array(groups[0...(lastThousand + 1)].joined())
            if lastThousand != seps.count - 1 { fracDigits = groups[groups.count - 1] }
        }
        if intDigits.count > 1 && intDigits[0] == 0x30 { return nil }
        let significant = (intDigits + fracDigits).drop { $0 == 0x30 }.count
        guard significant <= 15, intDigits.count <= 15 else { return nil }
        var text = String(decoding: intDigits, as: UTF8.self)
        if !fracDigits.isEmpty { text += "." + String(decoding: fracDigits, as: UTF8.self) }
        guard let v = Double(text) else { return nil }
        return negative ? -v : v
    }

    /// `YYYY-MM-DD` or `DD.MM.YYYY`.
    static func date(_ b: [UInt8]) -> CalendarDate? {
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r {
                guard isDigit(b[k]) else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard b.count == 10 else { return nil }
        if b[4] == 0x2D, b[7] == 0x2D, let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) {
            return CalendarDate(validYear: y, month: m, day: d)
        }
        if b[2] == 0x2E, b[5] == 0x2E, let d = num(0..<2), let m = num(3..<5), let y = num(6..<10) {
            return CalendarDate(validYear: y, month: m, day: d)
        }
        return nil
    }
}
