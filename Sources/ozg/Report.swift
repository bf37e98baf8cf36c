import ArgumentParser
import Foundation
import OZGKit

/// The renderer for a report format; spreadsheets go through OZGFiles' writers (.xlsx row by
/// row in constant-memory mode: report workbooks are built in row order).
func reportRenderer(_ format: ReportFormat, inputs: [String] = []) -> any ReportRenderer {
    switch format {
    case .xlsx, .ods:
        return SpreadsheetReportRenderer(format: format) {
            try SpreadsheetFile.create($0, options: WriteOptions(constantMemory: true), inputs: inputs)
        }
    case .csv: return CSVReportRenderer()
    case .html: return HTMLReportRenderer()
    case .json: return JSONReportRenderer()
    }
}

extension ReportFormat: ExpressibleByArgument {}

extension OZG {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Produce a report: built-in, registered, or an external ozg-report-NAME program on PATH.",
            discussion: """
                Built-in reports: abdeckung (coverage per Themenfeld), kommunaltyp-matrix,
                kommunen-matrix (one workbook per member council), roadmap (also --format ics and
                --format projekt-csv). `ozg report list` shows them and the external ones.

                Examples:
                  ozg report list
                  ozg report abdeckung --format xlsx -o abdeckung.xlsx
                  ozg report kommunaltyp-matrix --format html -o matrix.html --themenfeld "Bauen & Wohnen"
                  ozg report kommunen-matrix --format xlsx -o an-die-kommunen/
                  ozg report kommunen-matrix --kommune Bünde --format ods -o buende.ods
                  ozg report roadmap --format ics -o meilensteine.ics
                  ozg report abdeckung --format json -o -
                """)

        @Argument(help: "The report name, or `list`.")
        var name: String

        @Option(name: .shortAndLong, help: "xlsx, ods, csv, html, json (roadmap also: ics, projekt-csv).")
        var format: String = "xlsx"

        @Option(name: .shortAndLong, help: "The output file (- for stdout with csv/json/ics/projekt-csv); a folder for kommunen-matrix without --kommune.")
        var output: String?

        @OptionGroup var filters: FilterOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let registry = ReportRegistry.shared
                if name == "list" {
                    for entry in registry.listing() {
                        switch entry.source {
                        case .builtIn: print("\(entry.name)\t\(entry.title)")
                        case .external(let path): print("\(entry.name)\textern: \(path)")
                        }
                    }
                    return
                }
                guard let output else { throw usageError("-o PATH fehlt (oder - für stdout).", "-o PATH is missing (or - for stdout).") }
                if output != "-" { try AtomicOutput.refuse(output, ifAnyOf: workspace.storeFiles) }
                let model = try workspace.open().snapshot()
                let options = try filters.reportOptions(outputDirectory: output)
                if name == "roadmap", format == "ics" || format == "projekt-csv" {
                    let text = format == "ics"
                        ? try RoadmapCalendar.ics(model: model, options: options)
                        : try RoadmapProjectCSV.csv(model: model, options: options)
                    try writeText(text, to: output, inputs: workspace.storeFiles)
                    return
                }
                guard let fmt = ReportFormat(rawValue: format) else {
                    throw usageError("--format \(format) ist unbekannt: xlsx, ods, csv, html, json.", "--format \(format) is unknown: xlsx, ods, csv, html, json.")
                }
                if let perKommune = registry.generator(named: name) as? any PerKommuneReportGenerator, filters.kommune == nil {
                    let inputs = workspace.storeFiles
                    for file in try KommunenFanOut().render(
                        perKommune, model: model, options: options, format: fmt, into: output,
                        makeRenderer: { reportRenderer(fmt, inputs: inputs) })
                    {
                        print(file)
                    }
                    return
                }
                let document = try registry.document(named: name, model: model, options: options)
                try emit(document, format: fmt, to: output)
            }
        }

        func emit(_ document: ReportDocument, format: ReportFormat, to output: String) throws {
            if output == "-" {
                switch format {
                case .json:
                    FileHandle.standardOutput.write(ReportJSON.encode(document, pretty: false))
                    print("")
                case .csv:
                    for (i, file) in CSVReportRenderer.files(for: document, path: "report.csv").enumerated() {
                        if i > 0 { print("") }
                        FileHandle.standardOutput.write(Data(file.text.utf8))
                    }
                default:
                    throw usageError("Nur csv und json können auf stdout (-o -) geschrieben werden.", "Only csv and json can be written to stdout (-o -).")
                }
                return
            }
            for file in try reportRenderer(format, inputs: workspace.storeFiles).render(document, to: output) { print(file) }
        }
    }
}
