// Reads every cell of every sheet of a workbook through XLSXReader and prints a checksum,
// for Benchmarks/read/bench_read.sh.
//
// Usage: ozg-bench-read FILE.xlsx
//        ozg-bench-read --scan (background|foreground) FILE.xlsx PART
//            only inflates PART and scans its XML events (no cells), with the inflate on a
//            second thread or on the scanning thread: measures the two-core handoff.
import Foundation
import OZGArchive
import OZGSpreadsheet
import OZGXLSX
import OZGXML

final class Source: XMLByteSource {
    let reader: ZipEntryReader
    init(_ r: ZipEntryReader) { reader = r }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int { try reader.read(into: buffer) }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write((message + "\n").data(using: .utf8) ?? Data())
    exit(1)
}

let args = CommandLine.arguments
do {
    let start = Date()
    if args.count == 5 && args[1] == "--scan" {
        let zip = try ZipArchive(path: args[3])
        guard let entry = zip.entry(named: args[4]) else { fail("no part \(args[4])") }
        let stream = try zip.stream(entry, background: args[2] == "background")
        let scanner = XMLScanner(source: Source(stream), names: XMLNameTable())
        var events = 0
        while try scanner.next() != .endOfDocument { events += 1 }
        print("events=\(events) seconds=\(String(format: "%.3f", Date().timeIntervalSince(start)))")
        exit(0)
    }
    guard args.count == 2 else { fail("usage: ozg-bench-read FILE.xlsx | --scan (background|foreground) FILE PART") }
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
    fail("\(error)")
}
