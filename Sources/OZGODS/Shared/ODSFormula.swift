import Foundation

/// Conversions between Excel A1 formulas and OpenFormula (`of:=`), for simple formulas.
///
/// ``ODSReader`` keeps formulas in ODF syntax (`of:=SUM([.A1:.A3])`) and ``ODSWriter`` writes
/// Excel formulas it can translate; a converter writing an .ods formula into .xlsx (or the
/// other way) uses these. Both return `nil` for what they cannot translate simply (names,
/// whole columns, structured references, arrays): write the cached value alone then.
public enum ODSFormula {
    /// `SUM(A1:A3)` or `=SUM(A1:A3)` → `of:=SUM([.A1:.A3])`; an `of:` formula is returned as it is.
    public static func openFormula(fromExcel formula: String) -> String? {
        FormulaTranslator.openFormula(formula)
    }

    /// `of:=SUM([.A1:.A3];[$Daten.B2])` → `SUM(A1:A3,Daten!B2)` (without `=`); a formula
    /// without the `of:` prefix is taken as Excel syntax already and returned as it is.
    public static func excel(fromOpenFormula formula: String) -> String? {
        guard formula.hasPrefix("of:") else { return formula.hasPrefix("=") ? String(formula.dropFirst()) : formula }
        var f = Substring(formula.dropFirst(3))
        if f.hasPrefix("=") { f = f.dropFirst() }
        var out = ""
        var i = f.startIndex
        while i < f.endIndex {
            let c = f[i]
            if c == "\"" {
                var j = f.index(after: i)
                while j < f.endIndex {
                    if f[j] == "\"" {
                        let k = f.index(after: j)
                        if k < f.endIndex, f[k] == "\"" { j = f.index(after: k); continue }
                        break
                    }
                    j = f.index(after: j)
                }
                guard j < f.endIndex else { return nil }
                out += f[i...j]
                i = f.index(after: j)
                continue
            }
            if c == "[" {
                guard let close = f[i...].firstIndex(of: "]") else { return nil }
                let inner = f[f.index(after: i)..<close]
                guard let ref = reference(inner) else { return nil }
                out += ref
                i = f.index(after: close)
                continue
            }
            if c == ";" { out += ","; i = f.index(after: i); continue }
            if c == "{" || c == "#" { return nil }
            out.append(c)
            i = f.index(after: i)
        }
        return out.replacingOccurrences(of: "TRUE()", with: "TRUE").replacingOccurrences(of: "FALSE()", with: "FALSE")
    }

    /// `.A1`, `.$A$1:.B2`, `$Daten.A1`, `'Mein Blatt'.A1:.B2` → Excel A1 syntax.
    private static func reference(_ r: Substring) -> String? {
        var parts: [String] = []
        var sheet: String?
        for (n, piece) in r.split(separator: ":", omittingEmptySubsequences: false).enumerated() {
            var p = piece
            if p.hasPrefix(".") {
                parts.append(String(p.dropFirst()))
                continue
            }
            if p.hasPrefix("$") { p = p.dropFirst() }
            var name = ""
            if p.hasPrefix("'") {
                var i = p.index(after: p.startIndex)
                var closed = false
                while i < p.endIndex {
                    if p[i] == "'" {
                        let k = p.index(after: i)
                        if k < p.endIndex, p[k] == "'" { name.append("'"); i = p.index(after: k); continue }
                        closed = true
                        break
                    }
                    name.append(p[i])
                    i = p.index(after: i)
                }
                guard closed else { return nil }
                p = p[p.index(after: i)...]
            } else {
                guard let dot = p.firstIndex(of: ".") else { return nil }
                name = String(p[..<dot])
                p = p[dot...]
            }
            guard p.hasPrefix(".") else { return nil }
            if n == 0 { sheet = name }
            parts.append(String(p.dropFirst()))
        }
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        let range = parts.joined(separator: ":")
        guard let sheet else { return range }
        let plain = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !(sheet.first?.isNumber ?? true)
        return (plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'") + "!" + range
    }
}
