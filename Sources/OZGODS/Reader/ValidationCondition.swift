import Foundation
import OZGSpreadsheet

/// Reads the parts of ODF formulas the reader needs: list validations and range addresses.
enum ValidationCondition {
    /// `of:cell-content-is-in-list("a";"b")` → values; `…([$Listen.$A$1:.$A$4])` → a source
    /// in Excel syntax (`Listen!$A$1:$A$4`). `nil` for other conditions.
    static func list(_ condition: String) -> (values: [String], source: String?)? {
        var c = Substring(condition)
        if let colon = c.firstIndex(of: ":"), c[..<colon].allSatisfy({ $0.isLetter }) { c = c[c.index(after: colon)...] }
        guard let open = c.range(of: "cell-content-is-in-list("), c.hasSuffix(")") else { return nil }
        let inner = c[open.upperBound..<c.index(before: c.endIndex)]
        var values: [String] = []
        var i = inner.startIndex
        var sawReference = false
        while i < inner.endIndex {
            let ch = inner[i]
            if ch == "\"" {
                var s = ""
                var j = inner.index(after: i)
                while j < inner.endIndex {
                    if inner[j] == "\"" {
                        let k = inner.index(after: j)
                        if k < inner.endIndex, inner[k] == "\"" { s.append("\""); j = inner.index(after: k); continue }
                        break
                    }
                    s.append(inner[j])
                    j = inner.index(after: j)
                }
                values.append(s)
                i = j < inner.endIndex ? inner.index(after: j) : j
            } else {
                if ch == "[" { sawReference = true }
                i = inner.index(after: i)
            }
        }
        if sawReference && values.isEmpty {
            var ref = String(inner).trimmingCharacters(in: ["[", "]", " "])
            var sheet = ""
            if ref.hasPrefix("$") { ref.removeFirst() }
            if let dot = ref.firstIndex(of: "."), dot != ref.startIndex {
                sheet = String(ref[..<dot])
                ref = String(ref[ref.index(after: dot)...])
            } else if ref.hasPrefix(".") {
                ref.removeFirst()
            }
            ref = ref.replacingOccurrences(of: ":.", with: ":")
            if let c2 = ref.range(of: ":") , let dot2 = ref[c2.upperBound...].firstIndex(of: "."), dot2 > c2.upperBound {
                // `A1:Sheet.B2` — drop the repeated sheet.
                ref = String(ref[..<c2.upperBound]) + ref[ref.index(after: dot2)...]
            }
            return ([], sheet.isEmpty ? ref : sheet + "!" + ref)
        }
        return (values, nil)
    }

    /// `Werte.A1:Werte.J3`, `'Mein Blatt'.A1:'Mein Blatt'.B2`, `$Werte.$A$1:.$J$3` → sheet and range.
    static func rangeAddress(_ address: String) -> (String, CellRange)? {
        var parts: [(sheet: String?, cell: String)] = []
        var s = Substring(address)
        while !s.isEmpty {
            var sheet: String?
            if s.hasPrefix("$") { s = s.dropFirst() }
            if s.hasPrefix("'") {
                var name = ""
                var i = s.index(after: s.startIndex)
                while i < s.endIndex {
                    if s[i] == "'" {
                        let k = s.index(after: i)
                        if k < s.endIndex, s[k] == "'" { name.append("'"); i = s.index(after: k); continue }
                        break
                    }
                    name.append(s[i])
                    i = s.index(after: i)
                }
                sheet = name
                s = i < s.endIndex ? s[s.index(after: i)...] : ""
            } else if let dot = s.firstIndex(of: "."), s[..<dot].firstIndex(of: ":") == nil {
                if dot != s.startIndex { sheet = String(s[..<dot]) }
                s = s[dot...]
            }
            if s.hasPrefix(".") { s = s.dropFirst() }
            let end = s.firstIndex(of: ":") ?? s.endIndex
            parts.append((sheet, String(s[..<end]).replacingOccurrences(of: "$", with: "")))
            s = end < s.endIndex ? s[s.index(after: end)...] : ""
        }
        guard let first = parts.first, let sheet = first.sheet, let a = CellReference(first.cell) else { return nil }
        let b = parts.count > 1 ? CellReference(parts[1].cell) : a
        guard let b else { return nil }
        return (sheet, CellRange(start: a, end: b))
    }
}
