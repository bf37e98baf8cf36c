import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Das Arbeitsblatt für ein Themenfeld (oder für alle) schreiben, das an die Paten geht.",
                "Write the working sheet for one Themenfeld (or for all) to hand to the Paten."),
            discussion: L(
                """
                Das Arbeitsblatt enthält die Katalogzeilen und jede schon bekannte Bewertung, verteilt auf die Tabellenblätter Hinweise, Bewertung (eine Spalte je Kommunaltyp, mit Auswahllisten) und Umsetzungsplanung. Das Format richtet sich nach der Endung (.xlsx oder .ods). Nach einer Aktualisierung des Katalogs schreibt --review nur die neuen oder verschobenen Leistungen.

                Beispiele:
                  ozg template --themenfeld "Bauen & Wohnen" --pate "A. Muster" -o bauen.xlsx
                  ozg template --all -o bögen/ --format ods
                  ozg template --review -o zur-pruefung/
                """,
                """
                The working sheet holds the catalogue rows and every verdict already known, on the sheets Hinweise, Bewertung (one column per Kommunaltyp, drop-down lists) and Umsetzungsplanung. The format follows the extension (.xlsx or .ods). After a catalogue update, --review writes only the new or moved Leistungen.

                Examples:
                  ozg template --themenfeld "Bauen & Wohnen" --pate "A. Muster" -o bauen.xlsx
                  ozg template --all -o bögen/ --format ods
                  ozg template --review -o zur-pruefung/
                """))

        @Option(name: .long, help: ArgumentHelp(L("Das Themenfeld.", "The Themenfeld.")))
        var themenfeld: String?

        @Flag(name: .long, help: ArgumentHelp(L("Ein Arbeitsblatt je Themenfeld in den mit -o genannten Ordner.", "One working sheet per Themenfeld into the folder given with -o.")))
        var all = false

        @Flag(name: .long, help: ArgumentHelp(L(
            "Nur die Leistungen, die nach einer Aktualisierung des Katalogs neu oder zur Prüfung markiert sind; ein Arbeitsblatt je Themenfeld in den mit -o genannten Ordner.",
            "Only the Leistungen that are new or marked for review after a catalogue update, one sheet per Themenfeld into the folder given with -o.")))
        var review = false

        @Option(name: .long, help: ArgumentHelp(L(
            "Der Name des Paten für das Blatt Hinweise; ohne Angabe der im Arbeitsbereich zugeordnete Pate.",
            "The Pate's name for the Hinweise sheet; without it, the one assigned in the workspace.")))
        var pate: String?

        @Option(name: .shortAndLong, help: ArgumentHelp(L("Die Ausgabedatei, oder der Ordner mit --all und --review.", "The output file, or the folder with --all and --review.")))
        var output: String

        @Option(name: .long, help: ArgumentHelp(L(
            "xlsx oder ods (mit --all und --review; sonst entscheidet die Endung von -o).",
            "xlsx or ods (with --all and --review; otherwise the extension of -o decides).")))
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
