import Foundation

/// The whole cycle on the sample data (`Samples/`): what `ozg demo` and `make demo` run, composed
/// of the same services as the commands.
///
/// A fresh workspace in `OUTPUT/workspace`: catalogue (test rows left out) and councils
/// imported, Paten assigned, data marked as Beispieldaten; a working sheet per Themenfeld; the
/// filled sample sheets and the sample roadmap checked (Prüfberichte) and ingested; the sample
/// dashboard export imported for Lemgo; every
/// built-in report as .xlsx, .ods and .html (per-council reports in a folder each), the roadmap
/// calendar, the Gesamtliste as .xlsx and JSON, and the website for the member councils.
public struct DemoPipeline {
    public var samples: URL
    public var output: URL

    public init(samples: String, output: String) {
        self.samples = URL(fileURLWithPath: samples)
        self.output = URL(fileURLWithPath: output)
    }

    /// What the run produced, for the summary `ozg demo` prints.
    public struct Summary {
        public var workspace: String
        public var model: DomainModel
        public var templates: (folder: String, count: Int)
        public var ingested: [SheetIngest.IngestedSheet]
        public var pruefberichte: String?
        public var reports: (folder: String, files: [String])
        public var gesamtliste: String
        /// The website for the member councils (`OUTPUT/website`).
        public var site: SiteResult
        public var catalogIssues: [CatalogIssue]
        public var leftOutRows: [Einzelleistung]
        /// The sample dashboard export imported for Lemgo (`Samples/dashboard`), when present.
        public var dashboard: DashboardImport.Result? = nil
    }

    public var workspacePath: String { output.appendingPathComponent("workspace").path }

    public func run() throws -> Summary {
        let fm = FileManager.default
        try? fm.removeItem(atPath: workspacePath)
        try fm.createDirectory(at: output, withIntermediateDirectories: true)
        let data = samples.appendingPathComponent("data")

        // 1. Workspace: catalogue, councils, Paten; sample data playing in mid-2022.
        let ws = try Workspace.open(at: workspacePath, createIfMissing: true)
        let imported = try CatalogImport(workspace: ws).run(
            file: data.appendingPathComponent("ozg-katalog-2019.csv").path,
            kommunen: data.appendingPathComponent("krz-verband-kommunen.csv").path)
        let patenFile = data.appendingPathComponent("paten-beispiel.csv").path
        if fm.fileExists(atPath: patenFile) { try ws.setPaten(try DataFiles.paten(patenFile)) }
        try ws.setSampleData(true)
        try ws.setStand(CalendarDate(year: 2022, month: 6, day: 30))
        // Settings for the council packs and the roadmap, marked as Beispieldaten.
        try ws.setSettings(WorkspaceSettings(
            kontakt: "Geschäftsstelle FAG OZG (Beispieldaten), ozg-fag@example.org, Tel. 05261 000-000",
            rueckmeldungBis: CalendarDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400) + 42),
            herausgeber: "Facharbeitsgruppe OZG (Beispieldaten)",
            meilensteine: [.ozgFrist2022]))
        let protected = Workspace.storeFiles(inFolder: workspacePath)

        // 2. A working sheet per Themenfeld (empty: the Paten's first round).
        let boegen = output.appendingPathComponent("arbeitsboegen").path
        var templates = TemplateService(model: try ws.snapshot(), protectedFiles: protected)
        templates.prefill = false
        let written = try templates.writeAll(into: boegen)

        // 3. The filled sample sheets and the sample roadmap: checked, Prüfberichte, stored.
        let pruef = output.appendingPathComponent("pruefberichte").path
        let check = SheetCheck(model: try ws.snapshot(), pruefberichtFolder: pruef, protectedFiles: protected)
        let ingested = try SheetIngest(workspace: ws).run(try check.run(try sampleInputs()))
        // The sample dashboard export (Beispieldaten) for one council.
        let export = samples.appendingPathComponent("dashboard/pvog-export-lemgo-beispiel.csv").path
        let dashboard = fm.fileExists(atPath: export) ? try DashboardImport(workspace: ws).run(file: export, kommune: "Lemgo") : nil
        let model = try ws.snapshot()

        // 4. Every built-in report as .xlsx, .ods and .html; the roadmap calendar; the Gesamtliste.
        let berichte = output.appendingPathComponent("berichte")
        try fm.createDirectory(at: berichte, withIntermediateDirectories: true)
        let reports = ReportService(model: model, protectedFiles: protected)
        var files: [String] = []
        for generator in ReportRegistry.shared.all {
            for format in [ReportFormat.xlsx, .ods, .html] {
                if let perKommune = generator as? any PerKommuneReportGenerator {
                    files += try reports.writePerKommune(
                        perKommune, format: format, folder: berichte.appendingPathComponent(generator.name).path)
                } else {
                    files += try reports.write(
                        generator.name, format: format.rawValue,
                        to: berichte.appendingPathComponent(generator.name + "." + format.rawValue).path)
                }
            }
        }
        files += try reports.write("roadmap", format: "ics", to: berichte.appendingPathComponent("roadmap.ics").path)
        try AtomicOutput.write(
            Data(GesamtlisteExport.json(model: model).utf8), to: output.appendingPathComponent("gesamtliste.json").path,
            inputs: protected)
        let gesamtliste = output.appendingPathComponent("gesamtliste.xlsx").path
        try SpreadsheetFile.write(GesamtlisteExport.workbook(model: model), to: gesamtliste, inputs: protected)

        // 5. The website for the member councils, with every report to download.
        let site = try SiteBuilder(model: model, makeWriter: { try SpreadsheetFile.create($0, inputs: protected) })
            .build(into: output.appendingPathComponent("website").path)

        return Summary(
            workspace: workspacePath, model: model, templates: (boegen, written.count), ingested: ingested,
            pruefberichte: fm.fileExists(atPath: pruef) ? pruef : nil, reports: (berichte.path, files),
            gesamtliste: gesamtliste, site: site, catalogIssues: imported.issues, leftOutRows: imported.leftOut,
            dashboard: dashboard)
    }

    /// The filled sample sheets and the sample roadmap, in name order.
    public func sampleInputs() throws -> [String] {
        var files: [String] = []
        for sub in ["working-sheets", "roadmap"] {
            let dir = samples.appendingPathComponent(sub)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names.sorted() where ["xlsx", "ods", "csv"].contains((name as NSString).pathExtension.lowercased()) {
                files.append(dir.appendingPathComponent(name).path)
            }
        }
        return files
    }
}
