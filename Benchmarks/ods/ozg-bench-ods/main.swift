// ozg-bench-ods: the timed part of Benchmarks/ods/bench_ods.sh.
//
//   ozg-bench-ods write OUT.ods [ROWS]        writes ROWS x 15 cells (text, numbers, dates, booleans)
//   ozg-bench-ods write-xlsx OUT.xlsx [ROWS]  the same rows through XLSXWriter (constant memory)
//   ozg-bench-ods read FILE.ods               reads every cell of every sheet, prints the count
//
// Prints `cells=N seconds=S` on stdout.
import Foundation
import OZGODS
import OZGSpreadsheet
import OZGXLSX

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The benchmark rows: the same shape as Benchmarks/ods/ods_make_bench.py writes.
func benchRow(_ i: Int) -> Row {
    let kinds = ["Antrag", "Bescheid", "Auskunft", "Anzeige", "Erlaubnis"]
    let base = CalendarDate(year: 2019, month: 1, day: 1)
    let x = Double((i &* 2_654_435_761) % 1_000_003) / 1_000_003
    return Row(index: i, cells: [
        Cell(column: 0, value: .number(Double(i))),
        Cell(column: 1, value: .text("Leistung \(i)")),
        Cell(column: 2, value: .text(kinds[i % 5])),
        Cell(column: 3, value: .number((x * 1_000_000).rounded() / 100)),
        Cell(column: 4, value: .date(base.adding(days: i % 2000)), format: .germanDate),
        Cell(column: 5, value: .boolean(i % 3 == 0)),
        Cell(column: 6, value: .number(x)),
        Cell(column: 7, value: .text("Kommune \(i % 577)")),
        Cell(column: 8, value: .number(Double(i % 1001))),
        Cell(column: 9, value: .number(x * 3)),
        Cell(column: 10, value: .date(base.adding(days: (i * 7) % 3000)), format: .germanDate),
        Cell(column: 11, value: .text("Bemerkung zu \(i)")),
        Cell(column: 12, value: .boolean(i % 2 == 0)),
        Cell(column: 13, value: .number(x * 1e6)),
        Cell(column: 14, value: .text("99\(100_000_000 + i)")),
    ])
}

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write("usage: ozg-bench-ods write OUT.ods [ROWS] | read FILE.ods\n".data(using: .utf8) ?? Data())
    exit(2)
}
do {
    let start = now()
    var cells = 0
    switch args[1] {
    case "read":
        let r = try ODSReader(path: args[2])
        for i in r.sheets.indices {
            let stream = try r.rows(ofSheet: i)
            while let row = try stream.next() { cells += row.cells.count }
        }
    case "write", "write-xlsx":
        let rows = args.count > 3 ? Int(args[3]) ?? 200_000 : 200_000
        let w: any SpreadsheetWriter
        if args[1] == "write" {
            let ods = try ODSWriter(path: args[2])
            if let level = ProcessInfo.processInfo.environment["OZG_ODS_LEVEL"].flatMap(Int.init) {
                ods.contentCompressionLevel = level
            }
            w = ods
        } else {
            w = try XLSXWriter(path: args[2], options: WriteOptions(constantMemory: true))
        }
        let header = ["Nr", "Leistung", "Typ", "Betrag", "Datum", "Aktiv", "Anteil", "Kommune", "Menge", "Faktor", "Frist",
            "Bemerkung", "Online", "Wert", "Schlüssel"]
        try w.beginSheet(SheetInfo(name: "Daten"), layout: SheetLayout(frozen: FrozenPane(rows: 1, columns: 0)))
        try w.write(Row(index: 0, cells: header.enumerated().map { Cell(column: $0.offset, value: .text($0.element), style: .header) }))
        for i in 1...rows {
            try w.write(benchRow(i))
        }
        cells = (rows + 1) * 15
        try w.close()
    default:
        FileHandle.standardError.write("unknown command \(args[1])\n".data(using: .utf8) ?? Data())
        exit(2)
    }
    print("cells=\(cells) seconds=\(String(format: "%.2f", now() - start))")
} catch {
    FileHandle.standardError.write("ozg-bench-ods: \(error)\n".data(using: .utf8) ?? Data())
    exit(1)
}
