import Foundation
import OZGDomain
import OZGSpreadsheet

/// Reads returned working sheets into domain values, with a finding for every cell it cannot
/// understand.
///
/// A workbook with a council's status sheet (``StatusSheet``) is read as a status return
/// (``mapStatusReturn(_:headers:into:)``). Otherwise each sheet is looked at on its own: its header is found (``HeaderDetector``), known non-data
/// sheets (`Hinweise`, `Legende`) are skipped, and each row is identified against the catalogue
/// by LeiKa key and OZG-ID (or OZG-ID and Bezeichnung for `nicht im LeiKa`). Blank rows and
/// `Summe`/`Gesamt` rows are ignored; every other row either yields values or findings.
public struct WorkingSheetMapper: Sendable {
    public var catalog: Catalog
    public var detector: HeaderDetector
    let index: CatalogIndex

    /// Sheet names that hold no data (compared compacted, as prefixes).
    public static let nonDataSheets = [
        "hinweise", "hinweis", "legende", "anleitung", "ausfüllhinweise", "erläuterungen", "erläuterung", "info",
        "liesmich", "readme", "listen", "auswahllisten", "werte", "deckblatt", "prüfbericht", "impressum",
    ]

    /// Headers of added columns already known (the workspace keeps them): not reported again.
    public var knownAddedColumns: Set<String>
    /// What councils' status sheets are read against (Reifegrad model, relevance).
    public var statusContext = StatusSheetContext()

    /// - Parameter knownAddedColumns: names of added columns the workspace already keeps (from
    ///   earlier returns or its own Gesamtliste); any other column that is not understood is
    ///   reported as a warning.
    public init(
        catalog: Catalog, kommunaltypen: KommunaltypSet = .krzVerband, kommunen: [Kommune] = [], knownAddedColumns: [String] = []
    ) {
        self.catalog = catalog
        self.knownAddedColumns = Set(knownAddedColumns.map(HeaderText.compact))
        self.detector = HeaderDetector(aliases: ColumnAliases(kommunaltypen: kommunaltypen, kommunen: kommunen))
        self.index = CatalogIndex(catalog)
    }

    /// Maps a workbook held in memory.
    ///
    /// - Parameters:
    ///   - file: the file name as the findings and provenance should show it.
    ///   - sha256: the SHA-256 of the file's bytes (hex), for provenance.
    ///   - ingestedAt: the time of ingest, ISO 8601.
    public func map(_ workbook: Workbook, file: String, sha256: String = "", ingestedAt: String = "") -> WorkingSheetResult {
        var result = WorkingSheetResult(file: file, sha256: sha256, ingestedAt: ingestedAt)
        // A council's status return (the pack's `Umsetzungsstand`, or a sheet with its columns):
        // read as such, the pack's other sheets only looked at for remarks.
        var statusHeaders: [Int: StatusHeader] = [:]
        for (i, sheet) in workbook.sheets.enumerated() { statusHeaders[i] = StatusHeader.detect(sheet) }
        if !statusHeaders.isEmpty {
            mapStatusReturn(WorkbookPackSheets(workbook: workbook), headers: statusHeaders, into: &result)
            return result
        }
        var state = MappingState()
        for sheet in workbook.sheets {
            map(sheet, into: &result, state: &state)
        }
        // Conflicting verdicts are reported and none of them is kept.
        if !state.conflicts.isEmpty {
            result.verdicts.removeAll { state.conflicts.contains(VerdictSlot(id: $0.einzelleistung, kommunaltyp: $0.kommunaltyp)) }
        }
        return result
    }

    /// Maps every sheet of a reader (each read into memory in turn); provenance gets the
    /// file's SHA-256 (computed from `reader.path` unless given) and the time (now unless given).
    ///
    /// Open the reader with `SpreadsheetFile.open(path)` (OZGFiles), `XLSXReader`, `ODSReader`
    /// or `CSVReader`. Errors are the reader's ``SpreadsheetError``s (a file that cannot be read
    /// at all); everything inside a readable file becomes a ``Finding``.
    public func map(reader: any SpreadsheetReader, file: String? = nil, sha256: String? = nil, ingestedAt: String? = nil) throws
        -> WorkingSheetResult
    {
        let name = file ?? reader.path
        let sha = try sha256 ?? SHA256.hex(ofFile: reader.path)
        let time = ingestedAt ?? ISO8601DateFormatter().string(from: Date())
        // A council's status return is mapped as its rows stream by, never held whole; the
        // sheets' heads tell whether it is one. Whatever goes wrong there is left to the whole
        // read below, which fails as it always did.
        if let streamed = try? StreamedPackSheets(reader: reader) {
            var statusHeaders: [Int: StatusHeader] = [:]
            for i in 0..<streamed.count { statusHeaders[i] = StatusHeader.detect(streamed.head(i)) }
            if !statusHeaders.isEmpty {
                var result = WorkingSheetResult(file: name, sha256: sha, ingestedAt: time)
                try mapStatusReturn(streamed, headers: statusHeaders, into: &result)
                return result
            }
        }
        var sheets: [Sheet] = []
        // The mapping reads cells only; the layout is not needed.
        for i in reader.sheets.indices { sheets.append(try reader.readSheet(i, includingLayout: false)) }
        return map(Workbook(sheets: sheets, properties: reader.properties), file: name, sha256: sha, ingestedAt: time)
    }

    func map(_ sheet: Sheet, into result: inout WorkingSheetResult, state: inout MappingState) {
        let compactName = HeaderText.compact(sheet.name)
        if WorkingSheetMapper.nonDataSheets.contains(where: { compactName.hasPrefix($0) }) {
            readHinweise(sheet, into: &result)
            result.sheets.append(SheetSummary(name: sheet.name, kind: .skipped, headerRows: nil, dataRows: 0))
            return
        }
        guard let header = detector.detect(sheet) else {
            if sheet.rows.contains(where: { !$0.isBlank }) {
                result.findings.append(
                    Finding(
                        file: result.file, sheet: sheet.name, cell: "", severity: .warning,
                        message: "Im Blatt „\(sheet.name)“ wurde keine Kopfzeile mit bekannten Spalten (z. B. LeiKa-Schlüssel, "
                            + "OZG-ID, Leistungsbezeichnung) gefunden; das Blatt wurde nicht ausgewertet."))
            }
            result.sheets.append(SheetSummary(name: sheet.name, kind: .unrecognized, headerRows: nil, dataRows: 0))
            return
        }
        for (col, text) in header.duplicates.sorted(by: { $0.key < $1.key }) {
            let ref = CellReference(row: header.rows.upperBound, column: col)
            result.findings.append(
                Finding(
                    file: result.file, sheet: sheet.name, cell: ref.a1, severity: .warning,
                    message: "Die Spalte „\(text)“ in \(ref.a1) gibt es in der Kopfzeile schon einmal; sie wird nur als "
                        + "Zusatzspalte übernommen, nicht als Bewertung.", raw: text))
        }
        // Every column that is not understood is named, so nothing a Pate added goes unseen.
        for (col, text) in header.extras.sorted(by: { $0.key < $1.key })
        where header.duplicates[col] == nil && !knownAddedColumns.contains(HeaderText.compact(text)) {
            let ref = CellReference(row: header.rows.upperBound, column: col)
            result.findings.append(
                Finding(
                    file: result.file, sheet: sheet.name, cell: ref.a1, severity: .warning,
                    message: "Die Spalte „\(text)“ in \(ref.a1) ist keine bekannte Spalte des Arbeitsblatts; ihr Inhalt "
                        + "wird als Zusatzspalte übernommen, aber nicht ausgewertet.", raw: text))
        }
        let isBewertung = !header.kommunaltypColumns.isEmpty || !header.kommuneColumns.isEmpty
        var context = RowContext(
            file: result.file, sheet: sheet.name, sha256: result.sha256, ingestedAt: result.ingestedAt, header: header)
        var dataRows = 0
        for row in sheet.rows where row.index >= header.dataStart && !row.isBlank {
            if isSummaryRow(row, header: header) { continue }
            if mapRow(row, isBewertung: isBewertung, context: &context, result: &result, state: &state) { dataRows += 1 }
        }
        // In reading order, so a Pate can go through the sheet from the top.
        let ordered = context.findings.enumerated().sorted { a, b in
            let ra = a.element.reference, rb = b.element.reference
            if let ra, let rb, ra != rb { return ra < rb }
            return a.offset < b.offset
        }
        result.findings.append(contentsOf: ordered.map(\.element))
        result.sheets.append(
            SheetSummary(
                name: sheet.name, kind: isBewertung ? .bewertung : .umsetzungsplanung, headerRows: header.rows,
                dataRows: dataRows))
    }

    /// Reads `Themenfeld`, `Themenpate` and `Stand` from label/value pairs of a notes sheet
    /// (as the template writes them); a `—` or empty value is no value.
    func readHinweise(_ sheet: Sheet, into result: inout WorkingSheetResult) {
        var themenfeld: String?
        var pate: String?
        for row in sheet.rows.prefix(30) {
            guard row.cells.count >= 2, case .text(let label) = row.cells[0].value else { continue }
            let value = row.cells[1].value
            let text = CellParsers.display(value).trimmedWhitespace
            if text.isEmpty || text == "—" || text == "-" { continue }
            switch HeaderText.compact(label) {
            case "themenfeld": themenfeld = text
            case "themenpate", "pate", "patin", "themenpatin": pate = text
            case "stand":
                if case .date(let d, _) = DateParser.parse(value) { result.stand = d.iso } else { result.stand = text }
            default: break
            }
        }
        if let pate, let themenfeld, index.catalog.themenfelder.contains(themenfeld),
            !result.paten.contains(where: { $0.themenfeld == themenfeld })
        {
            result.paten.append(Pate(themenfeld: themenfeld, name: pate))
        }
    }

    static let summaryWords = ["summe", "gesamt", "insgesamt", "anzahl", "total", "zwischensumme"]

    /// A `Summe`, `Gesamt` or `Anzahl` row: a text cell starting so, and no LeiKa key.
    func isSummaryRow(_ row: Row, header: SheetHeader) -> Bool {
        if let keyCol = header.column(of: .leika), case .key = CellParsers.leikaKey(row.value(at: keyCol)) { return false }
        return row.cells.contains { cell in
            guard case .text(let s) = cell.value, let first = s.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                "sSgGiIaAtTzZ".unicodeScalars.contains(first)
            else { return false }
            let c = HeaderText.compact(String(s.prefix(20)))
            return WorkingSheetMapper.summaryWords.contains { c.hasPrefix($0) }
        }
    }
}

/// A verdict's place: one Einzelleistung and one Kommunaltyp.
struct VerdictSlot: Hashable {
    var id: EinzelleistungID
    var kommunaltyp: String
}

/// What the mapping remembers across sheets of one file.
struct MappingState {
    /// The cell and value of each verdict seen, to find contradictions.
    var seen: [VerdictSlot: (sheet: String, cell: String, relevanz: Relevanz)] = [:]
    var conflicts: Set<VerdictSlot> = []
    var seenVorhaben: Set<String> = []
}

/// Per-sheet context for the row mappers.
struct RowContext {
    var file: String
    var sheet: String
    var sha256: String
    var ingestedAt: String
    var header: SheetHeader
    var findings: [Finding] = []
    /// How often each Einzelleistung with identical twins has been seen in this sheet.
    var twinsSeen: [EinzelleistungID: Int] = [:]

    func provenance(_ ref: CellReference) -> Provenance {
        Provenance(file: file, sheet: sheet, cell: ref.a1, sha256: sha256, ingestedAt: ingestedAt)
    }

    mutating func error(_ ref: CellReference, _ message: String, raw: String? = nil) {
        findings.append(Finding(file: file, sheet: sheet, cell: ref.a1, severity: .error, message: message, raw: raw))
    }

    mutating func warning(_ ref: CellReference, _ message: String, raw: String? = nil) {
        findings.append(Finding(file: file, sheet: sheet, cell: ref.a1, severity: .warning, message: message, raw: raw))
    }
}
