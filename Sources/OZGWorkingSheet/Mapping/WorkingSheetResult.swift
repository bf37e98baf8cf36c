import OZGDomain
import OZGSpreadsheet

/// Everything read from one returned working sheet: verdicts, roadmap, notes and findings.
///
/// Values that could not be understood are not in ``verdicts`` or ``vorhaben`` but in
/// ``findings`` with their cell. An empty or `offen` verdict cell yields no verdict: the model
/// holds decided verdicts, and ``DomainModel/relevanz(_:_:)`` answers `offen` for the rest.
public struct WorkingSheetResult: Hashable, Sendable {
    public var file: String
    public var sha256: String
    public var ingestedAt: String
    public var verdicts: [Verdict]
    public var vorhaben: [Umsetzungsvorhaben]
    public var exceptions: [KommuneException]
    /// Columns the Pate added, kept verbatim so export can write them back.
    public var extraColumns: ExtraColumns
    /// Zuständigkeit, Anmerkung, geprüft von/am per Einzelleistung.
    public var annotations: [RowAnnotation]
    public var findings: [Finding]
    /// Paten named on a `Hinweise` sheet (`Themenpate` next to `Themenfeld`).
    public var paten: [Pate]
    /// The `Stand` a `Hinweise` sheet names, as written (ISO date when it is a date).
    public var stand: String?
    /// What was done with each sheet.
    public var sheets: [SheetSummary]
    /// The rows of a council's status sheet (``StatusSheet``), for ``kommune``.
    public var umsetzung: [KommuneStatus] = []
    /// The council a status sheet is for (named in the sheet, else by the file name).
    public var kommune: String?
    /// The prefill time the status sheet's cover names (``IngestBatch/statusVorbelegtAm``).
    public var statusVorbelegtAm: String?

    public init(file: String, sha256: String, ingestedAt: String) {
        self.file = file
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
        verdicts = []
        vorhaben = []
        exceptions = []
        extraColumns = ExtraColumns()
        annotations = []
        findings = []
        paten = []
        stand = nil
        sheets = []
    }

    public var errors: [Finding] { findings.filter { $0.severity == .error } }
    public var warnings: [Finding] { findings.filter { $0.severity == .warning } }
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// What the workspace stores from this file: the valid verdicts, Vorhaben and exceptions.
    public var ingestBatch: IngestBatch {
        var b = IngestBatch(
            file: file, sha256: sha256, verdicts: verdicts, vorhaben: vorhaben, exceptions: exceptions, paten: paten, stand: stand,
            addedColumns: extraColumns.values)
        b.umsetzung = umsetzung
        b.statusVorbelegtAm = statusVorbelegtAm
        return b
    }
}

/// What the mapping made of one sheet.
public struct SheetSummary: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Verdicts per Kommunaltyp (possibly with roadmap columns).
        case bewertung
        /// Roadmap lines only.
        case umsetzungsplanung
        /// A council's status sheet (``StatusSheet``).
        case umsetzungsstand
        /// A known non-data sheet (`Hinweise`, `Legende`): skipped without findings.
        case skipped
        /// No header found.
        case unrecognized
    }

    public var name: String
    public var kind: Kind
    /// Zero-based header rows, when one was found.
    public var headerRows: ClosedRange<Int>?
    /// Rows read as data (summary and blank rows not counted).
    public var dataRows: Int
}

/// The Zuständigkeit, Anmerkung and geprüft von/am of one Bewertung row.
public struct RowAnnotation: Hashable, Sendable, Codable {
    public var einzelleistung: EinzelleistungID
    public var zustaendigkeit: String?
    public var anmerkung: String?
    public var geprueftVon: String?
    public var geprueftAm: CalendarDate?

    public init(
        einzelleistung: EinzelleistungID, zustaendigkeit: String? = nil, anmerkung: String? = nil,
        geprueftVon: String? = nil, geprueftAm: CalendarDate? = nil
    ) {
        self.einzelleistung = einzelleistung
        self.zustaendigkeit = zustaendigkeit
        self.anmerkung = anmerkung
        self.geprueftVon = geprueftVon
        self.geprueftAm = geprueftAm
    }

    var isEmpty: Bool { zustaendigkeit == nil && anmerkung == nil && geprueftVon == nil && geprueftAm == nil }
}

/// Columns a Pate added to the Bewertung sheet, with their texts per Einzelleistung.
public struct ExtraColumns: Hashable, Sendable, Codable {
    /// Header texts in the order first seen.
    public var names: [String]
    public var values: [ExtraValue]

    public init(names: [String] = [], values: [ExtraValue] = []) {
        self.names = names
        self.values = values
    }

    /// The text of a column for a row, if there is one.
    public func value(_ column: String, for id: EinzelleistungID) -> String? {
        values.first { $0.column == column && $0.einzelleistung == id }?.text
    }

    mutating func add(column: String, id: EinzelleistungID, text: String, provenance: Provenance? = nil) {
        if !names.contains(column) { names.append(column) }
        values.append(ExtraValue(einzelleistung: id, column: column, text: text, provenance: provenance))
    }

    /// The added columns a workspace snapshot holds (``DomainModel/addedColumns``).
    public init(_ model: DomainModel) {
        self.init(names: model.addedColumnNames, values: model.addedColumns)
    }
}

/// One cell of an added column: the domain's ``AddedColumnValue`` (equal when Einzelleistung,
/// column and text are; where it was read is no part of equality).
public typealias ExtraValue = AddedColumnValue
