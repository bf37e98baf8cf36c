import OZGSpreadsheet

/// Moves the relative references of an A1 formula by whole rows and columns, as Excel does
/// when it fills a shared formula from its master cell.
///
/// Returns `nil` whenever the result could be wrong: whole-row or whole-column ranges,
/// structured or external references (`[`), references moved off the grid. The caller then
/// keeps only the cached value.
enum FormulaShifter {
    static func shift(_ formula: String, rows dr: Int, columns dc: Int) -> String? {
        if dr == 0 && dc == 0 { return formula }
        let b = Array(formula.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 8)
        var i = 0
        func isIdent(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F || c == 0x2E || c == 0x24
                || c >= 0x80
        }
        while i < b.count {
            let c = b[i]
            if c == 0x22 || c == 0x27 {  // "text" or 'sheet name'
                let q = c
                out.append(c)
                i += 1
                while i < b.count {
                    out.append(b[i])
                    if b[i] == q {
                        if i + 1 < b.count && b[i + 1] == q {
                            out.append(q)
                            i += 2
                            continue
                        }
                        break
                    }
                    i += 1
                }
                i += 1
                continue
            }
            if c == 0x5B { return nil }  // [
            if !isIdent(c) {
                out.append(c)
                i += 1
                continue
            }
            var j = i
            while j < b.count && isIdent(b[j]) { j += 1 }
            let token = Array(b[i..<j])
            let next: UInt8? = j < b.count ? b[j] : nil
            let prev: UInt8? = i > 0 ? b[i - 1] : nil
            if next == 0x28 || next == 0x21 {  // function( or Sheet!
                out.append(contentsOf: token)
            } else if let moved = move(token, dr: dr, dc: dc) {
                out.append(contentsOf: moved)
            } else if token.allSatisfy({ $0 == 0x24 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }), next == 0x3A || prev == 0x3A {
                return nil  // A:A
            } else if token.allSatisfy({ $0 == 0x24 || ($0 >= 0x30 && $0 <= 0x39) }), next == 0x3A || prev == 0x3A {
                return nil  // 1:1
            } else if isReferenceShaped(token) {
                return nil  // a reference that would leave the grid
            } else {
                out.append(contentsOf: token)
            }
            i = j
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isReferenceShaped(_ t: [UInt8]) -> Bool { parse(t) != nil }

    private static func parse(_ t: [UInt8]) -> (colAbs: Bool, col: Int, rowAbs: Bool, row: Int)? {
        var i = 0
        var colAbs = false, rowAbs = false
        if i < t.count && t[i] == 0x24 { colAbs = true; i += 1 }
        var col = 0, letters = 0
        while i < t.count, t[i] | 0x20 >= 0x61, t[i] | 0x20 <= 0x7A {
            col = col * 26 + Int((t[i] | 0x20) - 0x60)
            letters += 1
            i += 1
            if letters > 3 { return nil }
        }
        guard letters >= 1, letters <= 3 else { return nil }
        if i < t.count && t[i] == 0x24 { rowAbs = true; i += 1 }
        var row = 0, digits = 0
        while i < t.count, t[i] >= 0x30, t[i] <= 0x39 {
            row = row * 10 + Int(t[i] - 0x30)
            digits += 1
            i += 1
            if digits > 7 { return nil }
        }
        guard digits >= 1, digits <= 7, i == t.count, row >= 1, col >= 1, col <= CellReference.maxColumns,
            row <= CellReference.maxRows
        else { return nil }
        return (colAbs, col - 1, rowAbs, row - 1)
    }

    private static func move(_ t: [UInt8], dr: Int, dc: Int) -> [UInt8]? {
        guard let r = parse(t) else { return nil }
        let col = r.colAbs ? r.col : r.col + dc
        let row = r.rowAbs ? r.row : r.row + dr
        guard col >= 0, col < CellReference.maxColumns, row >= 0, row < CellReference.maxRows else { return nil }
        let text = (r.colAbs ? "$" : "") + CellReference.columnName(col) + (r.rowAbs ? "$" : "") + String(row + 1)
        return Array(text.utf8)
    }
}
