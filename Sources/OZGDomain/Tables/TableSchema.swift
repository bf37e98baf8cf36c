/// A declarative description of one kind of table (catalogue, council list, Kommunaltypen, Paten,
/// working sheet, roadmap) and the one engine that finds its columns in what people send.
///
/// A header is recognised in three steps, best first:
/// 1. its compacted text equals the column's header or an alias (`LeiKa-Nr.`, `OZG Nr.`);
/// 2. it is short (at most ``maxHeaderWords`` meaningful words) and holds every word of one of
///    the column's word sets, and those words make up at least half of it
///    (`Bezeichnung der Leistung`, `Schlüssel (LeiKa)`), unless it holds an excluding word;
/// 3. a column still missing is found by its content (``ColumnContent``): 14-digit keys
///    beginning with 99 are LeiKa keys whatever the header says (`Nummer`).
/// Each field takes one column (the first that names it best); every other header is reported
/// as not understood, so the caller can say so.
public struct TableSchema<Field: Hashable & Sendable>: Sendable {
    /// The table's name as people call it (`Katalog`, `Kommunenliste`), for messages.
    public var name: String
    public var columns: [ColumnSpec<Field>]
    /// Longer headers are titles or sentences, not column names (for the word sets).
    public var maxHeaderWords = 5
    /// Share of a column's non-empty sample cells that must match a ``ColumnContent`` (a few
    /// test keys or typos among real keys do not hide the column).
    public var contentShare = 0.6

    private var aliasIndex: [String: Int] = [:]

    public init(name: String, columns: [ColumnSpec<Field>]) {
        self.name = name
        self.columns = columns
        for (i, c) in columns.enumerated() {
            for text in [c.header] + c.aliases {
                let k = HeaderText.compact(text)
                if !k.isEmpty && aliasIndex[k] == nil { aliasIndex[k] = i }
            }
        }
    }

    /// The spec of a field.
    public func spec(_ field: Field) -> ColumnSpec<Field>? { columns.first { $0.field == field } }

    /// The field one header names and how strongly (100 for a full name, 10 + words for a word
    /// set), `nil` when it names none.
    public func match(_ header: String) -> (field: Field, score: Int)? {
        let compact = HeaderText.compact(header)
        if compact.isEmpty { return nil }
        if let i = aliasIndex[compact] { return (columns[i].field, 100) }
        let words = HeaderText.words(header)
        guard !words.isEmpty, words.count <= maxHeaderWords else { return nil }
        let set = Set(words)
        var best: (field: Field, score: Int)?
        for c in columns where !c.excluding.contains(where: set.contains) {
            for ws in c.words where ws.allSatisfy(set.contains) && ws.count * 2 >= set.count {
                let score = 10 + ws.count
                if score > (best?.score ?? 0) { best = (c.field, score) }
            }
        }
        return best
    }

    /// Finds the columns of a table from its header row and a sample of its data rows.
    ///
    /// - Parameters:
    ///   - header: the header texts by column (zero-based).
    ///   - sample: the first data rows, as texts by column (for content recognition).
    public func recognise(header: [Int: String], sample: [[Int: String]] = []) -> TableColumns<Field> {
        var result = TableColumns<Field>()
        var taken: [Field: Int] = [:]
        var scores: [Field: Int] = [:]
        for col in header.keys.sorted() {
            guard let text = header[col], let m = match(text) else { continue }
            if let prev = scores[m.field], prev >= m.score { continue }
            if let old = taken[m.field] { result.unknown[old] = header[old] }
            taken[m.field] = col
            scores[m.field] = m.score
            result.unknown[col] = nil
        }
        for col in header.keys where !taken.values.contains(col) {
            if let text = header[col], !text.trimmedWhitespace.isEmpty { result.unknown[col] = text }
        }
        // Content: a column full of LeiKa keys is the LeiKa column, whatever its header says.
        for c in columns {
            guard let content = c.content else { continue }
            if let col = taken[c.field], share(of: content, in: col, sample) >= contentShare { continue }
            let candidates = Set(header.keys).union(sample.flatMap(\.keys)).sorted()
            guard
                let col = candidates.first(where: { col in
                    (taken.first { $0.value == col }.map { spec($0.key)?.content != nil } ?? false) == false
                        && count(in: col, sample) >= 2 && share(of: content, in: col, sample) >= contentShare
                })
            else { continue }
            if let other = taken.first(where: { $0.value == col })?.key { taken[other] = nil }
            if let old = taken[c.field], old != col, let text = header[old] { result.unknown[old] = text }
            taken[c.field] = col
            result.unknown[col] = nil
            result.byContent.insert(c.field)
        }
        result.columns = taken
        result.missing = columns.filter { $0.required && taken[$0.field] == nil }.map(\.field)
        return result
    }

    /// Recognises a table whose first row is the header (a CSV file, a simple list).
    public func recognise(rows: [[String]], sampleSize: Int = 50) -> TableColumns<Field> {
        func byColumn(_ row: [String]) -> [Int: String] {
            var out: [Int: String] = [:]
            for (i, t) in row.enumerated() where !t.trimmedWhitespace.isEmpty { out[i] = t }
            return out
        }
        guard let first = rows.first else { return recognise(header: [:]) }
        return recognise(header: byColumn(first), sample: rows.dropFirst().prefix(sampleSize).map(byColumn))
    }

    private func count(in col: Int, _ sample: [[Int: String]]) -> Int {
        sample.reduce(0) { $0 + (($1[col]?.trimmedWhitespace.isEmpty ?? true) ? 0 : 1) }
    }

    private func share(of content: ColumnContent, in col: Int, _ sample: [[Int: String]]) -> Double {
        var n = 0, hits = 0
        for row in sample {
            guard let t = row[col], !t.trimmedWhitespace.isEmpty else { continue }
            n += 1
            if content.matches(t) { hits += 1 }
        }
        return n == 0 ? 0 : Double(hits) / Double(n)
    }
}

/// The columns ``TableSchema/recognise(header:sample:)`` found.
public struct TableColumns<Field: Hashable & Sendable>: Sendable {
    /// The column (zero-based) of each field found.
    public var columns: [Field: Int] = [:]
    /// Fields found by their content rather than their header.
    public var byContent: Set<Field> = []
    /// Headers that name no field, by column: not understood.
    public var unknown: [Int: String] = [:]
    /// Required fields without a column.
    public var missing: [Field] = []

    public init() {}

    /// The column of a field.
    public subscript(_ field: Field) -> Int? { columns[field] }
}
