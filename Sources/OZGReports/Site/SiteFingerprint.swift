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
                for c in t.columns { f.add(c.width.map { "\($0)" } ?? "") }
                f.add(content: t)
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
        case .text(let s): mix(1); add(s)
        case .verdict(let s): mix(2); add(s)
        case .integer(let n): mix(3); add(UInt64(bitPattern: Int64(n)))
        case .number(let d): mix(4); add(d.bitPattern)
        case .percent(let d): mix(5); add(d.bitPattern)
        case .date(let d): mix(6); add(UInt64(bitPattern: Int64(d.daysSinceEpoch)))
        case .empty: mix(7)
        }
    }

    /// The cells and roles of a table's rows and its columns, without its title.
    mutating func add(content t: ReportTable) {
        for c in t.columns {
            add(c.name)
            add(c.kind.rawValue)
        }
        for r in t.rows {
            add(r.role.rawValue)
            for v in r.cells { add(v) }
        }
    }

    mutating func add(_ n: UInt64) {
        var x = n
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: x))
            x >>= 8
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
