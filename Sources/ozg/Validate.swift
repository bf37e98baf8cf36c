import ArgumentParser
import Foundation
import OZGKit

/// Reading returned working sheets: shared by `validate` and `ingest`.
struct SheetCheckOptions: ParsableArguments {
    @Argument(help: "Working sheets returned by the Paten (.xlsx, .ods, .csv).")
    var files: [String]

    @Option(name: .shortAndLong, help: "text or json (findings as [{file, sheet, cell, severity, message}]).")
    var format: FindingsFormat = .text

    @Option(name: .long, help: "Write a Prüfbericht workbook per file with findings into this folder (to send back to the Pate).")
    var pruefbericht: String?

    enum FindingsFormat: String, ExpressibleByArgument { case text, json }
}

/// The result of reading one working sheet.
struct CheckedFile {
    var path: String
    var result: WorkingSheetResult
}

/// Reads and maps each file; findings of all files are returned, nothing is stored.
func checkFiles(_ options: SheetCheckOptions, model: DomainModel, protected: [String] = []) throws -> [CheckedFile] {
    let mapper = WorkingSheetMapper(catalog: model.catalog, kommunaltypen: model.kommunaltypen, kommunen: model.kommunen)
    let now = ISO8601DateFormatter().string(from: Date())
    // The files are read and mapped in parallel (each on its own reader; the mapper is a value),
    // then taken in the order given: the first file that cannot be read ends the run, as before.
    let files = options.files
    var mapped = [Result<WorkingSheetResult, Error>?](repeating: nil, count: files.count)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
        let r = Result { () throws -> WorkingSheetResult in
            let sha = try SHA256.hex(ofFile: files[i])
            let reader = try SpreadsheetFile.open(files[i])
            return try mapper.map(reader: reader, file: files[i], sha256: sha, ingestedAt: now)
        }
        lock.lock()
        mapped[i] = r
        lock.unlock()
    }
    var checked: [CheckedFile] = []
    for (file, r) in zip(files, mapped) {
        guard let r else { continue }
        let result = try r.get()
        checked.append(CheckedFile(path: file, result: result))
        if let dir = options.pruefbericht, !result.findings.isEmpty {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let out = (dir as NSString).appendingPathComponent(stem + "-Pruefbericht.xlsx")
            let original = try SpreadsheetFile.open(file).readWorkbook()
            try SpreadsheetFile.write(
                Pruefbericht.workbook(original: original, findings: result.findings, file: file), to: out,
                inputs: options.files + protected)
            Terminal.note("Prüfbericht: \(out)")
        }
    }
    return checked
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
            abstract: "Check returned working sheets without storing anything; list every problem with its cell.",
            discussion: """
                Exit status 1 when any file has errors (warnings alone exit 0).

                Examples:
                  ozg validate Rueckläufer/*.xlsx
                  ozg validate bauen.ods --format json
                  ozg validate bauen.xlsx --pruefbericht pruefberichte/
                """)

        @OptionGroup var check: SheetCheckOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let model = try workspace.open().snapshot()
                let checked = try checkFiles(check, model: model, protected: workspace.storeFiles)
                let findings = checked.flatMap(\.result.findings)
                try printFindings(findings, format: check.format)
                for c in checked {
                    Terminal.note(
                        "\(c.path): \(c.result.verdicts.count) Bewertungen, \(c.result.vorhaben.count) Vorhaben, "
                            + "\(c.result.errors.count) Fehler, \(c.result.warnings.count) Warnungen.")
                }
                if checked.contains(where: { $0.result.hasErrors }) { throw ExitCode(1) }
            }
        }
    }

    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read returned working sheets into the workspace, with provenance (file, sheet, cell, SHA-256).",
            discussion: """
                What is valid is stored; every problem is listed with its cell; a file already ingested
                is skipped; two files that give different verdicts for the same Einzelleistung and
                Kommunaltyp are reported as a conflict and the stored verdict is kept. Each file is one
                transaction. Exit status 1 when there were errors or conflicts.

                Examples:
                  ozg ingest Rueckläufer/*.xlsx Rueckläufer/*.ods
                  ozg ingest bauen.xlsx --format json --pruefbericht pruefberichte/
                """)

        @OptionGroup var check: SheetCheckOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let ws = try workspace.open()
                let model = try ws.snapshot()
                let checked = try checkFiles(check, model: model, protected: workspace.storeFiles)
                try printFindings(checked.flatMap(\.result.findings), format: check.format)
                var failed = checked.contains { $0.result.hasErrors }
                for c in checked {
                    let outcome = try ws.ingest(c.result.ingestBatch)
                    if outcome.alreadyIngested {
                        Terminal.note("\(c.path): bereits eingelesen (gleiche SHA-256), nichts geändert.")
                        continue
                    }
                    Terminal.note(
                        "\(c.path): \(outcome.verdictsStored) Bewertungen gespeichert, \(outcome.verdictsUnchanged) unverändert, "
                            + "\(outcome.vorhabenStored) Vorhaben, \(c.result.errors.count) Fehler, \(outcome.conflicts.count) Konflikte.")
                    for k in outcome.conflicts {
                        failed = true
                        let where_ = k.kommunaltyp ?? k.kommune ?? ""
                        let cell = "\(k.newProvenance.sheet)!\(k.newProvenance.cell)"
                        Terminal.note(
                            "  Konflikt \(cell): \(k.einzelleistung.leika?.digits ?? k.einzelleistung.bezeichnung) / \(where_): "
                                + "gespeichert „\(k.stored.rawValue)“ (\(k.storedProvenance.map { "\($0.file) \($0.sheet)!\($0.cell)" } ?? "?")), "
                                + "neu „\(k.new.rawValue)“ – nicht überschrieben.")
                    }
                }
                if failed { throw ExitCode(1) }
            }
        }
    }
}
