import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    /// `ozg site -o DIR`: the static website for the member councils.
    struct Site: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the static website for the member councils (one folder, works from file://).",
            discussion: """
                Start page, one page per Themenfeld and per council, a search with filters, and
                every report (built-in, registered, external ozg-report-NAME) as a page with its
                downloads in .xlsx, .ods and .csv. No server, no request to any other host. A second
                run rewrites only what changed.

                Example:
                  ozg site -o website
                """)

        @Option(name: .shortAndLong, help: "The folder of the site (created when missing).")
        var output: String

        @Flag(name: .long, help: "Leave external ozg-report-NAME programs out.")
        var noExternal = false

        @Flag(name: .shortAndLong, help: "No summary on stderr.")
        var quiet = false

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                try AtomicOutput.refuse(output, ifAnyOf: workspace.storeFiles)
                let folder = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
                if folder == URL(fileURLWithPath: workspace.path).standardizedFileURL.resolvingSymlinksInPath().path {
                    throw usageError(
                        "-o \(output) ist der Ordner des Arbeitsbereichs; nennen Sie einen eigenen Ordner für die Website.",
                        "-o \(output) is the workspace folder; name a folder of its own for the website.")
                }
                let model = try workspace.open().snapshot()
                let inputs = workspace.storeFiles
                let builder = SiteBuilder(
                    model: model, external: noExternal ? nil : ExternalReportRunner(),
                    makeWriter: { try SpreadsheetFile.create($0, inputs: inputs) })
                let result = try builder.build(into: output)
                for w in result.warnings { Terminal.error(w) }
                print(result.startPage)
                if !quiet {
                    Terminal.note(
                        "Website: \(result.pages) Seiten, \(result.downloads) Downloads; \(result.written) Dateien geschrieben, "
                            + "\(result.unchanged) unverändert, \(result.removed.count) entfernt.")
                }
            }
        }
    }
}
