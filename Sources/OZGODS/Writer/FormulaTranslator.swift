import OZGSpreadsheet

/// Translates simple Excel A1 formulas into OpenFormula (`of:=`) for `table:formula`.
///
/// A formula already in ODF syntax (`of:=…`, as ``ODSReader`` stores it) is kept as it is.
/// Translated: function calls, cell references and ranges (`A1` → `[.A1]`, `$A$1:B2` →
/// `[.$A$1:.B2]`), references to other sheets (`Daten!A1`, `'Mein Blatt'!A1:B2`), numbers,
/// strings, operators, `TRUE`/`FALSE`, and `,` argument separators (→ `;`). Anything else
/// (names, whole columns `A:A`, structured references, array constants, R1C1) returns `nil`:
/// the writer then writes only the cached value.
enum FormulaTranslator {
    static func openFormula(_ formula: String) -> String? {
        if formula.hasPrefix("of:") { return formula }
        let f = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        let c = Array(f)
        var out = "of:="
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "\"" {
                var j = i + 1
                while j < c.count {
                    if c[j] == "\"" {
                        if j + 1 < c.count, c[j + 1] == "\"" { j += 2; continue }
                        break
                    }
                    j += 1
                }
                guard j < c.count else { return nil }
                out += String(c[i...j])
                i = j + 1
                continue
            }
            if ch == "," { out += ";"; i += 1; continue }
            if "+-*/^&=<>()%; ".contains(ch) { out.append(ch); i += 1; continue }
            if ch.isNumber || ch == "." {
                var j = i
                while j < c.count, c[j].isNumber || c[j] == "." || c[j] == "E" || c[j] == "e"
                    || ((c[j] == "+" || c[j] == "-") && j > i && (c[j - 1] == "E" || c[j - 1] == "e"))
                {
                    j += 1
                }
                out += String(c[i..<j])
                i = j
                continue
            }
            // A sheet prefix: 'Quoted name'! or Name!
            var sheet: String?
            if ch == "'" {
                var j = i + 1
                var name = ""
                while j < c.count {
                    if c[j] == "'" {
                        if j + 1 < c.count, c[j + 1] == "'" { name.append("'"); j += 2; continue }
                        break
                    }
                    name.append(c[j])
                    j += 1
                }
                guard j + 1 < c.count, c[j + 1] == "!" else { return nil }
                sheet = name
                i = j + 2
            }
            // An identifier: function, reference, TRUE/FALSE or sheet name.
            var j = i
            while j < c.count, c[j].isLetter || c[j].isNumber || c[j] == "$" || c[j] == "_" || c[j] == "." { j += 1 }
            guard j > i else { return nil }
            let word = String(c[i..<j])
            if sheet == nil, j < c.count, c[j] == "!" {
                sheet = word
                i = j + 1
                j = i
                while j < c.count, c[j].isLetter || c[j].isNumber || c[j] == "$" { j += 1 }
            }
            let ident = String(c[i..<j])
            if sheet == nil, j < c.count, c[j] == "(" {
                guard ident.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }) else { return nil }
                out += ident.uppercased()
                i = j
                continue
            }
            if sheet == nil, ["TRUE", "FALSE"].contains(ident.uppercased()) {
                out += ident.uppercased() + "()"
                i = j
                continue
            }
            guard CellReference(ident) != nil else { return nil }
            let prefix = sheet.map { "$" + quoteSheet($0) } ?? ""
            var ref = "[" + prefix + "." + ident
            i = j
            if i < c.count, c[i] == ":" {
                var k = i + 1
                while k < c.count, c[k].isLetter || c[k].isNumber || c[k] == "$" { k += 1 }
                let second = String(c[(i + 1)..<k])
                guard CellReference(second) != nil else { return nil }
                ref += ":." + second
                i = k
            }
            out += ref + "]"
        }
        return out
    }

    /// A sheet name for a reference, quoted when it is not a plain word.
    static func quoteSheet(_ name: String) -> String {
        if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !(name.first?.isNumber ?? true) {
            return name
        }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
