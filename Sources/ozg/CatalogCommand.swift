import ArgumentParser
import OZGKit

extension OZG {
    struct CatalogCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: "Import the OZG catalogue (and the member councils) into the workspace.",
            subcommands: [Import.self, Versions.self, Diff.self])

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import or update the catalogue; verdicts already given are kept.",
                discussion: """
                    The file (CSV, XLSX or ODS) has the columns of ozg-katalog-2019.csv: Themenfeld, Lage,
                    OZG-ID, OZG-Leistung, LeiKa-Schlüssel, Leistungsbezeichnung, LeiKa-Typ, SDG1, SDG2,
                    Gesetzeskürzel (other layouts are recognised by their headers). Every import is kept as a
                    catalogue version; verdicts are carried over (see `ozg catalog diff`), new and moved
                    Leistungen are marked for `ozg template --review`. A LeiKa publication (CSV of the FIM
                    portal: Schluessel, Bezeichnung, Bezeichnung2, Typ, …, Synonyme) updates names, types and
                    synonyms of known keys as a version of its own.

                    Examples:
                      ozg catalog import Samples/data/ozg-katalog-2019.csv
                      ozg catalog import katalog.xlsx --kommunen Samples/data/krz-verband-kommunen.csv
                      ozg catalog import katalog-2026.xlsx --version "BMI 2026/1"
                      ozg catalog import leika-2026-11.csv --version "LeiKa 11/2026"
                    """)

            @Argument(help: "The catalogue file, or a LeiKa publication (CSV of the FIM portal).")
            var file: String

            @Option(name: .customLong("version"), help: "The name of the catalogue version (default: today's date).")
            var versionName: String?

            @Option(help: "A council list (columns Kommune, Kreis, Kommunaltyp, Status der Angabe); default: the krz Verband.")
            var kommunen: String?

            @OptionGroup var workspace: WorkspaceOptions
            @OptionGroup var messages: MessageOptions

            @Flag(name: .shortAndLong, help: "No summary on stderr.")
            var quiet = false

            func run() throws {
                try runReporting(verbose: messages.verbose) {
                    let content = try naming(file) { try CatalogFile.read(file) }
                    let ws = try workspace.open(create: true)
                    let base = try ws.catalog()
                    if case .leika = content, base.einzelleistungen.isEmpty {
                        throw usageError(
                            "„\(file)“ ist eine LeiKa-Veröffentlichung; sie ergänzt einen Katalog. Importieren Sie zuerst den OZG-Katalog.",
                            "\"\(file)\" is a LeiKa publication; it updates a catalogue. Import the OZG catalogue first.")
                    }
                    let catalog = content.catalog(over: base)
                    let result = try ws.importCatalogVersion(
                        catalog, name: versionName, kind: content.versionKind, source: file)
                    let summary = result.summary
                    if let kommunen {
                        try ws.setKommunen(try readKommunen(kommunen, kommunaltypen: .krzVerband))
                    }
                    if !quiet {
                        Terminal.note(
                            "\(workspace.path): \(catalog.einzelleistungen.count) Einzelleistungen in \(catalog.themenfelder.count) Themenfeldern "
                                + "(\(summary.added) neu, \(summary.updated) geändert, \(summary.unchanged) unverändert, \(summary.removed) entfallen).")
                        Terminal.note(Versions.summaryLine(result))
                    }
                }
            }
        }
    }
}
