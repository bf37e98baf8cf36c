/// What one ingested file contributes to the workspace.
///
/// The working-sheet mapping (`OZGWorkingSheet`) produces it; `Workspace.ingest` stores it in
/// one transaction. Verdicts, Vorhaben and exceptions should carry their ``Provenance``; the
/// workspace fills in file, SHA-256 and time where a value has none.
public struct IngestBatch: Hashable, Codable, Sendable {
    /// The file path as given by the user.
    public var file: String
    /// SHA-256 of the file's bytes, lower-case hex (``SHA256/hex(of:)``).
    public var sha256: String
    public var verdicts: [Verdict]
    public var vorhaben: [Umsetzungsvorhaben]
    public var exceptions: [KommuneException]
    /// Paten named in the file (e.g. on the `Hinweise` sheet); stored when not empty.
    public var paten: [Pate]
    /// The Stand of the sheet, if it names one.
    public var stand: String?
    /// Cells of columns the Pate added; stored verbatim (the last ingest of a cell wins).
    public var addedColumns: [AddedColumnValue] = []
    /// Rows of a council's status sheet, or of a dashboard export (``KommuneStatus/quelle``).
    /// A council's rows follow the rules of verdicts (same file replaces, another file
    /// conflicts); a dashboard import replaces that council's earlier dashboard entries.
    public var umsetzung: [KommuneStatus] = []
    /// When the status sheet was prefilled (ISO 8601 instant, written into the council pack):
    /// a stored row older than this is what the council saw and answered on.
    public var statusVorbelegtAm: String?
    /// The council whose whole dashboard export this batch is: its earlier dashboard rows that
    /// the batch does not hold are removed, also when the export lists nothing online.
    public var dashboardKommune: String?

    public init(
        file: String, sha256: String, verdicts: [Verdict] = [], vorhaben: [Umsetzungsvorhaben] = [],
        exceptions: [KommuneException] = [], paten: [Pate] = [], stand: String? = nil,
        addedColumns: [AddedColumnValue] = []
    ) {
        self.file = file
        self.sha256 = sha256
        self.verdicts = verdicts
        self.vorhaben = vorhaben
        self.exceptions = exceptions
        self.paten = paten
        self.stand = stand
        self.addedColumns = addedColumns
    }
}
