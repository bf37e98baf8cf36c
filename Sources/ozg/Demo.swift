import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the whole cycle on Samples/ and write every report: what `make demo` does.",
            discussion: """
                A fresh workspace in OUTPUT/workspace: catalogue and councils imported, the Paten
                assigned, a working sheet per Themenfeld written, the filled sample sheets (Beispieldaten)
                and the sample roadmap ingested, then every built-in report as .xlsx, .ods and .html,
                and the website for the member councils in OUTPUT/website.

                Example:
                  ozg demo --output demo-output
                """)

        @Option(name: .shortAndLong, help: "The folder for the workspace and all output.")
        var output: String = "demo-output"

        @Option(name: .long, help: "The Samples folder (default: ./Samples).")
        var samples: String = "Samples"
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let fm = FileManager.default
                let out = URL(fileURLWithPath: output)
                let samplesURL = URL(fileURLWithPath: samples)
                let wsPath = out.appendingPathComponent("workspace").path
                try? fm.removeItem(atPath: wsPath)
                try fm.createDirectory(at: out, withIntermediateDirectories: true)

                // 1. Workspace: catalogue, councils, Paten.
                let ws = try Workspace.open(at: wsPath, createIfMissing: true)
                let catalog = try readCatalog(samplesURL.appendingPathComponent("data/ozg-katalog-2019.csv").path)
                _ = try ws.importCatalog(catalog)
                try ws.setKommunen(
                    try readKommunen(samplesURL.appendingPathComponent("data/krz-verband-kommunen.csv").path, kommunaltypen: .krzVerband))
                let patenFile = samplesURL.appendingPathComponent("data/paten-beispiel.csv").path
                if fm.fileExists(atPath: patenFile) { try ws.setPaten(try readPaten(patenFile)) }
                try ws.setSampleData(true)
                // The sample data play in mid-2022, half a year before the OZG deadline.
                try ws.setStand(CalendarDate(year: 2022, month: 6, day: 30))

                // 2. Working sheets for every Themenfeld.
                let boegen = out.appendingPathComponent("arbeitsboegen")
                try fm.createDirectory(at: boegen, withIntermediateDirectories: true)
                var model = try ws.snapshot()
                for tf in model.catalog.themenfelder {
                    var content = WorkingSheetTemplate.Content()
                    content.pate = model.pate(for: tf)?.name
                    content.isSampleData = true
                    let wb = WorkingSheetTemplate.make(catalog: model.catalog, themenfeld: tf, kommunaltypen: model.kommunaltypen, content: content)
                    try SpreadsheetFile.write(wb, to: boegen.appendingPathComponent(safeFileStem(tf) + ".xlsx").path)
                }

                // 3. The filled sample sheets and the sample roadmap.
                let mapper = WorkingSheetMapper(catalog: model.catalog, kommunaltypen: model.kommunaltypen, kommunen: model.kommunen)
                let pruef = out.appendingPathComponent("pruefberichte")
                var ingested: [(String, WorkingSheetResult, IngestOutcome)] = []
                let inputs = try sampleInputs(samplesURL)
                for file in inputs {
                    let reader = try SpreadsheetFile.open(file)
                    let result = try mapper.map(
                        reader: reader, file: file, sha256: try SHA256.hex(ofFile: file),
                        ingestedAt: ISO8601DateFormatter().string(from: Date()))
                    let outcome = try ws.ingest(result.ingestBatch)
                    ingested.append((file, result, outcome))
                    if !result.findings.isEmpty {
                        try fm.createDirectory(at: pruef, withIntermediateDirectories: true)
                        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                        try SpreadsheetFile.write(
                            Pruefbericht.workbook(original: try SpreadsheetFile.read(file), findings: result.findings, file: file),
                            to: pruef.appendingPathComponent(stem + "-Pruefbericht.xlsx").path)
                    }
                }
                model = try ws.snapshot()

                // 4. Every built-in report as .xlsx, .ods and .html.
                let berichte = out.appendingPathComponent("berichte")
                try fm.createDirectory(at: berichte, withIntermediateDirectories: true)
                var written: [String] = []
                for generator in ReportRegistry.shared.all {
                    if let perKommune = generator as? any PerKommuneReportGenerator {
                        let dir = berichte.appendingPathComponent(generator.name)
                        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
                        for report in try perKommune.generatePerKommune(model: model, options: ReportOptions()) {
                            for fmt in [ReportFormat.xlsx, .ods, .html] {
                                written += try reportRenderer(fmt).render(
                                    report.document, to: dir.appendingPathComponent(report.fileStem + "." + fmt.rawValue).path)
                            }
                        }
                        continue
                    }
                    let document = try generator.generate(model: model, options: ReportOptions())
                    for fmt in [ReportFormat.xlsx, .ods, .html] {
                        written += try reportRenderer(fmt).render(
                            document, to: berichte.appendingPathComponent(generator.name + "." + fmt.rawValue).path)
                    }
                }
                try writeText(try RoadmapCalendar.ics(model: model), to: berichte.appendingPathComponent("roadmap.ics").path)
                try writeText(GesamtlisteExport.json(model: model), to: out.appendingPathComponent("gesamtliste.json").path)
                try SpreadsheetFile.write(GesamtlisteExport.workbook(model: model), to: out.appendingPathComponent("gesamtliste.xlsx").path)

                // 5. The website for the member councils, with every report to download.
                let site = try SiteBuilder(model: model, makeWriter: { try SpreadsheetFile.create($0) })
                    .build(into: out.appendingPathComponent("website").path)

                // 6. One screen of summary.
                let relevant = model.verdicts.filter { $0.relevanz.isRelevant }.count
                print("OZGKit-Demo (Beispieldaten) in \(out.path)")
                print("  Katalog:        \(model.catalog.einzelleistungen.count) Einzelleistungen, \(model.catalog.themenfelder.count) Themenfelder, \(model.kommunen.count) Kommunen")
                print("  Arbeitsbögen:   \(boegen.path)/ (\(model.catalog.themenfelder.count) × .xlsx)")
                for (file, result, outcome) in ingested {
                    print(
                        "  eingelesen:     \((file as NSString).lastPathComponent): \(outcome.verdictsStored) Bewertungen, \(outcome.vorhabenStored) Vorhaben, "
                            + "\(result.errors.count) Fehler, \(result.warnings.count) Warnungen, \(outcome.conflicts.count) Konflikte")
                }
                print("  Bewertungen:    \(model.verdicts.count) gespeichert, davon \(relevant) relevant (ja/teilweise); \(model.vorhaben.count) Umsetzungsvorhaben")
                if fm.fileExists(atPath: pruef.path) { print("  Prüfberichte:   \(pruef.path)/") }
                print("  Berichte:       \(berichte.path)/ (\(written.count) Dateien)")
                for name in ["abdeckung.html", "kommunaltyp-matrix.xlsx", "roadmap.html"] {
                    print("                  \(berichte.appendingPathComponent(name).path)")
                }
                print("  Website:        \(site.startPage) (\(site.pages) Seiten, \(site.downloads) Downloads)")
                print("  Gesamtliste:    \(out.appendingPathComponent("gesamtliste.xlsx").path)")
                print("  Workspace:      \(wsPath)  (weiter mit: ozg report list --workspace \(wsPath))")
            }
        }

        /// The filled sample sheets and the sample roadmap, in name order.
        func sampleInputs(_ samples: URL) throws -> [String] {
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
}

/// Reads a Paten list: columns Themenfeld, Pate (or Name), optional E-Mail.
func readPaten(_ path: String) throws -> [Pate] {
    let rows = try SpreadsheetFile.open(path).readSheet(0).textRows()
    guard let header = rows.first?.map({ $0.lowercased() }) else { return [] }
    let tf = header.firstIndex(of: "themenfeld") ?? 0
    let name = header.firstIndex { $0 == "pate" || $0 == "name" || $0 == "themenpate" } ?? 1
    let mail = header.firstIndex { $0.contains("mail") }
    return rows.dropFirst().compactMap { r in
        guard r.count > max(tf, name), !r[tf].isEmpty, !r[name].isEmpty else { return nil }
        return Pate(themenfeld: r[tf], name: r[name], email: mail.flatMap { $0 < r.count && !r[$0].isEmpty ? r[$0] : nil })
    }
}
