// Reads every cell of every sheet of a workbook through XLSXReader and prints a checksum,
// for Benchmarks/read/bench_read.sh. Usage: ozg-bench-read FILE.xlsx
import Foundation
import OZGSpreadsheet
import OZGXLSX

let args = CommandLine.arguments
guard args.count >= 2 else {
    FileHandle.standardError.write("usage: ozg-bench-read FILE.xlsx\n".data(using: .utf8) ?? Data())
    exit(2)
}
do {
    let start = Date()
    let reader = try XLSXReader(path: args[1])
    var cells = 0, texts = 0, numbers = 0, dates = 0, booleans = 0
    var sum = 0.0
    for i in reader.sheets.indices {
        let rows = try reader.rows(ofSheet: i)
        while let row = try rows.next() {
            for cell in row.cells {
                cells += 1
                switch cell.value {
                case .text(let s): texts += 1; sum += Double(s.utf8.count)
                case .number(let n): numbers += 1; sum += n
                case .date, .dateTime: dates += 1
                case .boolean: booleans += 1
                default: break
                }
            }
        }
    }
    let t = Date().timeIntervalSince(start)
    print("cells=\(cells) text=\(texts) numbers=\(numbers) dates=\(dates) booleans=\(booleans) checksum=\(sum) seconds=\(String(format: "%.3f", t))")
} catch {
    FileHandle.standardError.write("\(error)\n".data(using: .utf8) ?? Data())
    exit(1)
}
