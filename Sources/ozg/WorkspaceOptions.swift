import ArgumentParser
import Foundation
import OZGKit

/// `--workspace DIR` (else `$OZG_WORKSPACE`, else `./ozg-workspace`).
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("Der Ordner des Arbeitsbereichs; ohne Angabe $OZG_WORKSPACE, sonst ./ozg-workspace.", "The workspace folder; without it, $OZG_WORKSPACE, else ./ozg-workspace.")))
    var workspace: String?

    var path: String { Workspace.resolvePath(explicit: workspace) }

    /// The workspace's database and lock files: no output may replace them.
    var storeFiles: [String] { Workspace.storeFiles(inFolder: path) }

    /// Opens the workspace; `create` makes it when missing (catalog import, demo).
    func open(create: Bool = false) throws -> Workspace {
        try Workspace.open(at: path, createIfMissing: create)
    }
}

/// Options that select parts of the model for reports and templates.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("Nur dieses Themenfeld (mehrfach möglich).", "Only this Themenfeld (repeatable).")))
    var themenfeld: [String] = []

    @Option(name: .long, help: ArgumentHelp(L("Nur dieser Kommunaltyp.", "Only this Kommunaltyp.")))
    var kommunaltyp: String?

    @Option(name: .long, help: ArgumentHelp(L("Nur diese Mitgliedskommune (Kommune).", "Only this member council (Kommune).")))
    var kommune: String?

    @Option(name: .long, help: ArgumentHelp(L("Das Stand-Datum im Titel (JJJJ-MM-TT oder TT.MM.JJJJ); ohne Angabe das des Arbeitsbereichs.", "The Stand date in the title (YYYY-MM-DD or DD.MM.YYYY); without it, the workspace's.")))
    var stand: String?

    @Flag(name: .long, help: ArgumentHelp(L("kommunaltyp-matrix: auch die Einzelleistungen aufführen, die noch niemand bewertet hat.", "kommunaltyp-matrix: also list the Einzelleistungen nobody has rated yet.")))
    var all = false

    func standDate() throws -> CalendarDate? {
        guard let stand else { return nil }
        if let d = CalendarDate(iso: Substring(stand)) { return d }
        let parts = stand.split(separator: ".")
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
            let date = CalendarDate(validYear: y, month: m, day: d)
        {
            return date
        }
        throw usageError("--stand \(stand) ist kein Datum (YYYY-MM-DD oder TT.MM.JJJJ).", "--stand \(stand) is not a date (YYYY-MM-DD or DD.MM.YYYY).")
    }

    func reportOptions(outputDirectory: String? = nil) throws -> ReportOptions {
        var o = ReportOptions()
        o.themenfelder = themenfeld
        o.kommunaltyp = kommunaltyp
        o.kommune = kommune
        o.stand = try standDate()
        o.outputDirectory = outputDirectory
        o.includeUnrated = all
        return o
    }
}

/// Writes text to stdout (`-`) or atomically to a file that is none of `inputs`.
func writeText(_ text: String, to output: String, inputs: [String] = []) throws {
    if output == "-" {
        FileHandle.standardOutput.write(Data(text.utf8))
    } else {
        try AtomicOutput.write(Data(text.utf8), to: output, inputs: inputs)
    }
}
