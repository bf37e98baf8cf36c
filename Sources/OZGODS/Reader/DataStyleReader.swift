import Foundation
import OZGSpreadsheet
import OZGXML

/// Translates an ODF data style (`number:number-style`, `number:date-style` …) into an
/// Excel-syntax format code, so a percent stays a percent and a date a date.
///
/// Covered: decimals, minimum integer digits, grouping, percentages, currency symbols,
/// scientific and fraction numbers, literal text, text styles (`@`), and the date and time
/// parts; `number:truncate-on-overflow="false"` makes the hours elapsed (`[h]`). A code equal
/// (ignoring case) to one of the model's constants (`DD.MM.YYYY`, `yyyy-mm-dd` …) is returned
/// in the constant's spelling, so formats survive an ods round trip unchanged.
enum DataStyleReader {
    static func read(_ x: XMLScanner, _ n: ODSNames, element: XMLName, truncateOff: Bool) throws -> ODSStyleSheet.DataStyleInfo {
        var code = ""
        var positive: String?
        let isTime = element == n.timeStyle
        let isPercent = element == n.percentageStyle
        let end = x.depth - 1
        while x.depth > end {
            guard case .startElement(let el) = try x.next() else { continue }
            let long = x.attribute(n.numStyle) == "long"
            switch el {
            case n.numberEl, n.sciNumber:
                let decimals = x.attributeInt(n.decimalPlaces) ?? 0
                let minInt = x.attributeInt(n.minIntegerDigits) ?? 1
                let grouping = x.attribute(n.grouping) == "true"
                var s = minInt == 0 ? "#" : String(repeating: "0", count: min(minInt, 20))
                if grouping { s = "#,##" + (minInt == 0 ? "#" : s) }
                if decimals > 0 { s += "." + String(repeating: "0", count: min(decimals, 20)) }
                if el == n.sciNumber { s += "E+" + String(repeating: "0", count: max(1, min(x.attributeInt(n.minExponentDigits) ?? 2, 5))) }
                code += s
                try x.skipElement()
            case n.fraction:
                code += "# ?/?"
                try x.skipElement()
            case n.numText:
                let t = try x.elementText()
                code += literal(t, percent: isPercent)
            case n.currencySymbol:
                let sym = try x.elementText()
                code += (sym == "€" || sym == "$" || sym == "£") ? sym : "[$" + sym + "]"
            case n.day: code += long ? "dd" : "d"
            case n.month:
                let textual = x.attribute(n.textual) == "true"
                code += textual ? (long ? "mmmm" : "mmm") : (long ? "mm" : "m")
            case n.year: code += long ? "yyyy" : "yy"
            case n.dayOfWeek: code += long ? "dddd" : "ddd"
            case n.hours:
                let h = long ? "hh" : "h"
                code += isTime && truncateOff ? "[" + h + "]" : h
            case n.minutes: code += long ? "mm" : "m"
            case n.seconds:
                code += long ? "ss" : "s"
                let d = x.attributeInt(n.decimalPlaces) ?? 0
                if d > 0 { code += "." + String(repeating: "0", count: min(d, 9)) }
            case n.amPm: code += "AM/PM"
            case n.textContent: code += "@"
            case n.booleanEl: code += "General"
            case n.map:
                let cond = x.attribute(n.condition) ?? ""
                if cond.replacingOccurrences(of: " ", with: "") == "value()>=0", let s = x.attribute(n.applyStyleName) {
                    positive = s
                }
            default:
                break
            }
        }
        if code.isEmpty { code = "General" }
        return ODSStyleSheet.DataStyleInfo(
            code: code, positiveStyle: positive, isDuration: isTime && truncateOff, isBoolean: element == n.booleanStyle)
    }

    /// A literal for an Excel code: separators as they are, other text in quotes.
    static func literal(_ t: String, percent: Bool) -> String {
        if t.isEmpty { return "" }
        if percent && t.trimmingCharacters(in: .whitespaces) == "%" { return t }
        if t.allSatisfy({ " .,-/:()".contains($0) }) { return t }
        if t == "€" || t == "$" { return t }
        return "\"" + t.replacingOccurrences(of: "\"", with: "") + "\""
    }

    static let constants: [NumberFormat] = [
        .isoDate, .germanDate, .dateTime, .time, .duration, .percent, .percent2, .integer, .decimal2, .text,
    ]

    /// The model's constant when the code equals one ignoring case, else a new format.
    static func canonical(_ code: String) -> NumberFormat {
        let lower = code.lowercased()
        for c in constants where c.code.lowercased() == lower { return c }
        return NumberFormat(code)
    }
}
