/// A stable fingerprint of a report document: two 64-bit FNV-1a hashes over everything a
/// renderer draws (titles, sheets, columns, rows, charts, notes), as 32 hex digits.
///
/// It decides whether a download is still current; unlike `Hasher` it is the same in every
/// process, and it needs no JSON text of the document.
struct SiteFingerprint {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    static func of(_ d: ReportDocument) -> String {
        var f = SiteFingerprint()
        f.add(d.title)
        f.add(d.subtitle ?? "\u{0}")
        f.add(d.stand?.iso ?? "")
        f.add(d.isSampleData ? "1" : "0")
        for s in d.sheets {
            f.add("\u{1}sheet")
            f.add(s.name)
            for t in s.tables {
                f.add("\u{1}table")
                f.add(t.title)
                f.add(t.heatMap ? "h" : "-")
                f.add(t.heatMapColumns.map { $0.map(String.init).joined(separator: ",") } ?? "*")
                f.add(String(t.frozenColumns))
                for c in t.columns {
                    f.add(c.name)
                    f.add(c.kind.rawValue)
                    f.add(c.width.map { "\($0)" } ?? "")
                }
                for r in t.rows {
                    f.add("\u{2}" + r.role.rawValue)
                    for v in r.cells { f.add(v) }
                }
            }
            for c in s.charts {
                f.add("\u{1}chart\(c.kind.rawValue)|\(c.table)|\(c.categoryColumn)|\(c.valueColumns)")
                f.add(c.title)
            }
            for n in s.notes { f.add(n) }
        }
        return f.hex
    }

    mutating func add(_ v: ReportValue) {
        switch v {
        case .text(let s): add("t" + s)
        case .verdict(let s): add("v" + s)
        case .integer(let n): add("i\(n)")
        case .number(let d): add("n\(d.bitPattern)")
        case .percent(let d): add("p\(d.bitPattern)")
        case .date(let d): add("d" + d.iso)
        case .empty: add("e")
        }
    }

    mutating func add(_ s: String) {
        for byte in s.utf8 { mix(byte) }
        mix(0xFF)  // a separator that never occurs in UTF-8
    }

    private mutating func mix(_ byte: UInt8) {
        a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
    }

    var hex: String {
        func h(_ x: UInt64) -> String {
            let s = String(x, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return h(a) + h(b)
    }
}
