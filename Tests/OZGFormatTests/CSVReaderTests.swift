import Foundation
import OZGCSV
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// CSV reading: encodings, delimiters, quoting, limits and type inference, on committed fixtures
/// (made by `Tests/Scripts/csv_make_fixtures.py`).
@Suite("CSVReader")
struct CSVReaderTests {
    static let fixtures = ExternalTools.repositoryRoot.appendingPathComponent("Tests/OZGFormatTests/Fixtures/csv")

    private func rows(_ name: String, options: CSVReadOptions = .default, limits: ReadLimits = .default) throws -> (CSVReader, [Row]) {
        let reader = try CSVReader(path: Self.fixtures.appendingPathComponent(name).path, limits: limits, options: options)
        return (reader, try reader.readSheet(0).rows)
    }

    private func texts(_ row: Row) -> [String] { row.cells.map { $0.value.plainText } }

    @Test("German Excel: Windows-1252, semicolons, decimal comma")
    func germanExcel() throws {
        let (reader, rows) = try rows("german-excel-1252.csv")
        #expect(reader.sheets.map(\.name) == ["german-excel-1252"])
        #expect(reader.delimiter == UInt8(ascii: ";") && reader.encoding == .windows1252)
        #expect(texts(rows[0]) == ["Kommune", "Straße", "Größe", "Preis", "Schlüssel", "Aktiv"])
        #expect(rows[1].value(at: 0) == .text("München") && rows[1].value(at: 3) == .text("12,50 €"))
        #expect(rows[2].value(at: 1) == .text("Übergang; Süd"))
        // Text by default: keys keep their digits and leading zeros.
        #expect(rows[1].value(at: 4) == .text("99107023017000") && rows[2].value(at: 4) == .text("08111000"))
        let (_, typed) = try self.rows("german-excel-1252.csv", options: .typed)
        #expect(typed[1].value(at: 2) == .number(1.5) && typed[2].value(at: 2) == .number(1234.5))
        #expect(typed[1].value(at: 4) == .number(99_107_023_017_000))
        #expect(typed[2].value(at: 4) == .text("08111000"))
        #expect(typed[1].value(at: 5) == .boolean(true) && typed[2].value(at: 5) == .boolean(false))
        #expect(typed[1].value(at: 3) == .text("12,50 €"))
    }

    @Test("UTF-8 with BOM and commas")
    func utf8BOM() throws {
        let (reader, rows) = try rows("utf8-bom.csv", options: .typed)
        #expect(reader.delimiter == UInt8(ascii: ",") && reader.encoding == .utf8)
        #expect(rows[0].value(at: 0) == .text("Name"))
        #expect(rows[1].value(at: 0) == .text("Ärger") && rows[1].value(at: 1) == .number(1.5))
        #expect(rows[1].value(at: 2) == .date(CalendarDate(year: 2024, month: 3, day: 15)))
        #expect(rows[2].value(at: 0) == .text("Emoji 🙂") && rows[2].value(at: 1) == .number(-2))
        #expect(rows[2].value(at: 2) == .date(CalendarDate(year: 2024, month: 3, day: 15)))
    }

    @Test("quoted line breaks, doubled quotes, CR record ends, blank records")
    func quoted() throws {
        let (_, rows) = try rows("quoted-newlines.csv")
        #expect(rows.map(\.index) == [0, 1, 3, 4])
        #expect(rows[1].value(at: 1) == .text("Zeile 1\r\nZeile 2"))
        #expect(rows[1].value(at: 2) == .text("Er sagte \"Hallo\""))
        #expect(rows[2].value(at: 1) == .text("a,b") && rows[2].value(at: 2) == .text("x\ny"))
        #expect(texts(rows[3]) == ["3", "ende"])
    }

    @Test("tab-separated, UTF-16 with BOM, sep= line")
    func otherDialects() throws {
        let (tsv, tabRows) = try rows("tabs.tsv")
        #expect(tsv.delimiter == 0x09 && texts(tabRows[1]) == ["1", "zwei, drei", ";"])
        let (u16, u16Rows) = try rows("utf16le-bom.txt")
        #expect(u16.encoding == .utf16LittleEndian && u16.delimiter == 0x09)
        #expect(texts(u16Rows[1]) == ["Änne", "Görlitz"])
        let (sep, sepRows) = try rows("sep-line.csv")
        #expect(sep.delimiter == UInt8(ascii: ","))
        #expect(sepRows.map(\.index) == [0, 1] && texts(sepRows[1]) == ["1;2", "3"])
    }

    @Test("formula-like text is read as text")
    func formulaLike() throws {
        let (_, rows) = try rows("formula-like.csv", options: .typed)
        #expect(rows[1].value(at: 0) == .text("=1+1") && rows[1].value(at: 1) == .text("+49 30 1234"))
        #expect(rows[1].value(at: 2) == .number(-5) && rows[1].value(at: 3) == .text("-"))
        #expect(rows[2].value(at: 0) == .text("@SUM(A1)") && rows[2].value(at: 2) == .number(3.5))
        #expect(rows[2].value(at: 3) == .text("'=2"))
    }

    @Test("a NUL byte is a clear error")
    func nul() throws {
        #expect { _ = try rows("nul.csv") } throws: { error in
            guard case SpreadsheetError.notASpreadsheet(_, let detected) = error else { return false }
            return detected.contains("NUL") && detected.contains("record 2")
        }
    }

    @Test("a field over the limit, or a quote that never closes, is a limit error")
    func limits() throws {
        let dir = TemporaryDirectory("csv-read")
        let url = dir.path("open-quote.csv")
        try Data(("a,\"" + String(repeating: "x\n", count: 5_000)).utf8).write(to: url)
        let reader = try CSVReader(path: url.path, limits: ReadLimits(maxStringBytes: 1_000))
        #expect { _ = try reader.readSheet(0) } throws: { error in
            guard case SpreadsheetError.limitExceeded(_, _, let limit, _, _) = error else { return false }
            return limit.contains("record 1, column 2")
        }
        let cells = try CSVReader(path: url.path, limits: ReadLimits(maxCells: 1))
        #expect(throws: SpreadsheetError.self) { _ = try cells.readSheet(0) }
        #expect(throws: SpreadsheetError.self) { _ = try CSVReader(path: dir.path("missing.csv").path) }
        #expect(throws: SpreadsheetError.self) { _ = try CSVReader(path: dir.url.path) }
        // An empty file and a file holding only a BOM are an empty sheet.
        for (name, bytes) in [("leer.csv", [UInt8]()), ("bom.csv", [0xEF, 0xBB, 0xBF])] {
            try Data(bytes).write(to: dir.path(name))
            let empty = try CSVReader(path: dir.path(name).path)
            #expect(try empty.readSheet(0).rows.isEmpty && empty.sheets.map(\.name) == [String(name.dropLast(4))])
        }
    }

    @Test("a large file streams in chunks, records crossing chunk borders intact")
    func streaming() throws {
        let dir = TemporaryDirectory("csv-read")
        let url = dir.path("gross.csv")
        var text = "Nr;Text;Betrag\r\n"
        let n = 60_000
        for i in 1...n { text += "\(i);\"Zeile \(i); mit \"\"Zitat\"\"\r\nund Umbruch\";\(i),5\r\n" }
        try Data(text.utf8).write(to: url)
        #expect(text.utf8.count > 3 << 20)
        let stream = try CSVReader(path: url.path, options: .typed).rows(ofSheet: 0)
        var count = 0
        while let row = try stream.next() {
            if row.index > 0 {
                #expect(row.value(at: 0) == .number(Double(row.index)))
                #expect(row.value(at: 1) == .text("Zeile \(row.index); mit \"Zitat\"\r\nund Umbruch"))
                #expect(row.value(at: 2) == .number(Double(row.index) + 0.5))
            }
            count += 1
        }
        #expect(count == n + 1)
    }

    @Test("UTF-16: a surrogate pair split by the 1 MiB chunk border stays one character")
    func utf16ChunkBorder() throws {
        let dir = TemporaryDirectory("csv-read")
        let url = dir.path("u16.csv")
        // After the BOM, "ABC\n" is 8 bytes and each line 14: the first chunk ends inside an emoji.
        let text = "\u{FEFF}ABC\n" + String(repeating: "🙂🙂🙂\n", count: 100_000)
        var data = Data()
        for unit in text.utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        try data.write(to: url)
        #expect((1_048_576 - 8) % 14 == 10)
        let reader = try CSVReader(path: url.path)
        #expect(reader.encoding == .utf16LittleEndian)
        let stream = try reader.rows(ofSheet: 0)
        var count = 0, bad = 0
        while let row = try stream.next() {
            if row.index > 0 && row.value(at: 0) != .text("🙂🙂🙂") { bad += 1 }
            count += 1
        }
        #expect(count == 100_001 && bad == 0)
    }

    @Test("invalid UTF-8 after a valid start is decoded as Windows-1252 field by field")
    func lateWindows1252() throws {
        let dir = TemporaryDirectory("csv-read")
        let url = dir.path("spaet.csv")
        var data = Data(String(repeating: "abc;def\n", count: 10_000).utf8)
        data.append(contentsOf: [0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E, 0x3B, 0x80, 0x0A])  // München;€
        try data.write(to: url)
        let reader = try CSVReader(path: url.path)
        #expect(reader.encoding == .utf8)
        let rows = try reader.readSheet(0).rows
        #expect(rows.last?.value(at: 0) == .text("München") && rows.last?.value(at: 1) == .text("€"))
    }

    @Test(
        "type inference only where unambiguous",
        arguments: [
            ("1.5", CellValue.number(1.5)), ("1,5", .number(1.5)), ("-0,25", .number(-0.25)), ("1.234,5", .number(1234.5)),
            ("1,234.5", .number(1234.5)), ("1.234.567", .number(1_234_567)), ("1,234,567", .number(1_234_567)),
            ("1.234", .text("1.234")), ("1,234", .text("1,234")), ("99107023017000", .number(99_107_023_017_000)),
            ("9910702301700012", .text("9910702301700012")), ("08111000", .text("08111000")), ("0", .number(0)),
            ("0,5", .number(0.5)), ("1.5E+10", .number(1.5e10)), ("WAHR", .boolean(true)), ("falsch", .boolean(false)),
            ("TRUE", .boolean(true)), ("2024-02-29", .date(CalendarDate(year: 2024, month: 2, day: 29))),
            ("29.02.2023", .text("29.02.2023")), (" 5", .text(" 5")), ("5 €", .text("5 €")), ("1.2.3", .text("1.2.3")),
            ("-", .text("-")), ("+49 30 1234", .text("+49 30 1234")), ("12.", .text("12.")),
        ])
    func inference(field: String, expected: CellValue) {
        #expect(CSVTypeInference.value(of: field) == expected)
    }
}
