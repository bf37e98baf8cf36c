import Foundation
import OZGCSV
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// The group's real files: the 2019 OZG catalogue and the councils, read as Python's csv module reads them.
@Suite("CSVReader on the real catalogue")
struct CSVCatalogueTests {
    @Test("every record and field matches Python's csv module", .requires("python3"), arguments: ["ozg-katalog-2019.csv", "krz-verband-kommunen.csv"])
    func matchesPython(file: String) throws {
        let url = ExternalTools.sampleData.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if ExternalTools.isCI { Issue.record("missing \(url.path)") }
            return
        }
        try ExternalTools.require("python3")
        let script = "import csv,json,sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))"
        let out = try ExternalTools.check(["python3", "-c", script, url.path])
        let expected = try #require(try JSONSerialization.jsonObject(with: out.stdout) as? [[String]])
        let reader = try CSVReader(path: url.path)
        #expect(reader.delimiter == UInt8(ascii: ",") && reader.encoding == .utf8)
        let sheet = try reader.readSheet(0)
        let nonBlank = expected.enumerated().filter { !$0.element.allSatisfy(\.isEmpty) }
        #expect(sheet.rows.count == nonBlank.count)
        var mismatches = 0
        for (row, (index, fields)) in zip(sheet.rows, nonBlank) {
            let ours = (0..<fields.count).map { row.value(at: $0).plainText }
            if row.index != index || ours != fields {
                mismatches += 1
                if mismatches <= 3 { Issue.record("record \(index + 1): \(ours) != \(fields)") }
            }
        }
        #expect(mismatches == 0)
        if file.hasPrefix("ozg-katalog") {
            #expect(sheet.rows.count > 5_000)
            // LeiKa keys are text by default; with type inference their 14 digits are exact as a number.
            #expect(sheet.value(row: 1, column: 4) == .text("99017001000000"))
            let typed = try CSVReader(path: url.path, options: .typed).readSheet(0)
            #expect(typed.value(row: 1, column: 4) == .number(99_017_001_000_000))
            #expect(typed.value(row: 1, column: 2) == .number(10073))
        }
    }
}
