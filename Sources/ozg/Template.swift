import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the working sheet for one Themenfeld (or for all) to hand to the Paten.",
            discussion: """
                The sheet holds the catalogue rows and every verdict already known: sheets Hinweise,
                Bewertung (one column per Kommunaltyp, drop-down lists) and Umsetzungsplanung. The
                format follows the extension (.xlsx or .ods).

                Examples:
                  ozg template --themenfeld "Bauen & Wohnen" --pate "A. Muster" -o bauen.xlsx
                  ozg template --all -o bögen/ --format ods
                  ozg template --review -o zur-pruefung/        (after a catalogue update: only new or moved Leistungen)
                """)

        @Option(name: .long, help: "The Themenfeld.")
        var themenfeld: String?

        @Flag(name: .long, help: "One working sheet per Themenfeld into the folder given with -o.")
        var all = false

        @Flag(name: .long, help: "Only the Leistungen that are new or marked for review after a catalogue update, one sheet per Themenfeld into the folder given with -o.")
        var review = false

        @Option(name: .long, help: "The Pate's name for the Hinweise sheet (default: the one assigned in the workspace).")
        var pate: String?

        @Option(name: .shortAndLong, help: "The output file, or the folder with --all.")
        var output: String

        @Option(name: .long, help: "xlsx or ods (with --all; otherwise the extension of -o decides).")
        var format: String = "xlsx"

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            if review && all { throw usageError("--review und --all schließen sich aus.", "--review and --all exclude each other.") }
            if !review && all == (themenfeld != nil) { throw usageError("Entweder --themenfeld NAME oder --all angeben.", "Give either --themenfeld NAME or --all.") }
            if !["xlsx", "ods"].contains(format) { throw usageError("--format ist xlsx oder ods.", "--format is xlsx or ods.") }
        }

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                // Refused before the workspace is opened: opening it may touch its files.
                if !all && !review { try AtomicOutput.refuse(output, ifAnyOf: workspace.storeFiles) }
                let ws = try workspace.open()
                var model = try ws.snapshot()
                if review {
                    model.catalog = ReviewSelection.catalog(model.catalog, marks: try ws.reviewMarks())
                    if model.catalog.einzelleistungen.isEmpty {
                        Terminal.note("Keine Leistung ist neu oder zur Prüfung markiert; keine Arbeitsblätter geschrieben.")
                        return
                    }
                }
                let templates = TemplateService(model: model, protectedFiles: workspace.storeFiles)
                if review, themenfeld == nil {
                    for path in try templates.writeAll(into: output, format: format, suffix: "-pruefen") { print(path) }
                } else if all {
                    for path in try templates.writeAll(into: output, format: format) { print(path) }
                } else if let themenfeld {
                    try templates.write(themenfeld: themenfeld, pate: pate, to: output)
                    print(output)
                }
            }
        }
    }
}
