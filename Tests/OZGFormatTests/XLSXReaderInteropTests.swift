import Foundation
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// Files written by other programs, read cell by cell and compared with what openpyxl and
/// python-calamine read from the same file.
@Suite("XLSXReader: files of other programs")
struct XLSXReaderInteropTests {
    private func reference(_ engine: String, _ path: String) throws -> [String] {
        try ExternalTools.python(script: "xlsx_dump.py", [engine, path]).text.split(separator: "\n").map(String.init)
    }

    @Test(.requires("openpyxl", "python_calamine")) func openpyxlFileMatchesOpenpyxlAndCalamine() throws {
        try ExternalTools.require("openpyxl", "python_calamine")
        let dir = TemporaryDirectory("xlsx-reader-interop")
        let path = try XLSXReaderFixtures.make("openpyxl_ordinary", in: dir)
        let reader = try XLSXReader(path: path)
        let ours = try XLSXReaderFixtures.dump(reader)
        #expect(ours.count == 23)
        #expect(ours == (try reference("openpyxl", path)))
        #expect(ours == (try reference("calamine", path)))
        #expect(reader.properties.application == nil || reader.properties.application?.isEmpty == false)
        let first = try reader.readSheet(0)
        #expect(first.rows[0].cells[0].style?.bold == true)
        #expect(first.rows[4].cells.first { $0.column == 2 }?.formula == "A2+A3")
    }

    @Test(.requires("soffice", "python_calamine")) func libreOfficeFileMatchesCalamine() throws {
        try ExternalTools.require("soffice", "python_calamine")
        let dir = TemporaryDirectory("xlsx-reader-lo")
        let source = try XLSXReaderFixtures.make("openpyxl_ordinary", in: dir)
        let out = try ExternalTools.sofficeConvert(URL(fileURLWithPath: source), to: "xlsx", outputDirectory: dir.path("lo"))
        let reader = try XLSXReader(path: out.path)
        #expect(reader.properties.application?.hasPrefix("LibreOffice") == true)
        let ours = try XLSXReaderFixtures.dump(reader)
        let theirs = try reference("calamine", out.path)
        #expect(ours.count >= 23)
        #expect(ours == theirs)
        // LibreOffice computed the formula when converting.
        #expect(ours.contains("Leistungen\tC5\tn\t20135.0"))
    }

    @Test(.requires("soffice", "python_calamine")) func libreOfficeCSVImport() throws {
        try ExternalTools.require("soffice", "python_calamine")
        let dir = TemporaryDirectory("xlsx-reader-lo-csv")
        let csv = dir.path("liste.csv")
        try "OZG-ID,Leistung,Datum,Wert\n10092,Wohngeld,2022-12-31,1.5\n10043,\"Gewerbe, An- und Abmeldung\",2021-06-01,-2\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let out = try ExternalTools.sofficeConvert(csv, to: "xlsx", outputDirectory: dir.path("lo"))
        let reader = try XLSXReader(path: out.path)
        let ours = try XLSXReaderFixtures.dump(reader)
        #expect(ours == (try reference("calamine", out.path)))
        let sheet = try reader.readSheet(0)
        #expect(sheet.value(row: 2, column: 1) == .text("Gewerbe, An- und Abmeldung"))
        #expect(sheet.value(row: 1, column: 2) == .date(CalendarDate(year: 2022, month: 12, day: 31)))
    }

    @Test(.requires("gcc", "pkg-config", "python_calamine"), arguments: ["inline", "shared"])
    func libxlsxwriterFileMatchesCalamine(flavour: String) throws {
        try ExternalTools.require("gcc", "pkg-config", "python_calamine")
        let dir = TemporaryDirectory("xlsx-reader-lxw")
        let gen = dir.path("gen_xlsx").path
        let source = ExternalTools.repositoryRoot.appendingPathComponent("Benchmarks/read/gen_xlsx.c").path
        let flags = try ExternalTools.check(["pkg-config", "--cflags", "--libs", "xlsxwriter"]).text
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        try ExternalTools.check(["gcc", "-O1", "-o", gen, source] + flags)
        let file = dir.path("\(flavour).xlsx").path
        try ExternalTools.check([gen, file, flavour, "1500"])
        let reader = try XLSXReader(path: file)
        let ours = try XLSXReaderFixtures.dump(reader)
        #expect(ours.count == 1501 * 15)
        #expect(ours == (try reference("calamine", file)))
    }
}
