import Foundation
import OZGDomain

/// Maps header texts to column roles: the names the template writes, the aliases people use and
/// the words that identify a column (``WorkingSheetSchema``, read by OZGDomain's one
/// ``TableSchema`` engine).
///
/// Order of recognition: a full name or alias (compared compacted: case, spaces, line breaks,
/// hyphens and dots do not matter), then a Kommunaltyp (``KommunaltypSet/match(_:)``) or a
/// Kommune by name, then the schema's word sets (`Bezeichnung der Leistung`, `Schlüssel (LeiKa)`,
/// `OZG Nr.`), then the part before a parenthesis.
public struct ColumnAliases: Sendable {
    public var kommunaltypen: KommunaltypSet
    public var kommunen: [Kommune]
    public let schema: TableSchema<ColumnRole>

    public init(kommunaltypen: KommunaltypSet = .krzVerband, kommunen: [Kommune] = []) {
        self.kommunaltypen = kommunaltypen
        self.kommunen = kommunen
        self.schema = WorkingSheetSchema.schema
    }

    /// Words that make a header a note column even when it names a Kommunaltyp
    /// (`Bemerkung Kreis Lippe` is a note, not the Kreis verdict).
    private static let noteWords = ["bemerk", "anmerk", "kommentar", "notiz", "hinweis", "zuständig", "begründ", "erläuter"]

    /// Group headers above the Kommunaltyp columns of a two-row header; they carry no column.
    static let groupHeaders: Set<String> = [
        "relevanzjekommunaltyp", "kommunalerelevanz", "relevanz", "kommunaltyp", "kommunaltypen", "relevanzfür",
        "relevanzje kommunaltyp", "relevanzkommunaltyp", "bewertung", "bewertungjekommunaltyp", "stammdaten",
        "umsetzungsplanung", "reifegrad",
    ]

    /// The role of a header, `nil` when it is not a known column.
    public func role(of header: String) -> ColumnRole? {
        let compact = HeaderText.compact(header)
        if compact.isEmpty { return nil }
        let named = schema.match(header)
        if let named, named.score >= 100 { return named.field }
        let norm = HeaderText.normalize(header)
        let isNote = ColumnAliases.noteWords.contains { norm.contains($0) }
        if !isNote {
            if let t = kommunaltypen.match(header) ?? kommunaltypen.match(norm) { return .kommunaltyp(t.name) }
            // "Relevanz Kreis", "Kreis (Relevanz)": strip the word Relevanz and try again.
            let stripped = norm.replacingOccurrences(of: "relevanz", with: "").replacingOccurrences(of: "()", with: "")
                .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            if stripped != norm, !stripped.isEmpty, let t = kommunaltypen.match(stripped) { return .kommunaltyp(t.name) }
            if let k = kommunen.first(where: { HeaderText.compact($0.name) == compact }) { return .kommune(k.name) }
        }
        if let named { return named.field }
        // Wrapped or decorated variants of the built-in names: "LeiKa-Schlüssel (14-stellig)".
        if let paren = norm.firstIndex(of: "("), let m = schema.match(String(norm[..<paren])), m.score >= 100 {
            return m.field
        }
        return nil
    }

    /// Whether a header is a group label of a two-row header (`Relevanz je Kommunaltyp`).
    func isGroupHeader(_ header: String) -> Bool {
        let c = HeaderText.compact(header)
        return ColumnAliases.groupHeaders.contains(c) || c.hasPrefix("relevanzje") || c.hasPrefix("kommunalerelevanz")
    }
}
