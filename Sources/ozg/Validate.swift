import ArgumentParser
import Foundation
import OZGKit

/// Reading returned working sheets: shared by `validate` and `ingest`.
struct SheetCheckOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(L("Die von den Paten zurückgeschickten Arbeitsblätter (.xlsx, .ods, .csv).", "Working sheets returned by the Paten (.xlsx, .ods, .csv).")))
    var files: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(L("text oder json (Befunde als [{file, sheet, cell, severity, message}]).", "text or json (findings as [{file, sheet, cell, severity, message}]).")))
    var format: FindingsFormat = .text

    @Option(name: .long, help: ArgumentHelp(L("Je Datei mit Befunden einen Prüfbericht (Arbeitsmappe) in diesen Ordner schreiben, zum Zurückschicken an den Paten.", "Write a Prüfbericht workbook per file with findings into this folder (to send back to the Pate).")))
    var pruefbericht: String?

    enum FindingsFormat: String, ExpressibleByArgument { case text, json }
}

extension SheetCheckOptions {
    /// The checker of these options: Prüfberichte where asked, never over an input or the workspace.
    func checker(_ workspace: WorkspaceOptions, model: DomainModel) -> SheetCheck {
        SheetCheck(model: model, pruefberichtFolder: pruefbericht, protectedFiles: workspace.storeFiles + files)
    }
}

/// Prints findings on stdout as text lines or the JSON array.
func printFindings(_ findings: [Finding], format: SheetCheckOptions.FindingsFormat) throws {
    switch format {
    case .json:
        print(Finding.json(findings))
    case .text:
        for f in findings {
            print("\(f.file): \(f.sheet)!\(f.cell): \(f.severity.german): \(f.message)")
        }
    }
}

extension OZG {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Zurückgekommene Arbeitsblätter prüfen, ohne etwas zu speichern; jedes Problem mit seiner Zelle auflisten.",
                "Check returned working sheets without storing anything; list every problem with its cell."),
            discussion: L(
                """
                Exit-Code 1, wenn eine Datei Fehler hat (nur Warnungen ergeben 0). Mit --pruefbericht entsteht je Datei mit Befunden ein Prüfbericht, der an den Paten zurückgehen kann.

                Auch die Statusblätter der Kommunen (Blatt „Umsetzungsstand“ der Kommunen-Mappe, oder ein Blatt mit seinen Spalten) werden erkannt: Die Kommune ist die im Blatt genannte (sonst die im Dateinamen); nennt der Dateiname eine andere, ist das eine Warnung. Jeder nicht lesbare Wert wird mit Zelle gemeldet, ebenso „nicht zuständig“ für eine Leistung, die der Kommunaltyp relevant macht.

                Beispiele:
                  ozg validate Rückläufer/*.xlsx
                  ozg validate bauen.ods --format json
                  ozg validate bauen.xlsx --pruefbericht prüfberichte/
                """,
                """
                Exit status 1 when any file has errors (warnings alone exit 0). With --pruefbericht, each file with findings gets a Prüfbericht to send back to the Pate.

                The councils' status sheets (sheet "Umsetzungsstand" of the council pack, or a sheet with its columns) are recognised too: the council is the one the sheet names (else the file name's); a file name naming another council is a warning. Every unreadable value is reported with its cell, and so is "nicht zuständig" for a Leistung the council's type makes relevant.

                Examples:
                  ozg validate Rückläufer/*.xlsx
                  ozg validate bauen.ods --format json
                  ozg validate bauen.xlsx --pruefbericht prüfberichte/
                """))

        @OptionGroup var check: SheetCheckOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                var findings: [Finding] = []
                var notes: [String] = []
                var hasErrors = false
                try check.checker(workspace, model: try workspace.open().snapshot(includingUmsetzung: false)).forEach(check.files) { c in
                    if let p = c.pruefbericht { Terminal.note("Prüfbericht: \(p)") }
                    findings += c.result.findings
                    hasErrors = hasErrors || c.result.hasErrors
                    let status = c.result.kommune.map { ", \(c.result.umsetzung.count) Angaben zum Umsetzungsstand von \($0)" } ?? ""
                    notes.append(
                        "\(c.path): \(c.result.verdicts.count) Bewertungen, \(c.result.vorhaben.count) Vorhaben\(status), "
                            + "\(c.result.errors.count) Fehler, \(c.result.warnings.count) Warnungen.")
                }
                try printFindings(findings, format: check.format)
                for n in notes { Terminal.note(n) }
                if hasErrors { throw ExitCode(1) }
            }
        }
    }

    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Zurückgekommene Arbeitsblätter in den Arbeitsbereich einlesen, mit Herkunft (Datei, Blatt, Zelle, SHA-256).",
                "Read returned working sheets into the workspace, with provenance (file, sheet, cell, SHA-256)."),
            discussion: L(
                """
                Was gültig ist, wird gespeichert; jedes Problem wird mit seiner Zelle aufgeführt; eine schon eingelesene Datei wird übersprungen. Geben zwei Dateien für dieselbe Einzelleistung und denselben Kommunaltyp verschiedene Bewertungen ab, wird das als Konflikt gemeldet und die gespeicherte Bewertung bleibt. Jede Datei wird ganz oder gar nicht übernommen. Statusblätter der Kommunen: Eine Antwort ersetzt die gespeicherte Zeile, die die Kommune gesehen hat (gespeichert vor „Vorbelegt am“ der Mappe); sonst ist es ein Konflikt, siehe `ozg conflicts`. Exit-Code 1, wenn es Fehler oder Konflikte gab.

                Beispiele:
                  ozg ingest Rückläufer/*.xlsx Rückläufer/*.ods
                  ozg ingest bauen.xlsx --format json --pruefbericht prüfberichte/
                """,
                """
                What is valid is stored; every problem is listed with its cell; a file already ingested is skipped. Two files that give different verdicts for the same Einzelleistung and Kommunaltyp are reported as a conflict and the stored verdict is kept. Each file is one transaction. Councils' status sheets: an answer replaces the stored row the council saw (stored before the pack's "Vorbelegt am"); otherwise it is a conflict, see `ozg conflicts`. Exit status 1 when there were errors or conflicts.

                Examples:
                  ozg ingest Rückläufer/*.xlsx Rückläufer/*.ods
                  ozg ingest bauen.xlsx --format json --pruefbericht prüfberichte/
                """))

        @OptionGroup var check: SheetCheckOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let ws = try workspace.open()
                var findings: [Finding] = []
                var notes: [String] = []
                var failed = false
                // Findings so far are printed even when storing a file fails.
                defer {
                    try? printFindings(findings, format: check.format)
                    for n in notes { Terminal.note(n) }
                }
                let checker = check.checker(workspace, model: try ws.snapshot(includingUmsetzung: false))
                try SheetIngest(workspace: ws).forEach(files: check.files, check: checker) { file in
                    if let p = file.pruefbericht { Terminal.note("Prüfbericht: \(p)") }
                    findings += file.result.findings
                    failed = failed || file.hasProblems
                    let outcome = file.outcome
                    if outcome.alreadyIngested {
                        notes.append("\(file.path): bereits eingelesen (gleiche SHA-256), nichts geändert.")
                        return
                    }
                    let status = file.result.kommune.map {
                        ", Umsetzungsstand von \($0): \(outcome.statusStored) gespeichert, \(outcome.statusUnchanged) unverändert"
                    } ?? ""
                    notes.append(
                        "\(file.path): \(outcome.verdictsStored) Bewertungen gespeichert, \(outcome.verdictsUnchanged) unverändert, "
                            + "\(outcome.vorhabenStored) Vorhaben\(status), \(file.result.errors.count) Fehler, "
                            + "\(outcome.conflicts.count + outcome.statusConflicts.count) Konflikte.")
                    for k in outcome.conflicts { notes.append("  Konflikt " + k.line) }
                    for k in outcome.statusConflicts { notes.append("  Konflikt " + k.line) }
                }
                if failed { throw ExitCode(1) }
            }
        }
    }
}
