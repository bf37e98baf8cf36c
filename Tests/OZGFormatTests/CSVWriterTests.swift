import Foundation
import OZGCSV
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// CSV writing: the Excel and plain dialects, quoting, the formula guard, round trips, and
/// LibreOffice reading our output.
@Suite("CSVWriter")
struct CSVWriterTests {
    static let sample = Sheet(name: "Leistungen", rows: [
        Row(index: 0, cells: ["Name", "Zahl", "Datum", "Aktiv", "Notiz"].enumerated().map { Cell(column: $0.offset, value: .text($0.element)) }),
        Row(index: 1, cells: [
            Cell(column: 0, value: .text("Größe; \"groß\"")), Cell(column: 1, value: .number(1.5)),
            Cell(column: 2, value: .date(CalendarDate(year: 2024, month: 3, day: 15))), Cell(column: 3, value: .boolean(true)),
            Cell(column: 4, value: .text("Zeile 1\nZeile 2")),
        ]),
        Row(index: 3, cells: [
            Cell(column: 0, value: .text("=1+1")), Cell(column: 1, value: .number(-7)),
            Cell(column: 2, value: .dateTime(LocalDateTime(date: CalendarDate(year: 2025, month: 1, day: 2), time: TimeOfDay(hour: 3, minute: 4, second: 5)))),
            Cell(column: 4, value: .number(99_107_023_017_000)),
        ]),
    ])

    private func write(_ sheet: Sheet = sample, to url: URL, _ csv: CSVWriteOptions) throws -> String {
        let writer = try CSVWriter(path: url.path, csv: csv)
        try writer.write(Workbook(sheets: [sheet]))
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test("Excel dialect: BOM, semicolons, CRLF, decimal comma, WAHR, ISO dates, guarded formula text")
    func excel() throws {
        let dir = TemporaryDirectory("csv-write")
        let url = dir.path("excel.csv")
        _ = try write(to: url, .excel)
        let bytes = try Data(contentsOf: url)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "Name;Zahl;Datum;Aktiv;Notiz\r\n\"Größe; \"\"groß\"\"\";1,5;2024-03-15;WAHR;\"Zeile 1\nZeile 2\"\r\n\r\n'=1+1;-7;2025-01-02 03:04:05;;99107023017000\r\n")
    }

    @Test("plain dialect: no BOM, commas, LF, decimal point")
    func plain() throws {
        let dir = TemporaryDirectory("csv-write")
        let text = try write(to: dir.path("plain.csv"), .plain)
        #expect(text == "Name,Zahl,Datum,Aktiv,Notiz\n\"Größe; \"\"groß\"\"\",1.5,2024-03-15,TRUE,\"Zeile 1\nZeile 2\"\n\n'=1+1,-7,2025-01-02 03:04:05,,99107023017000\n")
        var off = CSVWriteOptions.plain
        off.formulaGuard = false
        #expect(try write(to: dir.path("off.csv"), off).contains("\n=1+1,-7"))
    }

    @Test(
        "formula guard",
        arguments: [
            ("=SUM(A1)", true), ("+49 30 1234", true), ("@x", true), ("-x", true), ("\tx", true), ("\rx", true),
            ("-", false), ("=", false), ("-5", false), ("+3,5", false), ("-1.25", false), ("Text", false), ("", false), ("5-3", false),
            ("-5-3", true), ("-,5", true),
        ])
    func guardRule(text: String, guarded: Bool) {
        #expect(FormulaInjectionGuard.needsGuard(text) == guarded)
        #expect(FormulaInjectionGuard.guarded(text) == (guarded ? "'" + text : text))
    }

    @Test("round trip through CSVReader with type inference")
    func roundTrip() throws {
        let dir = TemporaryDirectory("csv-write")
        for (name, options) in [("excel.csv", CSVWriteOptions.excel), ("plain.csv", .plain)] {
            let url = dir.path(name)
            _ = try write(to: url, options)
            let back = try CSVReader(path: url.path, options: .typed).readSheet(0)
            #expect(back.rows.map(\.index) == [0, 1, 3])
            #expect(back.value(row: 1, column: 0) == .text("Größe; \"groß\""))
            #expect(back.value(row: 1, column: 1) == .number(1.5))
            #expect(back.value(row: 1, column: 2) == .date(CalendarDate(year: 2024, month: 3, day: 15)))
            #expect(back.value(row: 1, column: 3) == .boolean(true))
            #expect(back.value(row: 1, column: 4) == .text("Zeile 1\nZeile 2"))
            #expect(back.value(row: 3, column: 0) == .text("'=1+1"))
            #expect(back.value(row: 3, column: 1) == .number(-7))
            #expect(back.value(row: 3, column: 4) == .number(99_107_023_017_000))
        }
    }

    @Test("writing to an open file descriptor (standard output) leaves it open")
    func fileDescriptor() throws {
        let dir = TemporaryDirectory("csv-write")
        let url = dir.path("fd.csv")
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        let writer = CSVWriter(fileDescriptor: fd)
        try writer.write(Workbook(sheets: [Self.sample]))
        #expect(Foundation.write(fd, "ende\n", 5) == 5)  // still open
        Foundation.close(fd)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(text.hasPrefix("Name,Zahl,Datum,Aktiv,Notiz\n") && text.hasSuffix("99107023017000\nende\n"))
    }

    @Test("one sheet per file; rows in order; failures leave no file")
    func sheetsAndFailures() throws {
        let dir = TemporaryDirectory("csv-write")
        let url = dir.path("zwei.csv")
        let two = Workbook(sheets: [Self.sample, Sheet(name: "Andere", rows: [Row(index: 0, cells: [Cell(column: 0, value: .text("x"))])])])
        #expect(throws: SpreadsheetError.self) { try CSVWriter(path: url.path).write(two) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).isEmpty)
        var ignore = CSVWriteOptions.plain
        ignore.extraSheets = .ignore
        try CSVWriter(path: url.path, csv: ignore).write(two)
        #expect(!String(decoding: try Data(contentsOf: url), as: UTF8.self).contains("x\n"))
        try FileManager.default.removeItem(at: url)
        let writer = try CSVWriter(path: url.path)
        try writer.beginSheet(SheetInfo(name: "A"), layout: .empty)
        try writer.write(Row(index: 2, cells: []))
        #expect(throws: SpreadsheetError.self) { try writer.write(Row(index: 1, cells: [])) }
        writer.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).isEmpty)
    }

    @Test("LibreOffice reads our Excel-dialect CSV with the same values", .requires("soffice", "python_calamine"))
    func libreOffice() throws {
        try ExternalTools.require("soffice", "python_calamine")
        let dir = TemporaryDirectory("csv-lo")
        let url = dir.path("leistungen.csv")
        _ = try write(to: url, .excel)
        // Semicolon (59), quote (34), UTF-8 (76), from line 1, German locale (1031), detect special numbers.
        let xlsx = try convert(url, infilter: "Text - txt - csv (StarCalc):59,34,76,1,,1031,false,true", outputDirectory: dir.path("lo"))
        let sheets = try XLSXWriterFixture.calamine(xlsx)
        let rows = try #require(sheets.values.first)
        func cell(_ r: Int, _ c: Int) -> Any? { r < rows.count && c < rows[r].count ? rows[r][c] : nil }
        #expect(cell(0, 0) as? String == "Name")
        #expect(cell(1, 0) as? String == "Größe; \"groß\"")
        #expect((cell(1, 1) as? NSNumber)?.doubleValue == 1.5)
        #expect((cell(1, 2) as? String)?.hasPrefix("2024-03-15") == true)
        #expect(cell(1, 4) as? String == "Zeile 1\nZeile 2")
        #expect((cell(3, 1) as? NSNumber)?.doubleValue == -7)
        #expect((cell(3, 4) as? NSNumber)?.doubleValue == 99_107_023_017_000)
        // The guarded text stays text, never the formula's result 2.
        let guarded = cell(3, 0)
        #expect((guarded as? String)?.contains("=1+1") == true, "\(String(describing: guarded))")
        let flag = cell(1, 3)
        #expect(flag as? Bool == true || (flag as? NSNumber)?.doubleValue == 1, "\(String(describing: flag))")
    }

    /// `soffice --infilter=… --convert-to xlsx` with a private profile (ExternalTools has no input filter).
    private func convert(_ input: URL, infilter: String, outputDirectory: URL) throws -> URL {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try ExternalTools.check([
            "soffice", "-env:UserInstallation=file://\(profile.path)", "--headless", "--infilter=\(infilter)",
            "--convert-to", "xlsx", "--outdir", outputDirectory.path, input.path,
        ])
        let out = outputDirectory.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".xlsx")
        try #require(FileManager.default.fileExists(atPath: out.path))
        return out
    }
}
