import OZGSpreadsheet

/// Translates an Excel-syntax number format code into an ODF data style element.
///
/// Only the first section of the code is used. Covered: integers and decimals (`0`, `0.00`),
/// grouping (`#,##0.00`), percentages, currency symbols (`€`, `[$€-407]`), scientific
/// (`0.00E+00`), simple fractions, literal text around numbers, text (`@`), and dates, times,
/// date-times and elapsed durations built from `d`, `m`, `y`, `h`, `s`, `AM/PM` and `[h]`.
/// Colours, conditions and fill characters are dropped. `General` has no data style.
enum DataStyleWriter {
    /// The `number:*-style` element for `code`, named `name`; `nil` for General.
    static func xml(code: String, name: String) -> String? {
        let format = NumberFormat(code)
        if format.kind == .general { return nil }
        let tokens = tokenize(firstSection(code))
        if format.kind == .text {
            return "<number:text-style style:name=\"\(name)\">"
                + literalsAround(tokens, inner: "<number:text-content/>", marker: .at) + "</number:text-style>"
        }
        if format.kind.isTemporal { return temporal(tokens, kind: format.kind, name: name) }
        return numeric(tokens, kind: format.kind, name: name)
    }

    enum Token: Equatable {
        case literal(String)
        case letters(Character, Int)  // y, m, d, h, s (lower case) and run length
        case elapsed(Character)  // [h], [m], [s]
        case ampm
        case number(String)  // the digits part: 0 # ? , . and E+00
        case percent
        case currency(String)
        case at
    }

    static func firstSection(_ code: String) -> String {
        var inQuote = false
        var out = ""
        var escape = false
        for c in code {
            if escape { out.append(c); escape = false; continue }
            if c == "\\" { escape = true; out.append(c); continue }
            if c == "\"" { inQuote.toggle() }
            if c == ";" && !inQuote { break }
            out.append(c)
        }
        return out
    }

    static func tokenize(_ code: String) -> [Token] {
        let chars = Array(code)
        var tokens: [Token] = []
        var i = 0
        func lit(_ s: String) {
            if case .literal(let prev)? = tokens.last {
                tokens[tokens.count - 1] = .literal(prev + s)
            } else {
                tokens.append(.literal(s))
            }
        }
        while i < chars.count {
            let c = chars[i]
            let lower = Character(c.lowercased())
            switch c {
            case "\"":
                var j = i + 1
                var s = ""
                while j < chars.count, chars[j] != "\"" { s.append(chars[j]); j += 1 }
                lit(s)
                i = j + 1
            case "\\":
                if i + 1 < chars.count { lit(String(chars[i + 1])) }
                i += 2
            case "_":
                lit(" ")
                i += 2
            case "*":
                i += 2
            case "[":
                var j = i + 1
                var inner = ""
                while j < chars.count, chars[j] != "]" { inner.append(chars[j]); j += 1 }
                i = j + 1
                let l = inner.lowercased()
                if let f = l.first, !l.isEmpty, l.allSatisfy({ $0 == f }), "hms".contains(f) {
                    tokens.append(.elapsed(f))
                } else if inner.hasPrefix("$") {
                    let sym = inner.dropFirst().split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                    if !sym.isEmpty { tokens.append(.currency(String(sym))) }
                }
            case "%":
                tokens.append(.percent)
                i += 1
            case "@":
                tokens.append(.at)
                i += 1
            case "€", "$", "£", "¥":
                tokens.append(.currency(String(c)))
                i += 1
            case "0", "#", "?":
                var s = ""
                while i < chars.count, "0#?,.".contains(chars[i]) { s.append(chars[i]); i += 1 }
                if i < chars.count, chars[i] == "E" || chars[i] == "e", i + 1 < chars.count,
                    chars[i + 1] == "+" || chars[i + 1] == "-"
                {
                    s.append("E")
                    i += 2
                    while i < chars.count, chars[i] == "0" { s.append("0"); i += 1 }
                }
                tokens.append(.number(s))
            default:
                if String(chars[i...].prefix(5)).lowercased() == "am/pm" {
                    tokens.append(.ampm)
                    i += 5
                } else if String(chars[i...].prefix(3)).lowercased() == "a/p" {
                    tokens.append(.ampm)
                    i += 3
                } else if "ymdhs".contains(lower) {
                    var n = 0
                    while i < chars.count, Character(chars[i].lowercased()) == lower { n += 1; i += 1 }
                    tokens.append(.letters(lower, n))
                } else if lower == "e" || lower == "g" {
                    tokens.append(.letters("y", 4))
                    i += 1
                } else {
                    lit(String(c))
                    i += 1
                }
            }
        }
        return tokens
    }

    private static func textElement(_ s: String) -> String {
        "<number:text>" + escape(s) + "</number:text>"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func literalsAround(_ tokens: [Token], inner: String, marker: Token) -> String {
        var out = ""
        var placed = false
        for t in tokens {
            switch t {
            case .literal(let s): out += textElement(s)
            case marker where !placed: out += inner; placed = true
            default: break
            }
        }
        return placed ? out : out + inner
    }

    private static func temporal(_ tokens: [Token], kind: NumberFormat.Kind, name: String) -> String {
        var body = ""
        var hasDate = false
        var skip = Set<Int>()
        for (idx, t) in tokens.enumerated() where !skip.contains(idx) {
            switch t {
            case .literal(let s): body += textElement(s)
            case .elapsed(let c):
                switch c {
                case "h": body += "<number:hours number:style=\"long\"/>"
                case "m": body += "<number:minutes number:style=\"long\"/>"
                default: body += "<number:seconds number:style=\"long\"/>"
                }
            case .ampm: body += "<number:am-pm/>"
            case .letters(let c, let n):
                let long = n >= 2 ? " number:style=\"long\"" : ""
                switch c {
                case "y":
                    hasDate = true
                    body += "<number:year\(n >= 3 ? " number:style=\"long\"" : "")/>"
                case "d":
                    hasDate = true
                    body += n >= 3 ? "<number:day-of-week\(n >= 4 ? " number:style=\"long\"" : "")/>" : "<number:day\(long)/>"
                case "h": body += "<number:hours\(long)/>"
                case "s":
                    var decimals = 0
                    if idx + 2 < tokens.count, tokens[idx + 1] == .literal("."), case .number(let digits) = tokens[idx + 2] {
                        decimals = digits.filter { $0 == "0" }.count
                        skip.insert(idx + 1)
                        skip.insert(idx + 2)
                    }
                    body += "<number:seconds\(long)\(decimals > 0 ? " number:decimal-places=\"\(decimals)\"" : "")/>"
                default:  // m: month or minute
                    if isMinute(tokens, idx) {
                        body += "<number:minutes\(long)/>"
                    } else {
                        hasDate = true
                        switch n {
                        case 1, 2: body += "<number:month\(long)/>"
                        case 3: body += "<number:month number:textual=\"true\"/>"
                        default: body += "<number:month number:style=\"long\" number:textual=\"true\"/>"
                        }
                    }
                }
            default: break
            }
        }
        if kind == .duration {
            return "<number:time-style style:name=\"\(name)\" number:truncate-on-overflow=\"false\">" + body
                + "</number:time-style>"
        }
        if !hasDate { return "<number:time-style style:name=\"\(name)\">" + body + "</number:time-style>" }
        return "<number:date-style style:name=\"\(name)\">" + body + "</number:date-style>"
    }

    /// An `m` run is a minute after an hour or before a second (separators between).
    private static func isMinute(_ tokens: [Token], _ idx: Int) -> Bool {
        var j = idx - 1
        while j >= 0 {
            if case .literal = tokens[j] { j -= 1; continue }
            if case .letters("h", _) = tokens[j] { return true }
            if case .elapsed("h") = tokens[j] { return true }
            break
        }
        var k = idx + 1
        while k < tokens.count {
            if case .literal = tokens[k] { k += 1; continue }
            if case .letters("s", _) = tokens[k] { return true }
            if case .elapsed("s") = tokens[k] { return true }
            break
        }
        return false
    }

    private static func numeric(_ tokens: [Token], kind: NumberFormat.Kind, name: String) -> String {
        var body = ""
        var currency: String?
        var numbers = 0
        for t in tokens {
            switch t {
            case .literal(let s): body += textElement(s)
            case .percent: body += textElement("%")
            case .currency(let s):
                currency = s
                body += "<number:currency-symbol>" + escape(s) + "</number:currency-symbol>"
            case .number(let digits):
                numbers += 1
                if kind == .fraction && numbers > 1 { continue }
                body += numberElement(digits, kind: kind, rest: tokens)
            default: break
            }
        }
        let element: String
        if currency != nil { element = "number:currency-style" }
        else if kind == .percent { element = "number:percentage-style" }
        else { element = "number:number-style" }
        return "<\(element) style:name=\"\(name)\">" + body + "</\(element)>"
    }

    private static func numberElement(_ digits: String, kind: NumberFormat.Kind, rest: [Token]) -> String {
        let mantissa = digits.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false)
        let main = String(mantissa.first ?? "")
        let parts = main.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = parts.first.map(String.init) ?? ""
        let decPart = parts.count > 1 ? String(parts[1]) : ""
        let decimals = decPart.filter { "0#?".contains($0) }.count
        let minInt = intPart.filter { $0 == "0" }.count
        let grouping = intPart.contains(",") && intPart.last != ","
        var attrs = " number:decimal-places=\"\(decimals)\""
        if kind != .fraction {
            attrs += " number:min-integer-digits=\"\(minInt)\""
        }
        if grouping { attrs += " number:grouping=\"true\"" }
        if mantissa.count > 1 {
            let exp = mantissa[1].count
            return "<number:scientific-number\(attrs) number:min-exponent-digits=\"\(max(exp, 1))\"/>"
        }
        if kind == .fraction {
            return "<number:fraction number:min-integer-digits=\"0\" number:min-numerator-digits=\"1\" number:min-denominator-digits=\"1\"/>"
        }
        return "<number:number\(attrs)/>"
    }
}
