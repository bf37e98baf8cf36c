import Foundation
import OZGDomain
import OZGSpreadsheet

/// Where a sheet's header is and what each column holds.
public struct SheetHeader: Hashable, Sendable {
    /// The zero-based rows of the header: one, or two for a header under merged group cells.
    public var rows: ClosedRange<Int>
    /// The known columns by zero-based column index.
    public var roles: [Int: ColumnRole]
    /// Columns with a header that is no known column, by index: kept verbatim per row.
    public var extras: [Int: String]
    /// Header texts of columns whose role appeared earlier in the header (kept as extras too).
    public var duplicates: [Int: String]
    /// Columns whose role was found by their content (a column of LeiKa keys headed `Nummer`).
    public var byContent: Set<Int> = []

    /// The first row after the header.
    public var dataStart: Int { rows.upperBound + 1 }

    /// The column of a role, if the header has it.
    public func column(of role: ColumnRole) -> Int? {
        roles.first { $0.value == role }?.key
    }

    /// The Kommunaltyp verdict columns, left to right.
    public var kommunaltypColumns: [(column: Int, name: String)] {
        roles.compactMap { col, role in
            if case .kommunaltyp(let n) = role { return (col, n) }
            return nil
        }.sorted { $0.column < $1.column }
    }

    /// Council exception columns, left to right.
    public var kommuneColumns: [(column: Int, name: String)] {
        roles.compactMap { col, role in
            if case .kommune(let n) = role { return (col, n) }
            return nil
        }.sorted { $0.column < $1.column }
    }

    public var hasRoadmapColumns: Bool {
        roles.values.contains { [.loesungsansatz, .status, .reifegradIst, .reifegradZiel, .start, .ende, .verantwortlich].contains($0) }
    }
}

/// Finds the header row of a working sheet wherever it is.
///
/// The first ``scanRows`` non-blank rows are scored by how many different known columns their
/// cells name; title rows, logo rows and notes score nothing. Two consecutive rows are also
/// scored together (a merged group cell such as `Relevanz je Kommunaltyp` above the Kommunaltyp
/// columns, key columns merged over both rows); the pair wins only when it names more columns
/// than either row alone and the lower row holds no LeiKa key or OZG-ID (a data row).
/// A candidate that names at least one column gets the columns its data rows identify by content
/// (``WorkingSheetSchema``: LeiKa keys, OZG-IDs), whatever their headers say.
public struct HeaderDetector: Sendable {
    public var aliases: ColumnAliases
    public var scanRows: Int

    public init(aliases: ColumnAliases = ColumnAliases(), scanRows: Int = 30) {
        self.aliases = aliases
        self.scanRows = scanRows
    }

    /// The header of a sheet, `nil` when no row names at least two known columns one of which
    /// identifies the Einzelleistung or the roadmap line.
    public func detect(_ sheet: Sheet) -> SheetHeader? {
        var memo = RoleMemo(aliases: aliases)
        return detect(sheet, memo: &memo)
    }

    private func detect(_ sheet: Sheet, memo: inout RoleMemo) -> SheetHeader? {
        let candidates = Array(sheet.rows.lazy.filter { !$0.isBlank }.prefix(scanRows))
        var best: (score: Int, header: SheetHeader)?
        for (i, row) in candidates.enumerated() {
            let single = texts(row)
            var singleHeader = build(rows: row.index...row.index, texts: single, memo: &memo)
            if !singleHeader.roles.isEmpty && score(singleHeader) == 0 && !looksLikeData(row) {
                // Names columns but none that identifies a row: the data may (`Nummer` over keys).
                addContentRoles(to: &singleHeader, sheet: sheet)
            }
            let singleScore = score(singleHeader)
            if singleScore > (best?.score ?? 0) { best = (singleScore, singleHeader) }
            guard i + 1 < candidates.count, candidates[i + 1].index == row.index + 1, !looksLikeData(candidates[i + 1])
            else { continue }
            let lower = texts(candidates[i + 1])
            var combined: [Int: String] = [:]
            for col in Set(single.keys).union(lower.keys) {
                let up = single[col].flatMap { aliases.isGroupHeader($0) ? nil : $0 }
                let low = lower[col]
                if let low, memo.role(low) != nil {
                    combined[col] = low
                } else if let up, memo.role(up) != nil {
                    combined[col] = up
                } else if let t = low ?? up {
                    combined[col] = t
                }
            }
            let pair = build(rows: row.index...(row.index + 1), texts: combined, memo: &memo)
            let pairScore = score(pair)
            let lowerScore = score(build(rows: row.index + 1...row.index + 1, texts: lower, memo: &memo))
            if pairScore > max(singleScore, lowerScore), pairScore > (best?.score ?? 0) { best = (pairScore, pair) }
        }
        guard var best, best.score >= 2 else { return nil }
        addContentRoles(to: &best.header, sheet: sheet)
        return best.header
    }

    /// Adds the roles the data rows below the header show by their content (LeiKa keys and
    /// OZG-IDs), for columns the header does not name or names as something else.
    func addContentRoles(to header: inout SheetHeader, sheet: Sheet) {
        let schema = aliases.schema
        var sample: [[Int: String]] = []
        for row in sheet.rows where row.index >= header.dataStart && !row.isBlank {
            sample.append(texts(row))
            if sample.count == 50 { break }
        }
        var headerTexts: [Int: String] = [:]
        for (col, role) in header.roles where schema.spec(role) != nil { headerTexts[col] = role.header }
        for (col, text) in header.extras { headerTexts[col] = text }
        let found = schema.recognise(header: headerTexts, sample: sample)
        for role in found.byContent {
            guard let col = found[role] else { continue }
            // The column that had the role by its header (if another) keeps its text as an extra.
            if let old = header.column(of: role), old != col { header.roles[old] = nil }
            if let other = header.roles[col], other != role { header.extras[col] = other.header }
            header.roles[col] = role
            header.extras[col] = nil
            header.duplicates[col] = nil
            header.byContent.insert(col)
        }
    }

    /// Header texts of a row by column: text cells, and numbers or dates as displayed.
    func texts(_ row: Row) -> [Int: String] {
        var out: [Int: String] = [:]
        for cell in row.cells {
            let t = cell.value.plainText.trimmedWhitespace
            if !t.isEmpty { out[cell.column] = t }
        }
        return out
    }

    /// A data row: it holds a LeiKa key or a five-digit OZG-ID.
    func looksLikeData(_ row: Row) -> Bool {
        row.cells.contains { cell in
            switch cell.value {
            case .number(let n): return LeikaKey(number: n) != nil || (n >= 10000 && n <= 99999 && n == n.rounded())
            case .text(let s):
                return LeikaKey(text: s) != nil || (s.count == 5 && s.allSatisfy { $0.isASCII && $0.isNumber })
            default: return false
            }
        }
    }

    private func build(rows: ClosedRange<Int>, texts: [Int: String], memo: inout RoleMemo) -> SheetHeader {
        var roles: [Int: ColumnRole] = [:]
        var extras: [Int: String] = [:]
        var duplicates: [Int: String] = [:]
        var seen = Set<ColumnRole>()
        for col in texts.keys.sorted() {
            guard let text = texts[col] else { continue }
            if let role = memo.role(text) {
                if seen.insert(role).inserted {
                    roles[col] = role
                } else {
                    duplicates[col] = text
                    extras[col] = text
                }
            } else if !aliases.isGroupHeader(text) || rows.count == 1 {
                extras[col] = text
            }
        }
        return SheetHeader(rows: rows, roles: roles, extras: extras, duplicates: duplicates)
    }

    /// Distinct known columns, 0 unless one of them identifies a row.
    private func score(_ header: SheetHeader) -> Int {
        let values = Set(header.roles.values)
        let identifies = values.contains(.leika) || values.contains(.ozgId) || values.contains(.bezeichnung)
        return identifies ? values.count : 0
    }
}

/// Header roles already looked up during one detection (a sheet's first rows repeat texts).
struct RoleMemo {
    let aliases: ColumnAliases
    private var cache: [String: ColumnRole?] = [:]

    init(aliases: ColumnAliases) { self.aliases = aliases }

    mutating func role(_ text: String) -> ColumnRole? {
        if let hit = cache[text] { return hit }
        // Long texts are data (a Leistungsbezeichnung), not headers.
        let r = text.count > 80 ? nil : aliases.role(of: text)
        cache[text] = r
        return r
    }
}
