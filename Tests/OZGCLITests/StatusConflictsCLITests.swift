import Foundation
import OZGTestSupport
import Testing

/// `ozg ingest` of a council's status sheet and `ozg conflicts` for what collides.
@Suite("Status returns on the command line")
struct StatusConflictsCLITests {
    @Test("a second, different return of the same pack conflicts; ozg conflicts lists it and resolves it", .requires("openpyxl"))
    func conflicts() throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("status-cli")
        let w = ["--workspace", dir.path("ws").path]
        try CLI.ok(["catalog", "import", ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv").path,
            "--kommunen", ExternalTools.sampleData.appendingPathComponent("krz-verband-kommunen.csv").path, "--quiet"] + w)
        let sample = ExternalTools.samples.appendingPathComponent("status/umsetzungsstand-Lemgo.xlsx")
        let first = try ExternalTools.ozg(["ingest", sample.path] + w)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Umsetzungsstand von Lemgo: "))
        // The same pack, answered otherwise, from another file: it did not see the stored rows.
        let other = dir.path("lemgo-nachtrag.xlsx")
        let edit = """
            import sys; from openpyxl import load_workbook
            wb = load_workbook(sys.argv[1]); ws = wb["Umsetzungsstand"]
            r = next(r for r in range(1, 15) if ws.cell(r, 1).value == "LeiKa-Schlüssel") + 1
            while not ws.cell(r, 6).value: r += 1
            ws.cell(r, 6).value = "in Planung" if ws.cell(r, 6).value != "in Planung" else "offen"
            wb.save(sys.argv[2]); print(ws.cell(r, 6).coordinate)
            """
        let cell = try ExternalTools.check(["python3", "-c", edit, sample.path, other.path]).text.trimmingCharacters(in: .whitespacesAndNewlines)
        let second = try ExternalTools.ozg(["ingest", other.path] + w)
        #expect(second.status == 1)
        #expect(second.stderr.contains("Konflikt S1 Lemgo / "), "\(second.stderr)")
        #expect(second.stderr.contains("Umsetzungstand") == false)
        #expect(second.stderr.contains("lemgo-nachtrag.xlsx Umsetzungsstand!\(cell)"), "\(second.stderr)")
        let list = try ExternalTools.ozg(["conflicts"] + w)
        #expect(list.status == 1)
        #expect(list.text.hasPrefix("S1 Lemgo / ") && list.text.contains("(Umsetzungsstand)"), "\(list.text)")
        let resolved = try ExternalTools.ozg(["conflicts", "--resolve", "S1", "--keep", "new"] + w)
        #expect(resolved.status == 0, "\(resolved.stderr)")
        let after = try ExternalTools.ozg(["conflicts"] + w)
        #expect(after.status == 0 && after.text.isEmpty)
        #expect(try ExternalTools.ozg(["conflicts", "--all"] + w).text.contains("entschieden: neu"))
        let bad = try ExternalTools.ozg(["conflicts", "--resolve", "X1", "--keep", "new"] + w)
        #expect(bad.status == 64 && bad.stderr.contains("X1"))
    }
}
