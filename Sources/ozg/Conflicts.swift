import ArgumentParser
import Foundation
import OZGKit

extension VerdictConflict {
    /// `B3` (Bewertung), the id `ozg conflicts --resolve` takes.
    var label: String { "B\(id)" }

    /// One line: where, what was stored and where from, what came and where from.
    var line: String {
        let owner = kommunaltyp ?? kommune ?? ""
        let stored = "„\(self.stored.rawValue)“ (" + (storedProvenance.map { "\($0.file) \($0.sheet)!\($0.cell)" } ?? "?") + ")"
        return "\(label) \(einzelleistung.leika?.digits ?? einzelleistung.bezeichnung) / \(owner): gespeichert \(stored), "
            + "neu „\(new.rawValue)“ (\(newProvenance.file) \(newProvenance.sheet)!\(newProvenance.cell))"
            + (resolution.map { " – entschieden: \($0 == "new" ? "neu" : "gespeichert")" } ?? " – nicht überschrieben.")
    }
}

extension StatusConflict {
    /// `S3` (Status), the id `ozg conflicts --resolve` takes.
    var label: String { "S\(id)" }

    /// One line in the form of a verdict conflict: council and Leistung, the fields that
    /// differ, the stored and the new Umsetzungsstand with their cells.
    var line: String {
        func at(_ p: Provenance?) -> String { p.map { "\($0.file) \($0.sheet)!\($0.cell)" } ?? "?" }
        return "\(label) \(kommune) / \(einzelleistung.leika?.digits ?? einzelleistung.bezeichnung) (\(fields.joined(separator: ", "))): "
            + "gespeichert „\(stored.stand.label)“ (\(at(stored.provenance))), neu „\(new.stand.label)“ (\(at(new.provenance)))"
            + (resolution.map { " – entschieden: \($0 == "new" ? "neu" : "gespeichert")" } ?? " – nicht überschrieben.")
    }
}

extension OZG {
    /// `ozg conflicts`: the open conflicts of verdicts and councils' statuses, and their resolution.
    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: L(
                "Konflikte auflisten (Bewertungen und Umsetzungsstand der Kommunen) und entscheiden.",
                "List conflicts (verdicts and the councils' Umsetzungsstand) and resolve them."),
            discussion: L(
                """
                Ein Konflikt entsteht, wenn eine Datei einen gespeicherten Wert ändern will, den sie nicht gesehen hat: zwei Paten bewerten dieselbe Leistung verschieden (B…), oder eine Kommune schickt ein Statusblatt zurück, das älter ist als der gespeicherte Stand (S…). Der gespeicherte Wert bleibt, bis Sie entscheiden. Exit-Code 1, wenn offene Konflikte aufgelistet werden.

                Beispiele:
                  ozg conflicts
                  ozg conflicts --all
                  ozg conflicts --resolve S4 --keep new
                  ozg conflicts --resolve B2 --keep stored
                """,
                """
                A conflict arises when a file would change a stored value it has not seen: two Paten rate the same Leistung differently (B…), or a council returns a status sheet older than the stored state (S…). The stored value stays until you decide. Exit status 1 when open conflicts are listed.

                Examples:
                  ozg conflicts
                  ozg conflicts --all
                  ozg conflicts --resolve S4 --keep new
                  ozg conflicts --resolve B2 --keep stored
                """))

        @Flag(name: .long, help: ArgumentHelp(L("Auch entschiedene Konflikte zeigen.", "Show resolved conflicts too.")))
        var all = false

        @Option(name: .long, help: ArgumentHelp(L("Diesen Konflikt entscheiden (B3, S4).", "Resolve this conflict (B3, S4).")))
        var resolve: String?

        @Option(name: .long, help: ArgumentHelp(L("new (der neue Wert gilt) oder stored (der gespeicherte bleibt).", "new (the new value wins) or stored (the stored one stays).")))
        var keep: Keep?

        enum Keep: String, ExpressibleByArgument { case new, stored }

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            if resolve != nil && keep == nil {
                throw ValidationError(L("--resolve braucht --keep new oder --keep stored.", "--resolve needs --keep new or --keep stored."))
            }
            if let r = resolve, Conflicts.parse(r) == nil {
                throw ValidationError(L("„\(r)“ ist keine Konflikt-Nummer (etwa B3 oder S4).", "\"\(r)\" is no conflict id (such as B3 or S4)."))
            }
        }

        static func parse(_ label: String) -> (status: Bool, id: Int64)? {
            let t = label.trimmingCharacters(in: .whitespaces).uppercased()
            guard let first = t.first, first == "B" || first == "S", let id = Int64(t.dropFirst()) else { return nil }
            return (first == "S", id)
        }

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let ws = try workspace.open()
                if let resolve, let keep, let (isStatus, id) = Conflicts.parse(resolve) {
                    if isStatus {
                        try ws.resolveStatusConflict(id: id, keepNew: keep == .new)
                    } else {
                        try ws.resolveConflict(id: id, keepNew: keep == .new)
                    }
                    Terminal.note("Konflikt \(resolve.uppercased()) entschieden: " + (keep == .new ? "der neue Wert gilt." : "der gespeicherte Wert bleibt."))
                    return
                }
                let verdicts = try ws.conflicts(includeResolved: all)
                let statuses = try ws.statusConflicts(includeResolved: all)
                for c in verdicts { print(c.line) }
                for c in statuses { print(c.line) }
                let open = verdicts.filter { !$0.isResolved }.count + statuses.filter { !$0.isResolved }.count
                Terminal.note("\(open) offene Konflikte.")
                if open > 0 { throw ExitCode(1) }
            }
        }
    }
}
