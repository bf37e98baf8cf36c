import Foundation
import OZGDomain
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// The per-council fan-out: one .xlsx per council written on several threads, read back with
/// the XLSX reader and compared with the same councils written one after the other.
@Suite("Kommunen fan-out")
struct KommunenFanOutTests {
    /// The fixture with its five councils plus 35 made-up ones of every type.
    static func model() throws -> DomainModel {
        let (f, base, _) = try KommunenMatrixReportTests.model()
        var model = base
        for i in 0..<35 {
            model.kommunen.append(Kommune(name: "Beispielkommune \(i + 1)", kreis: "Beispielkreis", kommunaltyp: f.typeNames[i % f.typeNames.count]))
        }
        return model
    }

    /// - Parameter constantMemory: libxlsxwriter's row-by-row mode, as `ozg report` writes.
    static func xlsxRenderer(constantMemory: Bool = false) -> any ReportRenderer {
        SpreadsheetReportRenderer(format: .xlsx) {
            try XLSXWriter(path: $0, options: WriteOptions(constantMemory: constantMemory)) as any SpreadsheetWriter
        }
    }

    /// Every cell of every sheet as text, row by row.
    static func cells(_ path: String) throws -> [[String]] {
        let reader = try XLSXReader(path: path)
        var out: [[String]] = []
        for s in reader.sheets.indices {
            let rows = try reader.rows(ofSheet: s)
            while let row = try rows.next() {
                out.append(["\(row.index)"] + row.cells.map { "\($0.column)=\($0.value.plainText)" })
            }
        }
        return out
    }

    @Test("two and three workers (constant-memory mode) write the same cells as one (normal mode), in council order")
    func sameAsSequential() throws {
        let model = try Self.model()
        let dir = TemporaryDirectory("fanout")
        let plan = try KommunenMatrixReport().perKommunePlan(model: model, options: ReportOptions())
        #expect(plan.entries.count == 40)
        let one = try KommunenFanOut(workers: 1).render(plan, format: .xlsx, into: dir.path("eins").path) { Self.xlsxRenderer() }
        for workers in [2, 3] {
            let out = dir.path("parallel-\(workers)").path
            let many = try KommunenFanOut(workers: workers).render(
                KommunenMatrixReport(), model: model, options: ReportOptions(), format: .xlsx, into: out
            ) { Self.xlsxRenderer(constantMemory: true) }
            #expect(many.map { ($0 as NSString).lastPathComponent } == plan.entries.map { $0.fileStem + ".xlsx" })
            // Every file is in place, no temporary one is left (they are committed in one batch).
            #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == many.map { ($0 as NSString).lastPathComponent }.sorted())
            for (a, b) in zip(one, many) {
                let left = try Self.cells(a), right = try Self.cells(b)
                #expect(left == right, "\(b)")
            }
        }
        // The files hold what the plan's documents hold: a council's relevant rows and its name.
        let lue = try #require(plan.entries.firstIndex { $0.kommune.name == "Lübbecke" })
        let doc = try plan.document(at: lue)
        let rows = try Self.cells(one[lue])
        // The pack's title names the council; its list sheet holds the relevant rows.
        #expect(rows.first?.contains("0=\(doc.title)") == true)
        #expect(doc.title.contains("Lübbecke"))
        let list = try #require(doc.sheets.first { $0.name == KommunenMatrixReport.leistungenSheet }?.tables.first)
        let tableRows = list.rows.count
        #expect(tableRows > 0)
        #expect(rows.filter { $0.contains("5=ja") || $0.contains("5=teilweise") }.count == tableRows)
    }

    @Test("memory is bounded by the workers: at most one document per worker exists at a time")
    func boundedByWorkers() throws {
        let model = try Self.model()
        let real = try KommunenMatrixReport().perKommunePlan(model: model, options: ReportOptions())
        let gauge = InFlightGauge()
        let plan = PerKommunePlan(entries: real.entries) { i in
            gauge.enter()
            return try real.document(at: i)
        }
        let dir = TemporaryDirectory("fanout-bound")
        let written = try KommunenFanOut(workers: 2).render(plan, format: .html, into: dir.path("out").path) {
            CountingRenderer(gauge: gauge)
        }
        #expect(written.count == 40)
        #expect(gauge.made == 40)
        #expect(gauge.maximum >= 1 && gauge.maximum <= 2)
    }

    @Test("a failing council stops the fan-out with its error; no file is left half written")
    func failure() throws {
        let model = try Self.model()
        let real = try KommunenMatrixReport().perKommunePlan(model: model, options: ReportOptions())
        let plan = PerKommunePlan(entries: real.entries) { i in
            if i == 7 { throw ReportError.writeFailed(path: "Nummer 8", reason: "Test") }
            return try real.document(at: i)
        }
        let dir = TemporaryDirectory("fanout-fail")
        let out = dir.path("out").path
        #expect(throws: ReportError.writeFailed(path: "Nummer 8", reason: "Test")) {
            try KommunenFanOut(workers: 2).render(plan, format: .xlsx, into: out) { Self.xlsxRenderer() }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!names.contains(real.entries[7].fileStem + ".xlsx"))
        // Only whole workbooks are left, each readable.
        for name in names {
            #expect(name.hasSuffix(".xlsx"), "\(name)")
            _ = try Self.cells(out + "/" + name)
        }
        #expect(names.count < 40)
    }

    @Test("a generator without a plan of its own fans out its documents")
    func defaultPlan() throws {
        let model = try Self.model()
        let eager = EagerGenerator()
        let plan = try eager.perKommunePlan(model: model, options: ReportOptions())
        #expect(plan.entries.map(\.fileStem) == ["eins", "zwei"])
        #expect(try plan.document(at: 1).title == "zwei")
        let dir = TemporaryDirectory("fanout-default")
        let files = try KommunenFanOut().render(eager, model: model, options: ReportOptions(), format: .json, into: dir.path("j").path) {
            ReportRenderers.renderer(for: .json) { _ in throw ReportError.unsupportedFormat("json", supported: []) }
        }
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["eins.json", "zwei.json"])
        let text = try String(contentsOfFile: files[1], encoding: .utf8)
        #expect(text.contains("\"zwei\""))
    }
}

/// Counts documents made and not yet rendered.
final class InFlightGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var maximum = 0
    private(set) var made = 0

    func enter() {
        lock.lock()
        current += 1
        made += 1
        maximum = max(maximum, current)
        lock.unlock()
    }

    func leave() {
        lock.lock()
        current -= 1
        lock.unlock()
    }
}

/// An HTML renderer that tells the gauge when a document is done with.
struct CountingRenderer: ReportRenderer {
    let gauge: InFlightGauge
    var format: ReportFormat { .html }

    func render(_ document: ReportDocument, to path: String) throws -> [String] {
        defer { gauge.leave() }
        Thread.sleep(forTimeInterval: 0.002)
        return try HTMLReportRenderer().render(document, to: path)
    }
}

/// A per-council generator that only makes all documents at once (as a plug-in might).
struct EagerGenerator: PerKommuneReportGenerator {
    let name = "eager"
    let title = "Eager"

    func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        ReportDocument(title: title, sheets: [])
    }

    func generatePerKommune(model: DomainModel, options: ReportOptions) throws -> [KommuneReport] {
        [("eins", model.kommunen[0]), ("zwei", model.kommunen[1])].map { stem, k in
            KommuneReport(kommune: k, fileStem: stem, document: ReportDocument(title: stem, sheets: []))
        }
    }
}
