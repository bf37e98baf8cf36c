/// Long lists shown folded on the site: a leading text column whose values come in runs (the
/// Themenfeld) becomes group rows, and a following pair of an integer and a text column in runs
/// (OZG-ID and OZG-Leistung) becomes sub-group rows, as in the Kommunaltyp-Matrix. The downloads
/// keep the flat table.
enum SiteTableFold {
    /// The table with its leading run columns turned into group and sub-group rows (only for
    /// flat tables of at least 50 data rows whose runs are four rows long on average).
    static func fold(_ t: ReportTable) -> ReportTable {
        guard t.rows.count >= 50, t.columns.count >= 4, t.rows.allSatisfy({ $0.role == .data }),
            [.text, .paragraph].contains(t.columns[0].kind), runs(t, [0]) * 4 <= t.rows.count
        else { return t }
        let pair = t.columns[1].kind == .integer && [.text, .paragraph].contains(t.columns[2].kind) && runs(t, [0, 1, 2]) * 2 <= t.rows.count
        let drop = pair ? 3 : 1
        var rows: [ReportRow] = []
        var last: [ReportValue] = []
        for r in t.rows {
            let lead = (0..<drop).map { r[$0] }
            if lead.first != last.first {
                rows.append(ReportRow([r[0]], role: .group))
            }
            if pair && (lead.first != last.first || lead[1] != last[1] || lead[2] != last[2]) {
                rows.append(ReportRow([.text(r[1].displayText + " " + r[2].displayText)], role: .subgroup))
            }
            last = lead
            rows.append(ReportRow(Array(r.cells.dropFirst(drop))))
        }
        var folded = t
        folded.columns = Array(t.columns.dropFirst(drop))
        folded.rows = rows
        folded.frozenColumns = max(0, t.frozenColumns - drop)
        folded.heatMapColumns = t.heatMapColumns?.map { $0 - drop }.filter { $0 >= 0 }
        return folded
    }

    /// The number of runs of equal values in the given columns.
    static func runs(_ t: ReportTable, _ columns: [Int]) -> Int {
        var n = 0
        var last: [ReportValue]?
        for r in t.rows {
            let v = columns.map { r[$0] }
            if v != last { n += 1 }
            last = v
        }
        return n
    }
}
