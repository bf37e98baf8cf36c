import ArgumentParser
import Foundation
import OZGKit

extension OZG.CatalogCommand {
    /// `ozg catalog diff OLD NEW`: what changed between two catalogue files or versions.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Zwei Kataloge (Dateien oder Versionen im Arbeitsbereich) vergleichen und die Änderungen nach Art auflisten.",
                "Compare two catalogues (files, or versions of the workspace) and list the changes per kind."),
            discussion: L(
                """
                <old> und <new> sind Dateien (ein vorhandener Pfad) oder Namen von Katalogversionen (`ozg catalog versions`). Eine LeiKa-Veröffentlichung als <new> wird auf <old> angewendet. Arten: neu, entfallen, umbenannt (gleicher LeiKa-Schlüssel, neuer Name), verschoben (andere OZG-ID oder anderes Themenfeld), typGeaendert. Zeilen ohne LeiKa-Schlüssel werden über die OZG-ID und die Ähnlichkeit der Namen zugeordnet; unsichere Zuordnungen werden als solche aufgeführt, nie zusammengeführt.

                --format json gibt {"neu": [E], "entfallen": [E], "umbenannt": [E], "verschoben": [E], "typGeaendert": [E]} aus, mit E = {"leika": "99…"|null, "ozgId": 10092, "bezeichnung": "…", "themenfeld": "…", "vorher": {…die alten Werte der geänderten Felder…}} (eine unsichere Zuordnung ergänzt "unsicher": {die Zeile der anderen Seite}).

                Beispiele:
                  ozg catalog diff 2026-06-01 2026-12-01 --format xlsx -o vergleich.xlsx
                  ozg catalog diff alt.csv neu.xlsx --format json
                """,
                """
                <old> and <new> are files (an existing path) or names of catalogue versions (`ozg catalog versions`). A LeiKa publication as <new> is applied to <old>. Kinds: neu, entfallen, umbenannt (same LeiKa key, new name), verschoben (other OZG-ID or Themenfeld), typGeaendert. Rows without a LeiKa key are matched by OZG-ID and name similarity; uncertain matches are listed as such, never merged.

                --format json prints {"neu": [E], "entfallen": [E], "umbenannt": [E], "verschoben": [E], "typGeaendert": [E]} with E = {"leika": "99…"|null, "ozgId": 10092, "bezeichnung": "…", "themenfeld": "…", "vorher": {…old values of the changed fields…}} (an uncertain match adds "unsicher": {the row on the other side}).

                Examples:
                  ozg catalog diff 2026-06-01 2026-12-01 --format xlsx -o comparison.xlsx
                  ozg catalog diff old.csv new.xlsx --format json
                """))

        @Argument(help: ArgumentHelp(L("Der alte Katalog: eine Datei oder ein Versionsname.", "The old catalogue: a file or a version name.")))
        var old: String

        @Argument(help: ArgumentHelp(L("Der neue Katalog: eine Datei oder ein Versionsname.", "The new catalogue: a file or a version name.")))
        var new: String

        @Option(name: .shortAndLong, help: ArgumentHelp(L("json, xlsx, ods, html oder csv.", "json, xlsx, ods, html or csv.")))
        var format: String = "json"

        @Option(name: .shortAndLong, help: ArgumentHelp(L("Die Ausgabedatei (- für stdout, nur mit json).", "The output file (- for stdout, json only).")))
        var output: String = "-"

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            if format != "json" && ReportFormat(rawValue: format) == nil {
                throw usageError("--format ist json, xlsx, ods, html oder csv.", "--format is json, xlsx, ods, html or csv.")
            }
            if output == "-" && format != "json" {
                throw usageError("Nur JSON kann auf stdout (-o -) geschrieben werden; nennen Sie mit -o eine Datei.", "Only JSON can be written to stdout (-o -); name a file with -o.")
            }
        }

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                if output != "-" { try AtomicOutput.refuse(output, ifAnyOf: workspace.storeFiles + [old, new]) }
                let oldCatalog = try catalog(old, base: nil)
                let newCatalog = try catalog(new, base: oldCatalog)
                let diff = CatalogDiff(old: oldCatalog, new: newCatalog)
                if format == "json" {
                    try writeText(CatalogDiffReport.json(diff), to: output, inputs: workspace.storeFiles + [old, new])
                    return
                }
                let document = CatalogDiffReport.document(diff, old: old, new: new)
                guard let fmt = ReportFormat(rawValue: format) else { return }
                for file in try ReportService.renderer(fmt, protecting: workspace.storeFiles + [old, new]).render(document, to: output) {
                    print(file)
                }
            }
        }

        /// A file when the path exists, else a version of the workspace.
        func catalog(_ name: String, base: Catalog?) throws -> Catalog {
            if FileManager.default.fileExists(atPath: name) {
                let content = try CatalogFile.read(name)
                return content.catalog(over: base ?? Catalog(einzelleistungen: []))
            }
            return try workspace.open().catalog(version: name)
        }
    }
}
