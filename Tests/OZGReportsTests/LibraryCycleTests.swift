import Foundation
import OZGKit
import OZGTestSupport
import Testing

/// The Paten cycle from Swift, as the README shows it: the services the CLI commands call.
@Suite("Library: the Paten cycle through the OZGKit services")
struct LibraryCycleTests {
    @Test func readmeCycle() throws {
        let dir = TemporaryDirectory("ozg-library-cycle")
        let data = ExternalTools.sampleData
        let ws = try Workspace.open(at: dir.path("ws").path, createIfMissing: true)
        let imported = try CatalogImport(workspace: ws).run(
            file: data.appendingPathComponent("ozg-katalog-2019.csv").path,
            kommunen: data.appendingPathComponent("krz-verband-kommunen.csv").path)
        // The 2019 catalogue's two test rows are left out and reported.
        #expect(imported.leftOut.map(\.bezeichnung).sorted() == ["Test 124", "Test 4"])
        #expect(imported.catalog.einzelleistungen.count == 5225 - 2)
        #expect(imported.issues.filter(\.untrusted).count == 3)
        try ws.setPaten(try DataFiles.paten(data.appendingPathComponent("paten-beispiel.csv").path))
        let model = try ws.snapshot()
        #expect(model.kommunen.count == 39)
        #expect(!model.catalog.einzelleistungen.contains { $0.bezeichnung.hasPrefix("Test ") })

        let boegen = try TemplateService(model: model).writeAll(into: dir.path("boegen").path, format: "xlsx")
        #expect(boegen.count == model.catalog.themenfelder.count)
        #expect(boegen.allSatisfy { FileManager.default.fileExists(atPath: $0) })

        // A returned sheet: checked (findings, a Prüfbericht where there are any), then stored.
        let returned = ExternalTools.samples.appendingPathComponent("working-sheets/06-fehler.xlsx").path
        let checked = try SheetCheck(model: model, pruefberichtFolder: dir.path("pruef").path).run([returned])
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: ExternalTools.samples.appendingPathComponent("working-sheets/expected.json"))) as? [String: Any]
        let files = try #require(expected?["files"] as? [String: Any])
        let fehler = try #require(files["06-fehler.xlsx"] as? [String: Any])
        #expect(checked.first?.result.verdicts.count == fehler["verdicts"] as? Int)
        #expect(checked.first?.result.findings.count == (fehler["findings"] as? [Any])?.count)
        let pruefbericht = try #require(checked.first?.pruefbericht)
        #expect(FileManager.default.fileExists(atPath: pruefbericht))
        let stored = try SheetIngest(workspace: ws).run(checked)
        #expect(stored.first?.outcome.verdictsStored == fehler["verdicts"] as? Int)
        // The same file again changes nothing, and is not even read again (no sheets, no findings),
        // while a check alone still reads it.
        #expect(!stored[0].result.sheets.isEmpty && !stored[0].result.findings.isEmpty)
        let again = try #require(try SheetIngest(workspace: ws).run(files: [returned]).first)
        #expect(again.outcome.alreadyIngested && again.result.sheets.isEmpty && again.result.findings.isEmpty)
        #expect(try SheetCheck(model: model).run([returned]).first?.result.findings == stored[0].result.findings)

        var out = Data()
        let reports = ReportService(model: try ws.snapshot(), standardOutput: { out.append($0) })
        #expect(try reports.write("abdeckung", format: "html", to: dir.path("abdeckung.html").path) == [dir.path("abdeckung.html").path])
        let perCouncil = try reports.write("kommunen-matrix", format: "xlsx", to: dir.path("kommunen").path)
        #expect(perCouncil.count == 39)
        try reports.write("abdeckung", format: "json", to: "-")
        let json = try JSONValue.parse(out)
        #expect(json["title"]?.stringValue?.isEmpty == false)
        #expect(throws: ReportError.self) { try reports.write("abdeckung", format: "pdf", to: dir.path("x.pdf").path) }
    }
}
