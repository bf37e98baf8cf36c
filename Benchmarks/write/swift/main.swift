// ozg-bench-write: writes the write benchmark's 200,000 rows × 15 columns through XLSXWriter,
// the same cells as Benchmarks/write/bare_write.c writes through libxlsxwriter directly.
//
//   swift build -c release --product ozg-bench-write
//   .build/release/ozg-bench-write OUT.xlsx [constant|normal] [rows]
// Prints the elapsed wall-clock and CPU seconds on stdout ("wall cpu").
import Foundation
import OZGSpreadsheet
import OZGXLSX

let args = CommandLine.arguments
guard args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ozg-bench-write OUT.xlsx [constant|normal] [rows]\n".utf8))
    exit(2)
}
let constant = args.count < 3 || args[2] != "normal"
let rowCount = args.count > 3 ? Int(args[3]) ?? 200_000 : 200_000

/// Serial 45000 etc. as calendar dates (the writer converts back to the same serials).
func date(serial: Int) -> CalendarDate { DateSystem.excel1900.date(serialDay: serial) }

// OZG_BENCH_BUILD_ONLY=1 builds the rows without writing them: the caller's share of the time.
var blackHole = 0
let buildOnly = ProcessInfo.processInfo.environment["OZG_BENCH_BUILD_ONLY"] != nil
let start = DispatchTime.now()
let cpuStart = clock()
do {
    let writer = try XLSXWriter(path: args[1], options: WriteOptions(constantMemory: constant))
    try writer.beginSheet(SheetInfo(name: "Daten"), layout: .empty)
    var cells: [Cell] = []
    cells.reserveCapacity(15)
    for i in 0..<rowCount {
        cells.removeAll(keepingCapacity: true)
        cells.append(Cell(column: 0, value: .text("Leistung \(i)")))
        cells.append(Cell(column: 1, value: .text("Kommune \(i % 500)")))
        cells.append(Cell(column: 2, value: .text("Themenfeld \(i % 14)")))
        cells.append(Cell(column: 3, value: .text("Beschreibung einer Verwaltungsleistung Nummer \(i)")))
        cells.append(Cell(column: 4, value: .text("Status \(i % 5)")))
        cells.append(Cell(column: 5, value: .number(Double(i))))
        cells.append(Cell(column: 6, value: .number(Double(i) * 1.5)))
        cells.append(Cell(column: 7, value: .number(Double(i % 1000) / 7.0)))
        cells.append(Cell(column: 8, value: .number(99_107_023_017_000 + Double(i))))
        cells.append(Cell(column: 9, value: .number(Double(i % 100) / 100.0), format: .percent))
        cells.append(Cell(column: 10, value: .date(date(serial: 45000 + i % 3000))))
        cells.append(Cell(column: 11, value: .date(date(serial: 44000 + i % 2000))))
        cells.append(Cell(column: 12, value: .dateTime(LocalDateTime(date: date(serial: 45000 + i % 1000), time: TimeOfDay(hour: 12, minute: 0)))))
        cells.append(Cell(column: 13, value: .boolean(i % 2 == 1)))
        cells.append(Cell(column: 14, value: .boolean(i % 3 == 0)))
        if buildOnly {
            blackHole &+= cells.count
        } else {
            try writer.write(Row(index: i, cells: cells))
        }
    }
    if buildOnly { writer.discard() } else { try writer.close() }
} catch {
    FileHandle.standardError.write(Data("ozg-bench-write: \(error)\n".utf8))
    exit(1)
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
if buildOnly { FileHandle.standardError.write(Data("built \(blackHole) cells\n".utf8)) }
let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
print(String(format: "%.3f %.3f", seconds, cpu))
