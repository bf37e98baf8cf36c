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
                if !all { try AtomicOutput.refuse(output, ifAnyOf: workspace.storeFiles) }
                let ws = try workspace.open()
                var model = try ws.snapshot()
                if review {
                    model.catalog = ReviewSelection.catalog(model.catalog, marks: try ws.reviewMarks())
                    if model.catalog.einzelleistungen.isEmpty {
                        Terminal.note("Keine Leistung ist neu oder zur Prüfung markiert; keine Arbeitsblätter geschrieben.")
                        return
                    }
                }
                if review && themenfeld == nil {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                    for tf in model.catalog.themenfelder {
                        let path = (output as NSString).appendingPathComponent(safeFileStem(tf) + "-pruefen." + format)
                        try write(model: model, themenfeld: tf, to: path)
                        print(path)
                    }
                } else if all {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                    for tf in model.catalog.themenfelder {
                        let path = (output as NSString).appendingPathComponent(safeFileStem(tf) + "." + format)
                        try write(model: model, themenfeld: tf, to: path)
                        print(path)
                    }
                } else if let themenfeld {
                    guard let tf = model.catalog.themenfelder.first(where: { $0.lowercased() == themenfeld.lowercased() }) else {
                        throw ReportError.unknownThemenfeld(themenfeld, available: model.catalog.themenfelder)
                    }
                    try write(model: model, themenfeld: tf, to: output)
                    print(output)
                }
            }
        }

        func write(model: DomainModel, themenfeld: String, to path: String) throws {
            var content = WorkingSheetTemplate.Content()
            content.pate = pate ?? model.pate(for: themenfeld)?.name
            content.knownVerdicts = model.verdicts
            content.vorhaben = model.vorhaben
            content.exceptions = model.exceptions
            content.stand = model.stand
            content.isSampleData = model.isSampleData
            let wb = WorkingSheetTemplate.make(
                catalog: model.catalog, themenfeld: themenfeld, kommunaltypen: model.kommunaltypen, content: content)
            try SpreadsheetFile.write(wb, to: path, inputs: workspace.storeFiles)
        }
    }
}
