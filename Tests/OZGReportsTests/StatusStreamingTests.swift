import Foundation
import OZGDomain
import OZGFiles
import OZGKit
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

@testable import OZGReports
@testable import OZGWorkingSheet

/// Issue #13's fast read of returned packs: a status return is mapped as its rows stream by
/// (``StreamedPackSheets``), the pack's other sheets read only in their reply column. It must
/// give exactly what mapping the whole workbook gives, and read whatever a clerk writes.
@Suite("Status returns streamed")
struct StatusStreamingTests {
    static func mapper(_ model: DomainModel) -> WorkingSheetMapper {
        var m = WorkingSheetMapper(
            catalog: model.catalog, kommunaltypen: model.kommunaltypen, kommunen: model.kommunen, knownAddedColumns: model.addedColumnNames)
        m.statusContext = StatusSheetContext(model: model)
        return m
    }

    static func set(_ sheet: inout Sheet, row: Int, column: Int, _ value: CellValue) {
        if let r = sheet.rows.firstIndex(where: { $0.index == row }) {
            if let c = sheet.rows[r].cells.firstIndex(where: { $0.column == column }) {
                sheet.rows[r].cells[c].value = value
            } else {
                sheet.rows[r].cells.append(Cell(column: column, value: value))
                sheet.rows[r].cells.sort { $0.column < $1.column }
            }
        } else {
            sheet.rows.append(Row(index: row, cells: [Cell(column: column, value: value)]))
            sheet.rows.sort { $0.index < $1.index }
        }
    }

    /// The row index and column of a header text in a sheet's first rows.
    static func find(_ text: String, in sheet: Sheet) throws -> (row: Int, column: Int) {
        let hit = sheet.rows.prefix(30).lazy.compactMap { row in
            row.cells.first(where: { $0.value.plainText == text }).map { (row.index, $0.column) }
        }.first
        return try #require(hit, "„\(text)“ not in the first rows of \(sheet.name)")
    }

    /// A pack written by the report, then filled the way a clerk would: every input column of
    /// the status sheet, readable and unreadable values, a row with only a remark, a `Summe`
    /// row, words in the reply column of the list of relevant Leistungen.
    static func filledPack(_ s: StatusReturnTests.Scenario, _ format: ReportFormat, ext: String) throws -> URL {
        let pack = try s.write("Lemgo", format, as: "pack.\(ext)")
        var wb = try SpreadsheetFile.read(pack.path)
        let list = try #require(wb.sheets.firstIndex { $0.name == KommunenMatrixReport.leistungenSheet })
        let reply = try find(StatusSheet.packReplyColumn, in: wb.sheets[list])
        set(&wb.sheets[list], row: reply.row + 1, column: reply.column, .text("Betrifft uns nicht"))
        set(&wb.sheets[list], row: reply.row + 7, column: reply.column, .text("  Wer ist zuständig?  "))
        set(&wb.sheets[list], row: reply.row + 9, column: reply.column, .number(7))
        let st = try #require(wb.sheets.firstIndex { $0.name == StatusSheet.sheetName })
        let h = try find(StatusSheet.Column.stand.header, in: wb.sheets[st])
        let rows: [[CellValue]] = [
            [.text("online"), .text("https://service.lemgo.de/wohngeld"), .text("Bürgerportal"), .text("EfA"), .number(3), .text("hoch"),
             .text("ca. 1.200"), .text("Q3/2027"), .text("Fachdienst 10"), .text("seit März")],
            [.text("offen"), .text("kein Link"), .text(" Formularserver "), .text("irgendwas"), .number(9), .text("sofort"),
             .text("viele"), .text("bald"), .text("Frau Muster"), .empty],
            [.text("n.z."), .text("www.lemgo.de/x"), .empty, .text("RZ"), .text("Stufe 2"), .text("m"), .number(40), .number(2027), .empty, .empty],
            [.empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty, .text("nur eine Anmerkung")],
            [.text("i.P."), .text("http://x.example.org/a-b_c.d~e/"), .empty, .empty, .empty, .empty, .text("1.200.000"),
             .text("31.03.2027"), .empty, .empty],
            [.text("fertig?"), .text("https://a.de"), .empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty],
        ]
        for (i, values) in rows.enumerated() {
            for (k, v) in values.enumerated() where !v.isEmpty { set(&wb.sheets[st], row: h.row + 1 + i, column: h.column + k, v) }
        }
        let last = try #require(wb.sheets[st].rows.last?.index)
        set(&wb.sheets[st], row: last + 2, column: 2, .text("Summe"))
        set(&wb.sheets[st], row: last + 2, column: h.column + 6, .number(12))
        let out = s.dir.path("Rücklauf Lemgo.\(ext)")
        try SpreadsheetFile.write(wb, to: out.path)
        return out
    }

    @Test("a filled pack (.xlsx, .ods): streamed exactly as the whole workbook, and every input a clerk wrote is read")
    func streamedAsWhole() throws {
        let s = try StatusReturnTests.Scenario()
        let mapper = Self.mapper(try s.ws.snapshot())
        for (format, ext) in [(ReportFormat.xlsx, "xlsx"), (.ods, "ods")] {
            for file in [try s.write("Lemgo", format, as: "leer.\(ext)"), try Self.filledPack(s, format, ext: ext)] {
                let streamed = try mapper.map(reader: SpreadsheetFile.open(file.path), file: file.path, sha256: "sha", ingestedAt: "t")
                let whole = mapper.map(try SpreadsheetFile.read(file.path), file: file.path, sha256: "sha", ingestedAt: "t")
                #expect(streamed == whole, "\(file.lastPathComponent)")
                #expect(streamed.kommune == "Lemgo")
                #expect(!streamed.umsetzung.isEmpty || file.lastPathComponent.hasPrefix("leer"))
            }
            let filled = try Self.filledPack(s, format, ext: ext)
            let r = try mapper.map(reader: SpreadsheetFile.open(filled.path), file: filled.path, sha256: "sha", ingestedAt: "t")
            // The reply column of the list: every text, trimmed, named by its cell.
            let replies = r.findings.filter { $0.sheet == KommunenMatrixReport.leistungenSheet }
            #expect(replies.map(\.raw) == ["Betrifft uns nicht", "Wer ist zuständig?", "7"])
            // Every input column of the status sheet.
            let first = try #require(r.umsetzung.first)
            #expect(first.stand == .online && first.url == "https://service.lemgo.de/wohngeld" && first.loesung == "Bürgerportal")
            #expect(first.loesungsart == .efa && first.reifegrad?.stufe == 3 && first.prioritaet == .hoch && first.fallzahl == 1200)
            #expect(first.geplantBis == "Q3/2027" && first.geplantBisDatum == CalendarDate(year: 2027, month: 9, day: 30))
            #expect(first.ansprechpartner == "Fachdienst 10" && first.anmerkung == "seit März")
            #expect(r.umsetzung.contains { $0.anmerkung == "nur eine Anmerkung" && $0.stand == .offen })
            #expect(r.umsetzung.contains { $0.fallzahl == 1_200_000 && $0.stand == .inPlanung && $0.url == "http://x.example.org/a-b_c.d~e/" })
            // Unreadable: five values of the second row, the status of the sixth (which drops that row).
            let statusFindings = r.findings.filter { $0.sheet == StatusSheet.sheetName }
            let errors = statusFindings.filter { $0.severity == .error }.map(\.raw)
            #expect(errors == ["irgendwas", "9", "sofort", "viele", "bald", "fertig?"], "\(statusFindings.map(\.message))")
            #expect(statusFindings.contains { $0.severity == .warning && $0.raw == "kein Link" })
            #expect(!r.umsetzung.contains { $0.url == "https://a.de" })
        }
    }

    @Test("XLSX rows with only some columns: the full stream's cells of those columns, the rest parsed and counted")
    func columnSelection() throws {
        let s = try StatusReturnTests.Scenario()
        let file = try Self.filledPack(s, .xlsx, ext: "xlsx")
        let reader = try XLSXReader(path: file.path)
        for i in reader.sheets.indices {
            var full: [Row] = []
            let stream = try reader.rows(ofSheet: i)
            while let row = try stream.next() { full.append(row) }
            for columns in [[], [7], [0, 5], [2, 40]] {
                var selected: [Row] = []
                let only = try reader.rows(ofSheet: i, onlyColumns: columns)
                while let row = try only.next() { selected.append(row) }
                let expected = full.compactMap { row -> Row? in
                    var r = row
                    r.cells = row.cells.filter { columns.contains($0.column) }
                    return r.cells.isEmpty ? nil : r
                }
                #expect(selected == expected, "sheet \(i), columns \(columns)")
            }
        }
        // The cell limit counts the cells left out as well: a limit one below the sheet's cells fails.
        let list = try reader.sheetIndex(named: KommunenMatrixReport.leistungenSheet)
        var cells = 0
        let all = try reader.rows(ofSheet: list)
        while let row = try all.next() { cells += row.cells.count }
        for (limit, fails) in [(cells - 1, true), (cells, false)] {
            var limits = ReadLimits()
            limits.maxCells = limit
            let small = try XLSXReader(path: file.path, limits: limits)
            var failed = false
            do {
                let rows = try small.rows(ofSheet: list, onlyColumns: [])
                while try rows.next() != nil {}
            } catch SpreadsheetError.limitExceeded {
                failed = true
            }
            #expect(failed == fails, "limit \(limit)")
        }
    }

    @Test("a plain web address is one that link() takes; anything unusual is left to link()")
    func plainWebAddresses() {
        let plain = [
            "https://service.example.org/6", "http://a.de", "www.example.org/6", "https://www.stadt-lemgo.de/dienste/wohngeld_antrag~2.html",
            "https://x1.y-2.example.com/", "www.a.bc",
        ]
        for p in plain {
            #expect(KommuneStatus.isPlainWebAddress(p), "\(p)")
            #expect(KommuneStatus.link(p) != nil, "\(p)")
        }
        let unusual = [
            "", "https://", "https://-a.de", "https://a-.de/x", "https://a..de", "https://a.de:80/x", "https://a.de/x?y=1", "HTTPS://A.DE",
            "https://a.d1", "https://a", "https://a.de /x", " https://a.de", "javascript:alert(1)", "www.", "www.a", "ftp://a.de",
            "https://ä.de", "https://a.de/ä", "https://a.de/\"", "www.a.de:8080",
        ]
        for u in unusual { #expect(!KommuneStatus.isPlainWebAddress(u), "\(u)") }
        // Generated: whatever is plain, link() takes.
        let parts = ["https://", "http://", "www.", "a", "b1", "-", ".", "de", "org", "/", "x", "_", "~", "A", "?", ":", " ", "..", "9"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let s = (0..<Int.random(in: 1...8, using: &rng)).map { _ in parts.randomElement(using: &rng) ?? "" }.joined()
            if KommuneStatus.isPlainWebAddress(s) { #expect(KommuneStatus.link(s) != nil, "\(s)") }
        }
    }
}
