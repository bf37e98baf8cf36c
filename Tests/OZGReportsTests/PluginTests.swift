import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import Testing

/// A custom generator as another package would write it.
struct LageCount: ReportGenerator {
    let name = "lagen-test"
    let title = "Lagen"
    func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let lagen = model.catalog.lagen()
        return ReportDocument(title: title, sheets: [ReportSheet(name: "Lagen", tables: [
            ReportTable(title: "Lagen", columns: [ReportColumn("Anzahl", kind: .integer)], rows: [ReportRow([.integer(lagen.count)])]),
        ])])
    }
}

@Suite("Registry and external plug-ins")
struct PluginTests {
    static var pythonPlugins: String { ExternalTools.samples.appendingPathComponent("plugins/python").path }

    static func script(_ dir: TemporaryDirectory, _ name: String, _ body: String) throws {
        let url = dir.path("ozg-report-\(name)")
        try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    @Test("built-ins are registered; a custom generator registers and runs")
    func registry() throws {
        #expect(ReportRegistry.shared.names.starts(with: ["abdeckung", "kommunaltyp-matrix", "kommunen-matrix", "roadmap"]))
        let registry = ReportRegistry()
        registry.register(LageCount())
        #expect(registry.names.last == "lagen-test")
        let f = try ReportFixture.make(perThema: 3)
        let doc = try registry.document(named: "lagen-test", model: f.model, external: ExternalReportRunner(searchPath: ""))
        #expect(doc.sheets[0].tables[0].rows[0][0] == .integer(Set(f.rows.map { $0[1] }).count))
        #expect(throws: ReportError.self) {
            try registry.document(named: "gibtsnicht", model: f.model, external: ExternalReportRunner(searchPath: ""))
        }
    }

    @Test("the Python sample plug-in runs end to end with the right figures", .requires("python3"))
    func pythonPlugin() throws {
        try ExternalTools.require("python3")
        let runner = ExternalReportRunner(searchPath: Self.pythonPlugins, timeout: 60)
        #expect(runner.plugins().map(\.name) == ["paten"])
        let listing = ReportRegistry().listing(external: runner)
        #expect(listing.last?.name == "paten")
        #expect(listing.last?.source == .external(path: Self.pythonPlugins + "/ozg-report-paten"))

        let f = try ReportFixture.make(perThema: 10)
        let doc = try ReportRegistry().document(named: "paten", model: f.model, external: runner)
        #expect(doc.title == "Paten-Übersicht")
        #expect(doc.isSampleData)
        let table = doc.sheets[0].tables[0]
        let names = Set(f.paten.values).sorted()
        #expect(table.rows.count == names.count + 1)
        for (n, name) in names.enumerated() {
            let themen = f.themen.filter { f.paten[$0] == name }
            let idx = themen.flatMap { f.rowIndexes(of: $0) }
            let open = idx.reduce(0) { $0 + f.truth[$1].filter { $0 == .offen }.count }
            #expect(table.rows[n][0] == .text(name))
            #expect(table.rows[n][2] == .integer(themen.count))
            #expect(table.rows[n][3] == .integer(idx.count))
            #expect(table.rows[n][4] == .integer(open))
        }
        #expect(table.rows.last?.role == .total)
        #expect(table.columns[5].kind == .percent)
        // Rendered like any other report.
        #expect(HTMLReportRenderer().html(for: doc).contains("Paten-Übersicht"))
    }

    @Test("failing, garbage-printing and hanging plug-ins give errors that name them")
    func failures() throws {
        let dir = TemporaryDirectory("report-plugins")
        try Self.script(dir, "kaputt", "cat >/dev/null\necho 'Datei fehlt: x.csv' >&2\nexit 3")
        try Self.script(dir, "muell", "echo 'kein JSON'")
        try Self.script(dir, "haengt", "exec sleep 30")
        let runner = ExternalReportRunner(searchPath: dir.url.path, timeout: 1.5)
        #expect(Set(runner.plugins().map(\.name)) == ["kaputt", "muell", "haengt"])
        let model = DomainModel(isSampleData: true)
        do {
            _ = try runner.run("kaputt", model: model)
            Issue.record("no error")
        } catch let ReportError.pluginFailed(name, status, stderr) {
            #expect(name == "kaputt" && status == 3 && stderr.contains("Datei fehlt"))
        }
        do {
            _ = try runner.run("muell", model: model)
            Issue.record("no error")
        } catch let ReportError.invalidJSON(source, _) {
            #expect(source == "ozg-report-muell")
        }
        let start = Date()
        do {
            _ = try runner.run("haengt", model: model)
            Issue.record("no error")
        } catch let ReportError.pluginTimedOut(name, _) {
            #expect(name == "haengt")
        }
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(throws: ReportError.self) { try runner.run("fehlt", model: model) }
    }

    @Test("the Swift sample plug-in, when built, runs as ozg-report-lebenslagen")
    func swiftPlugin() throws {
        // Built by `swift build` in Samples/plugins/swift (CI does so before the tests).
        let dir = ProcessInfo.processInfo.environment["OZG_SWIFT_PLUGIN_DIR"]
            ?? ExternalTools.samples.appendingPathComponent("plugins/swift/.build/debug").path
        guard FileManager.default.isExecutableFile(atPath: dir + "/ozg-report-lebenslagen") else {
            // `make test` builds it first; in CI its absence is a failure, not a skip.
            #expect(!ExternalTools.isCI, "Samples/plugins/swift was not built")
            return
        }
        let runner = ExternalReportRunner(searchPath: dir, timeout: 60)
        let f = try ReportFixture.make(perThema: 4)
        let doc = try runner.run("lebenslagen", model: f.model)
        #expect(doc.title == "Abdeckung je Lebenslage")
        let table = doc.sheets[0].tables[0]
        #expect(table.rows.last?.role == .total)
        #expect(table.rows.last?[2] == .integer(f.rows.count))
        // relevant: ja or teilweise for at least one Kommunaltyp, from the fixture's truth.
        let relevant = f.truth.filter { $0.contains { $0 == .ja || $0 == .teilweise } }.count
        #expect(table.rows.last?[3] == .integer(relevant))
    }
}
