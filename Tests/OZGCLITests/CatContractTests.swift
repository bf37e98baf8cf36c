import Foundation
import OZGTestSupport
import Testing

/// The `ozg cat --format json` contract of the spreadsheet-core issue, on files written by
/// openpyxl and LibreOffice, and after `ozg convert` round trips.
@Suite("ozg cat JSON contract")
struct CatContractTests {
    static let expected =
        ##"{"sheets":[{"name":"Tabelle1","rows":[[1.5,"Text",true,null,{"date":"2021-01-31"},{"datetime":"2021-01-31T10:15:00"},{"time":"10:15:00"},{"duration":3600},{"error":"#DIV/0!"}]]},{"name":"Versteckt","rows":[[],[],[null,null,"Mitte"]]},{"name":"Leer","rows":[]}]}"##

    func makeContractFile(_ dir: TemporaryDirectory) throws -> URL {
        let url = dir.path("contract.xlsx")
        try ExternalTools.python(script: "cli_make_contract.py", [url.path])
        return url
    }

    @Test(.requires("openpyxl")) func openpyxlFile() throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory()
        let file = try makeContractFile(dir)
        let out = try ExternalTools.ozg(["cat", file.path, "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.text.trimmingCharacters(in: .whitespacesAndNewlines) == Self.expected)
    }

    @Test("round trip through ozg convert", .requires("openpyxl"), arguments: [["ods", "xlsx"], ["xlsx"], ["ods"]])
    func convertRoundTrip(chain: [String]) throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory()
        var current = try makeContractFile(dir)
        for (i, ext) in chain.enumerated() {
            let next = dir.path("step\(i).\(ext)")
            let conv = try ExternalTools.ozg(["convert", current.path, next.path, "--quiet"])
            #expect(conv.status == 0, "\(conv.stderr)")
            current = next
        }
        let out = try ExternalTools.ozg(["cat", current.path, "--format", "json"])
        #expect(out.text.trimmingCharacters(in: .whitespacesAndNewlines) == Self.expected, "\(chain)")
    }

    @Test("LibreOffice's own files", .requires("openpyxl", "soffice"), arguments: ["ods", "xlsx"])
    func libreOfficeFiles(ext: String) throws {
        try ExternalTools.require("openpyxl", "soffice")
        let dir = TemporaryDirectory()
        let file = try makeContractFile(dir)
        let converted = try ExternalTools.sofficeConvert(file, to: ext, outputDirectory: dir.path("lo"))
        let out = try ExternalTools.ozg(["cat", converted.path, "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.text.trimmingCharacters(in: .whitespacesAndNewlines) == Self.expected)
    }

    @Test(.requires("openpyxl")) func oneSheetAsCSVAndTSV() throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory()
        let file = try makeContractFile(dir)
        let csv = try ExternalTools.ozg(["cat", file.path, "--sheet", "Tabelle1"])
        #expect(csv.text == "1.5,Text,TRUE,,2021-01-31,2021-01-31T10:15:00,10:15:00,1:00:00,#DIV/0!\n")
        let tsv = try ExternalTools.ozg(["cat", file.path, "--sheet", "2", "--format", "tsv"])
        #expect(tsv.text == "\n\n\t\tMitte\n")
    }

    @Test func errorsNameTheFileAndExitNonZero() throws {
        let dir = TemporaryDirectory()
        let missing = try ExternalTools.ozg(["cat", dir.path("nope.xlsx").path])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.xlsx"))
        let pdf = dir.path("fake.xlsx")
        try Data("%PDF-1.4 not a workbook".utf8).write(to: pdf)
        let notSheet = try ExternalTools.ozg(["cat", pdf.path])
        #expect(notSheet.status == 65)
        #expect(notSheet.stderr.contains("fake.xlsx") && notSheet.stderr.contains("PDF"))
        let badSheet = try ExternalTools.ozg(["cat", dir.path("nope.csv").path, "--sheet", "X"])
        #expect(badSheet.status != 0)
    }
}
