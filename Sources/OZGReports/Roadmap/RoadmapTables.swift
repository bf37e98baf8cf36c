import OZGDomain
import OZGSpreadsheet

/// The tables of the roadmap report; see ``RoadmapReport``.
enum RoadmapTables {
    /// One row per Vorhaben, without the timeline (that is a sheet of its own, so both print readably).
    static func roadmap(_ list: [Umsetzungsvorhaben], stand: CalendarDate, meilensteine: [Meilenstein]) -> ReportTable {
        let columns = [
            ReportColumn("Vorhaben", kind: .paragraph, width: 38), ReportColumn("OZG-ID", kind: .integer, width: 8),
            ReportColumn("Lösungsansatz", kind: .paragraph, width: 18), ReportColumn("Verantwortlich", kind: .paragraph, width: 22),
            ReportColumn("Start", kind: .date, width: 11), ReportColumn("Ende", kind: .date, width: 11),
            ReportColumn("Status", kind: .verdict, width: 14), ReportColumn("Reifegrad", width: 10),
            ReportColumn(RoadmapReport.lateFlag, kind: .verdict, width: 11),
            ReportColumn("Ende nach Meilenstein", kind: .paragraph, width: 22),
        ]
        let rows = list.map { v -> ReportRow in
            var reifegrad = ""
            if v.reifegradIst != nil || v.reifegradZiel != nil {
                reifegrad = (v.reifegradIst.map { String($0.rawValue) } ?? "?") + " → " + (v.reifegradZiel.map { String($0.rawValue) } ?? "?")
            }
            return ReportRow([
                .text(v.titel), .integer(v.ozgId), v.loesungsansatz.map(ReportValue.text) ?? .empty,
                v.verantwortlich.map(ReportValue.text) ?? .empty, v.start.map(ReportValue.date) ?? .empty,
                v.ende.map(ReportValue.date) ?? .empty, .verdict(v.status.label),
                reifegrad.isEmpty ? .empty : .text(reifegrad),
                v.isLate(on: stand) ? .verdict(RoadmapReport.lateFlag) : .empty,
                RoadmapReport.missedMilestone(v, meilensteine: meilensteine).map { .text($0.titel) } ?? .empty,
            ])
        }
        return ReportTable(title: "Umsetzungsvorhaben", columns: columns, rows: rows, frozenColumns: 1)
    }

    /// Vorhaben and Status against one coloured column per quarter from start to end.
    static func timeline(_ list: [Umsetzungsvorhaben], quarters: [Quarter], meilensteine: [Meilenstein]) -> ReportTable {
        var columns = [ReportColumn("Vorhaben", width: 40), ReportColumn("Status", kind: .verdict, width: 13)]
        for q in quarters { columns.append(ReportColumn(RoadmapReport.label(q, meilensteine: meilensteine), kind: .timeline, width: 5)) }
        let rows = list.map { v -> ReportRow in
            var cells: [ReportValue] = [.text(v.titel), .verdict(v.status.label)]
            let from = v.start ?? v.ende, to = v.ende ?? v.start
            for q in quarters {
                if let from, let to, q.last >= from, q.first <= to { cells.append(.verdict(v.status.label)) } else { cells.append(.empty) }
            }
            return ReportRow(cells)
        }
        return ReportTable(title: "Zeitleiste der Vorhaben", columns: columns, rows: rows, frozenColumns: 1)
    }

    /// Go-lives per quarter, umgesetzt and geplant, and their running totals.
    static func goLives(_ f: RoadmapFigures, quarters: [Quarter], meilensteine: [Meilenstein]) -> ReportTable {
        var rows: [ReportRow] = []
        var done = 0, planned = 0
        for q in quarters {
            let a = f.actual[q] ?? 0, p = f.planned[q] ?? 0
            done += a
            planned += p
            rows.append(ReportRow([
                .text(RoadmapReport.label(q, meilensteine: meilensteine)), .integer(a), .integer(p), .integer(done), .integer(planned),
            ]))
        }
        rows.append(ReportRow([.text("Summe"), .integer(done), .integer(planned), .empty, .empty], role: .total))
        return ReportTable(
            title: "Go-Lives je Quartal",
            columns: [
                ReportColumn("Quartal", width: 11), ReportColumn("umgesetzt", kind: .integer, width: 11),
                ReportColumn("geplant", kind: .integer, width: 10), ReportColumn("umgesetzt kumuliert", kind: .integer, width: 12),
                ReportColumn("geplant kumuliert", kind: .integer, width: 12),
            ], rows: rows)
    }

    /// The exclusive statuses with their total, and the flags counted apart.
    static func overview(_ f: RoadmapFigures, stand: CalendarDate, meilensteine: [Meilenstein]) -> (ReportTable, ReportTable) {
        var statusRows = VorhabenStatus.allCases.map { s in ReportRow([.verdict(s.label), .integer(f.byStatus[s] ?? 0)]) }
        statusRows.append(ReportRow([.verdict("Vorhaben insgesamt"), .integer(f.total)], role: .total))
        let status = ReportTable(
            title: "Vorhaben nach Status",
            columns: [ReportColumn("Status", kind: .verdict, width: 30), ReportColumn("Anzahl", kind: .integer, width: 10)],
            rows: statusRows)
        var flagRows = [ReportRow([.verdict(RoadmapReport.lateFlag), .integer(f.late)])]
        for (i, m) in meilensteine.enumerated() {
            flagRows.append(ReportRow([.verdict("Ende nach „\(m.titel)“ (\(ReportValue.germanDate(m.datum)))"), .integer(f.afterMilestone[i])]))
        }
        let flags = ReportTable(
            title: "Hinweise (zusätzlich zum Status gezählt)",
            columns: [ReportColumn("Hinweis", kind: .verdict, width: 30), ReportColumn("Anzahl", kind: .integer, width: 10)],
            rows: flagRows)
        return (status, flags)
    }
}
