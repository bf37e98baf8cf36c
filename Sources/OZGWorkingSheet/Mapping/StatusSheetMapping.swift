import Foundation
import OZGDomain
import OZGSpreadsheet

/// What status sheets are read against: the Reifegrad model the workspace uses, and the
/// relevance of a Leistung for a council (to report a council's `nicht zuständig` for a Leistung
/// its type makes relevant).
public struct StatusSheetContext: Sendable {
    public var reifegradModell: ReifegradModell
    /// The council's verdict for an Einzelleistung; `nil` skips the check.
    public var relevanz: (@Sendable (EinzelleistungID, Kommune) -> Relevanz)?

    public init(reifegradModell: ReifegradModell = .v2_0, relevanz: (@Sendable (EinzelleistungID, Kommune) -> Relevanz)? = nil) {
        self.reifegradModell = reifegradModell
        self.relevanz = relevanz
    }

    /// The context of a workspace's model: its configured model and its verdicts.
    public init(model: DomainModel) {
        self.init(reifegradModell: model.settings.reifegradModellOderStandard, relevanz: { id, k in model.relevanz(id, kommune: k) })
    }
}

/// The header of a council's status sheet (``StatusSheet``).
struct StatusHeader {
    var row: Int
    var columns: [StatusSheet.Column: Int] { didSet { slots = Slots(columns) } }
    /// ``columns`` as an array, for the lookups of every row.
    private(set) var slots: Slots

    struct Slots {
        private var list: [Int?] = Array(repeating: nil, count: StatusSheet.Column.allCases.count)

        init(_ columns: [StatusSheet.Column: Int]) {
            for (c, i) in columns { list[Self.slot(c)] = i }
        }

        subscript(_ c: StatusSheet.Column) -> Int? { list[Self.slot(c)] }

        private static func slot(_ c: StatusSheet.Column) -> Int {
            switch c {
            case .leika: return 0
            case .ozgId: return 1
            case .leistung: return 2
            case .themenfeld: return 3
            case .relevanz: return 4
            case .stand: return 5
            case .url: return 6
            case .loesung: return 7
            case .loesungsart: return 8
            case .reifegrad: return 9
            case .prioritaet: return 10
            case .fallzahl: return 11
            case .geplantBis: return 12
            case .ansprechpartner: return 13
            case .anmerkung: return 14
            }
        }
    }

    init(row: Int, columns: [StatusSheet.Column: Int], extras: [Int: String], reifegradModell: ReifegradModell?) {
        self.row = row
        self.columns = columns
        self.slots = Slots(columns)
        self.extras = extras
        self.reifegradModell = reifegradModell
    }
    /// Headers the schema does not know, by column.
    var extras: [Int: String]
    /// The model the Reifegrad header names, if it names one.
    var reifegradModell: ReifegradModell?

    /// A working-sheet header with the key columns, for the shared identification and findings.
    var keyHeader: SheetHeader {
        var roles: [Int: ColumnRole] = [:]
        if let c = columns[.leika] { roles[c] = .leika }
        if let c = columns[.ozgId] { roles[c] = .ozgId }
        if let c = columns[.leistung] { roles[c] = .bezeichnung }
        if let c = columns[.themenfeld] { roles[c] = .themenfeld }
        return SheetHeader(rows: row...row, roles: roles, extras: [:], duplicates: [:])
    }

    /// The header of a status sheet among its first 30 non-blank rows: a row naming the
    /// Umsetzungsstand, the LeiKa key or OZG-ID, and two columns only a status sheet has
    /// (URL, Art der Lösung, Reifegrad, Fallzahl, geplant bis); `nil` for any other sheet.
    static func detect(_ sheet: Sheet) -> StatusHeader? {
        // Lists repeat their texts down the rows (`ja`, a Themenfeld): each is matched once.
        var known: [String: StatusSheet.Column?] = [:]
        for row in sheet.rows.lazy.filter({ !$0.isBlank }).prefix(30) {
            var columns: [StatusSheet.Column: Int] = [:]
            var extras: [Int: String] = [:]
            var modell: ReifegradModell?
            for cell in row.cells {
                let text = cell.value.plainText.trimmedWhitespace
                guard !text.isEmpty, text.count <= 80 else { continue }
                let field: StatusSheet.Column?
                if let hit = known[text] {
                    field = hit
                } else {
                    field = StatusSheet.column(ofHeader: text)
                    known[text] = field
                }
                if let c = field, columns[c] == nil {
                    columns[c] = cell.column
                    if c == .reifegrad { modell = StatusSheet.reifegradModell(inHeader: text) }
                } else {
                    extras[cell.column] = text
                }
            }
            guard columns[.stand] != nil, columns[.leika] != nil || columns[.ozgId] != nil,
                StatusSheet.distinctive.filter({ columns[$0] != nil }).count >= 2
            else { continue }
            return StatusHeader(row: row.index, columns: columns, extras: extras, reifegradModell: modell)
        }
        return nil
    }
}

/// What one status sheet's cells were read as, by text: clerks repeat the same few values
/// down thousands of rows, and each is read once.
struct StatusValueMemo {
    var stand: [String: Umsetzungsstand?] = [:]
    var art: [String: Loesungsart?] = [:]
    var prioritaet: [String: Prioritaet?] = [:]
    var link: [String: Bool] = [:]
    /// `fallzahl(.text(raw))`, `stufe(.text(raw))`, and `geplant bis` (year or date) read from text.
    var fallzahl: [String: Int?] = [:]
    var stufe: [String: Int?] = [:]
    var termin: [String: CalendarDate?] = [:]
    /// The reading of `raw` from `table`, read and kept on first sight. (A table passed `inout`,
    /// not by key path: a key path costs a runtime projection on every cell.)
    static func memo<V>(_ table: inout [String: V], _ raw: String, _ read: (String) -> V) -> V {
        if let hit = table[raw] { return hit }
        let v = read(raw)
        table[raw] = v
        return v
    }
}

/// The council a status return is for, and where that was read.
struct StatusKommune {
    var name: String?
    /// The cell of the council's name (`Hinweise!B3`), for findings.
    var sheet: String
    var cell: String
    /// The prefill time from the cover sheet.
    var vorbelegtAm: String?
}

extension WorkingSheetMapper {
    /// Reads a returned council pack (or a sheet with the status columns): the council from the
    /// cover sheet (or a title above the table), confirmed against the file name, then every row.
    ///
    /// The council the sheet names wins over the file name: the sheet was made for it (its rows,
    /// its prefill), while file names are changed by hand; a file name naming another council is
    /// a warning. A sheet that names no member council, in itself or in the file name, is an
    /// error, and none of its rows is kept.
    func mapStatusReturn<S: PackSheets>(_ sheets: S, headers: [Int: StatusHeader], into result: inout WorkingSheetResult) throws(S.Failure) {
        let kommunen = detector.aliases.kommunen
        var named = StatusKommune(name: nil, sheet: "", cell: "")
        var namedText: String?
        // The cover sheet: `Für` and `Vorbelegt am`.
        for i in 0..<sheets.count where headers[i] == nil {
            let sheet = sheets.head(i)
            for row in sheet.rows.prefix(40) {
                guard row.cells.count >= 2, case .text(let label) = row.cells[0].value else { continue }
                let value = CellParsers.display(row.cells[1].value).trimmedWhitespace
                let ref = CellReference(row: row.index, column: row.cells[1].column)
                switch HeaderText.compact(label) {
                case HeaderText.compact(StatusSheet.kommuneLabel):
                    namedText = value
                    named.sheet = sheet.name
                    named.cell = ref.a1
                    named.name = WorkingSheetMapper.kommune(in: value, kommunen, whole: true)
                case HeaderText.compact(StatusSheet.vorbelegtLabel):
                    if WorkingSheetMapper.isInstant(value) {
                        named.vorbelegtAm = value
                    } else if !value.isEmpty && value != "—" {
                        result.findings.append(Finding(
                            file: result.file, sheet: sheet.name, cell: ref.a1, severity: .warning,
                            message: "„\(value)“ in \(ref.a1) ist kein Zeitpunkt der Vorbelegung (etwa 2026-11-30T08:00:00Z); "
                                + "die Rückmeldung wird behandelt, als kenne sie die gespeicherten Angaben nicht.", raw: value))
                    }
                default: break
                }
            }
        }
        // A sheet without cover: a title above the table naming the council.
        if namedText == nil {
            for (i, h) in headers.sorted(by: { $0.key < $1.key }) {
                let name = sheets.head(i).name
                // A sheet that cannot be read to its end fails below, when its rows are mapped.
                try? sheets.forEachRow(i, columns: nil) { row in
                    guard row.index < h.row else { return true }
                    for cell in row.cells {
                        if case .text(let t) = cell.value, let k = WorkingSheetMapper.kommune(in: t, kommunen, whole: false) {
                            named = StatusKommune(name: k, sheet: name, cell: CellReference(row: row.index, column: cell.column).a1)
                            namedText = t
                            return false
                        }
                    }
                    return true
                }
                if namedText != nil { break }
            }
        }
        let base = ((result.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let fromFile = WorkingSheetMapper.kommune(in: base, kommunen, whole: false)
        var kommune: String?
        if let namedText, named.name == nil {
            result.findings.append(Finding(
                file: result.file, sheet: named.sheet, cell: named.cell, severity: .error,
                message: "„\(namedText)“ in \(named.cell) ist keine Mitgliedskommune des Arbeitsbereichs; der Umsetzungsstand "
                    + "wurde nicht übernommen.", raw: namedText))
        } else if let n = named.name {
            kommune = n
            if let fromFile, fromFile != n {
                result.findings.append(Finding(
                    file: result.file, sheet: named.sheet, cell: named.cell, severity: .warning,
                    message: "Das Blatt ist für „\(n)“ (\(named.cell)), der Dateiname „\(base)“ nennt aber „\(fromFile)“. "
                        + "Übernommen für \(n), wie im Blatt angegeben; bitte prüfen Sie, ob die Datei von der richtigen Kommune kommt.",
                    raw: base))
            }
        } else if let fromFile {
            kommune = fromFile
        } else {
            let first = headers.keys.min().map { sheets.head($0).name } ?? ""
            result.findings.append(Finding(
                file: result.file, sheet: first, cell: "", severity: .error,
                message: "Das Statusblatt nennt keine Kommune (auf dem Blatt „Hinweise“ unter „\(StatusSheet.kommuneLabel)“ "
                    + "oder im Dateinamen); der Umsetzungsstand wurde nicht übernommen."))
        }
        result.kommune = kommune
        result.statusVorbelegtAm = named.vorbelegtAm
        let k = kommune.flatMap { name in kommunen.first { $0.name == name } }
        for i in 0..<sheets.count {
            if let h = headers[i] {
                try mapStatusSheet(sheets, i, header: h, kommune: k, into: &result)
            } else {
                try skipPackSheet(sheets, i, into: &result)
            }
        }
        if k == nil { result.umsetzung = [] }
    }

    /// A sheet of the pack that is not the status sheet: read-only lists, nothing to store;
    /// text in the reply column is named, so no council's remark goes unseen.
    func skipPackSheet<S: PackSheets>(_ sheets: S, _ i: Int, into result: inout WorkingSheetResult) throws(S.Failure) {
        let sheet = sheets.head(i)
        var replyColumn: Int?
        var headerRow = -1
        for row in sheet.rows.prefix(30) {
            if let c = row.cells.first(where: { HeaderText.compact($0.value.plainText) == HeaderText.compact(StatusSheet.packReplyColumn) }) {
                replyColumn = c.column
                headerRow = row.index
                break
            }
        }
        // Every row is read, also without a reply column: the file fails as it would read whole.
        try sheets.forEachRow(i, columns: replyColumn.map { [$0] } ?? []) { row in
            guard let col = replyColumn, row.index > headerRow, let text = CellParsers.trimmedText(row.value(at: col)) else { return true }
            let ref = CellReference(row: row.index, column: col)
            result.findings.append(Finding(
                file: result.file, sheet: sheet.name, cell: ref.a1, severity: .warning,
                message: "Rückmeldung in \(ref.a1): „\(text)“. Sie wird nicht eingelesen; bitte lesen Sie sie selbst.", raw: text))
            return true
        }
        result.sheets.append(SheetSummary(name: sheet.name, kind: .skipped, headerRows: nil, dataRows: 0))
    }

    func mapStatusSheet<S: PackSheets>(_ sheets: S, _ i: Int, header h: StatusHeader, kommune: Kommune?, into result: inout WorkingSheetResult)
        throws(S.Failure)
    {
        let sheet = sheets.head(i)
        var context = RowContext(file: result.file, sheet: sheet.name, sha256: result.sha256, ingestedAt: result.ingestedAt, header: h.keyHeader)
        for (col, text) in h.extras.sorted(by: { $0.key < $1.key }) where !knownAddedColumns.contains(HeaderText.compact(text)) {
            let ref = CellReference(row: h.row, column: col)
            context.warning(ref, "Die Spalte „\(text)“ in \(ref.a1) ist keine Spalte des Statusblatts; ihr Inhalt wird nicht ausgewertet.", raw: text)
        }
        let modell = h.reifegradModell ?? statusContext.reifegradModell
        let inputColumns = StatusSheet.Column.allCases.filter { !$0.isKey }.compactMap { h.columns[$0] }
        var dataRows = 0
        var memo = StatusValueMemo()
        let leikaColumn = h.columns[.leika]
        try sheets.forEachRow(i, columns: nil) { row in
            guard row.index > h.row, !row.isBlank, inputColumns.contains(where: { !row.value(at: $0).isEmpty }) else { return true }
            // A `Summe` row: no key of its own, a summary word.
            if leikaColumn.map({ row.value(at: $0).isEmpty }) ?? true, isSummaryRow(row, header: context.header) { return true }
            dataRows += 1
            if let s = statusRow(row, header: h, modell: modell, kommune: kommune, context: &context, memo: &memo) {
                result.umsetzung.append(s)
            }
            return true
        }
        let ordered = context.findings.enumerated().sorted { a, b in
            let ra = a.element.reference, rb = b.element.reference
            if let ra, let rb, ra != rb { return ra < rb }
            return a.offset < b.offset
        }
        result.findings.append(contentsOf: ordered.map(\.element))
        result.sheets.append(SheetSummary(name: sheet.name, kind: .umsetzungsstand, headerRows: h.row...h.row, dataRows: dataRows))
    }

    /// One answered row: the status with every value that could be read; a finding per cell
    /// that could not. `nil` when the row names no Leistung or its Umsetzungsstand is unreadable.
    private func statusRow(
        _ row: Row, header h: StatusHeader, modell: ReifegradModell, kommune: Kommune?, context: inout RowContext,
        memo: inout StatusValueMemo
    ) -> KommuneStatus? {
        typealias C = StatusSheet.Column
        func ref(_ c: C) -> CellReference? { h.slots[c].map { CellReference(row: row.index, column: $0) } }
        func value(_ c: C) -> CellValue { h.slots[c].map { row.value(at: $0) } ?? .empty }
        func text(_ c: C) -> String? { CellParsers.trimmedText(value(c)) }
        // Which Leistung.
        var key: LeikaKey?
        var markedNoKey = false
        if let at = ref(.leika) {
            switch CellParsers.leikaKey(value(.leika)) {
            case .key(let k): key = k
            case .noKey: markedNoKey = true
            case .empty: break
            case .invalid(let s):
                context.error(at, "„\(s)“ in \(at.a1) ist kein gültiger LeiKa-Schlüssel (14 Ziffern, beginnend mit 99).", raw: s)
                return nil
            }
        }
        let ozgId = CellParsers.ozgId(value(.ozgId))
        // The Bezeichnung counts only for a row without key (``CatalogIndex/row(key:ozgId:bezeichnung:ozgLeistung:markedNoKey:seen:)``).
        let entryRow: Int
        switch index.row(
            key: key, ozgId: ozgId, bezeichnung: key == nil ? text(.leistung) : nil, ozgLeistung: nil, markedNoKey: markedNoKey,
            seen: &context.twinsSeen)
        {
        case .success(let i): entryRow = i
        case .failure(let miss):
            report(miss, row: row, key: key, firstInput: h.columns[.stand], context: &context)
            return nil
        }
        guard let kommune else { return nil }
        // The Umsetzungsstand decides whether the row is kept.
        let stand: Umsetzungsstand
        let standRef = ref(.stand) ?? CellReference(row: row.index, column: 0)
        if let raw = text(.stand) {
            guard let s = StatusValueMemo.memo(&memo.stand, raw, Umsetzungsstand.parse) else {
                context.error(
                    standRef,
                    "„\(raw)“ in \(standRef.a1) ist kein Umsetzungsstand. Erlaubt sind: "
                        + Umsetzungsstand.allCases.map(\.label).joined(separator: ", ") + ". Die Zeile wurde nicht übernommen.", raw: raw)
                return nil
            }
            stand = s
        } else {
            context.warning(
                standRef, "In \(standRef.a1) fehlt der Umsetzungsstand; die übrigen Angaben der Zeile wurden mit „offen“ übernommen.")
            stand = .offen
        }
        let id = index.catalog.einzelleistungen[entryRow].id
        var s = KommuneStatus(kommune: kommune.name, einzelleistung: id, stand: stand, provenance: context.provenance(standRef))
        if stand == .nichtZustaendig, let relevanz = statusContext.relevanz?(id, kommune), relevanz.isRelevant {
            context.warning(
                standRef,
                "\(kommune.name) meldet in \(standRef.a1) „nicht zuständig“ für „\(index.catalog.einzelleistungen[entryRow].bezeichnung)“, die für den Kommunaltyp "
                    + "„\(kommune.kommunaltyp)“ als relevant („\(relevanz.rawValue)“) bewertet ist. Übernommen; bitte klären, ob für "
                    + "\(kommune.name) eine Ausnahme gilt.", raw: text(.stand))
        }
        if let raw = text(.url), let at = ref(.url) {
            s.url = raw
            if !(KommuneStatus.isPlainWebAddress(raw) || StatusValueMemo.memo(&memo.link, raw, { KommuneStatus.link($0) != nil })) {
                context.warning(
                    at, "„\(raw)“ in \(at.a1) ist keine Web-Adresse (etwa https://www.stadt.de/dienst); übernommen, aber nicht verlinkt.",
                    raw: raw)
            }
        }
        s.loesung = text(.loesung)
        if let raw = text(.loesungsart), let at = ref(.loesungsart) {
            if let a = StatusValueMemo.memo(&memo.art, raw, Loesungsart.parse) {
                s.loesungsart = a
            } else {
                context.error(
                    at, "„\(raw)“ in \(at.a1) ist keine Art der Lösung. Erlaubt sind: "
                        + Loesungsart.allCases.map(\.label).joined(separator: ", ") + ".", raw: raw)
            }
        }
        if let at = ref(.reifegrad), let raw = text(.reifegrad) {
            let v = value(.reifegrad)
            let stufe = v.textValue.map { t in StatusValueMemo.memo(&memo.stufe, t) { WorkingSheetMapper.stufe(.text($0)) } } ?? WorkingSheetMapper.stufe(v)
            switch stufe {
            case .some(let n) where modell.stufen.contains(n): s.reifegrad = ReifegradAngabe(stufe: n, modell: modell)
            case .some(let n):
                context.error(
                    at, "Der Reifegrad \(n) in \(at.a1) liegt außerhalb der Stufen 0 bis \(modell.hoechsteStufe) des Reifegradmodells "
                        + "\(modell.rawValue) und wurde nicht übernommen.", raw: raw)
            case .none:
                context.error(
                    at, "„\(raw)“ in \(at.a1) ist kein Reifegrad. Erlaubt ist eine Stufe von 0 bis \(modell.hoechsteStufe) "
                        + "des Reifegradmodells \(modell.rawValue).", raw: raw)
            }
        }
        if let raw = text(.prioritaet), let at = ref(.prioritaet) {
            if let p = StatusValueMemo.memo(&memo.prioritaet, raw, Prioritaet.parse) {
                s.prioritaet = p
            } else {
                context.error(at, "„\(raw)“ in \(at.a1) ist keine Priorität. Erlaubt sind: hoch, mittel, niedrig.", raw: raw)
            }
        }
        if let raw = text(.fallzahl), let at = ref(.fallzahl) {
            let v = value(.fallzahl)
            if let n = v.textValue.map({ t in StatusValueMemo.memo(&memo.fallzahl, t) { WorkingSheetMapper.fallzahl(.text($0)) } }) ?? WorkingSheetMapper.fallzahl(v) {
                s.fallzahl = n
            } else {
                context.error(at, "„\(raw)“ in \(at.a1) ist keine Fallzahl. Schreiben Sie eine Zahl wie 1200 oder „ca. 1.200“.", raw: raw)
            }
        }
        if let raw = text(.geplantBis), let at = ref(.geplantBis) {
            let v = value(.geplantBis)
            if let d = v.textValue.map({ t in StatusValueMemo.memo(&memo.termin, t) { WorkingSheetMapper.termin(.text($0)) } }) ?? WorkingSheetMapper.termin(v) {
                s.geplantBis = raw
                s.geplantBisDatum = d
            } else {
                context.error(
                    at, "„\(raw)“ in \(at.a1) ist kein Termin. Erlaubt sind zum Beispiel 31.03.2027, Q3/2027, 3. Quartal 2027 oder 2027.",
                    raw: raw)
            }
        }
        s.ansprechpartner = text(.ansprechpartner)
        s.anmerkung = text(.anmerkung)
        return s
    }

    /// A council named by a text: exactly (`whole`, allowing a Kreis in parentheses after it, as
    /// the cover sheet writes `Lemgo (Kreis Lippe)`), or contained in it (a title, a file name);
    /// the longest matching name wins (`Bad Salzuflen` over `Salzuflen`).
    static func kommune(in text: String, _ kommunen: [Kommune], whole: Bool) -> String? {
        let t = HeaderText.compact(text)
        guard !t.isEmpty else { return nil }
        var best: String?
        for k in kommunen {
            let n = HeaderText.compact(k.name)
            guard !n.isEmpty else { continue }
            let hit: Bool
            if whole {
                let withKreis = k.kreis.map { HeaderText.compact(k.name + " (" + $0 + ")") }
                hit = t == n || t == withKreis
            } else {
                hit = t.contains(n)
            }
            if hit, n.count > (best.map { HeaderText.compact($0).count } ?? 0) { best = k.name }
        }
        return best
    }

    /// `2026-11-30T08:00:00Z` (what the pack writes), with or without fractional seconds.
    static func isInstant(_ s: String) -> Bool {
        let f = ISO8601DateFormatter()
        if f.date(from: s) != nil { return true }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: s) != nil
    }

    /// A Reifegrad level: a whole number, or text such as `3`, `Stufe 3`, `RG 3`, `3 - Online-Leistung`.
    static func stufe(_ value: CellValue) -> Int? {
        if case .number(let n) = value { return Int(exactly: n) }
        var t = HeaderText.normalize(CellParsers.display(value))
        for prefix in ["reifegradstufe", "reifegrad", "stufe", "rg", "level"] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":")))
        }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let n = Int(digits) else { return nil }
        let rest = t.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        // `3`, `3 - Online-Leistung`, `3 (2.0)`; not `3,5` or `3.5`.
        if rest.isEmpty || rest.hasPrefix("-") || rest.hasPrefix("–") || rest.hasPrefix("(") || rest.first?.isLetter == true { return n }
        return nil
    }

    /// A case count: a whole number, or text such as `1200`, `1.200`, `ca. 1.200`, `~ 1200`,
    /// `rund 1 200`, `1200 pro Jahr`; `nil` for anything else (negative, fractional, words).
    static func fallzahl(_ value: CellValue) -> Int? {
        if case .number(let n) = value { return n >= 0 ? Int(exactly: n) : nil }
        var t = HeaderText.normalize(CellParsers.display(value))
        for word in ["ca.", "ca", "circa", "zirka", "etwa", "rund", "ungefähr", "~", "≈", ">", "<", "mehr als", "über", "unter"]
        where t.hasPrefix(word) {
            t = String(t.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        }
        for suffix in ["pro jahr", "/jahr", "je jahr", "p.a.", "jährlich", "fälle", "im jahr"] where t.hasSuffix(suffix) {
            t = String(t.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        // Thousands separated by `.`, `'` or spaces, in groups of three.
        let groups = t.split(whereSeparator: { $0 == "." || $0 == " " || $0 == "'" || $0 == "\u{202F}" }).map(String.init)
        guard let first = groups.first, !first.isEmpty, first.count <= 3 || groups.count == 1,
            groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Int(groups.joined())
    }

    /// The last day a `geplant bis` cell names: a bare year's 31 December, else the end of the
    /// period ``DateParser`` reads; `nil` when it is no date.
    static func termin(_ value: CellValue) -> CalendarDate? {
        if let year = year(value) { return CalendarDate(year: year, month: 12, day: 31) }
        if case .date(let d, _) = DateParser.parse(value, edge: .end) { return d }
        return nil
    }

    /// A bare year (`2027` as number or text) in a `geplant bis` cell.
    static func year(_ value: CellValue) -> Int? {
        let t: String
        switch value {
        case .number(let n): guard let i = Int(exactly: n) else { return nil }; t = String(i)
        case .text(let s): t = s.trimmedWhitespace
        default: return nil
        }
        guard t.count == 4, let y = Int(t), (2000...2100).contains(y) else { return nil }
        return y
    }
}
