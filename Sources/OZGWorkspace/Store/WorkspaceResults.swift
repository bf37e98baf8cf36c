import OZGDomain

/// What ``Workspace/importCatalog(_:at:)`` did.
public struct ImportSummary: Hashable, Codable, Sendable {
    /// Rows that were not in the workspace before.
    public var added: Int
    /// Rows whose names, Lage, LeiKa-Typ, flags or position changed.
    public var updated: Int
    public var unchanged: Int
    /// Rows of the previous catalogue that the new one does not hold (kept, with their verdicts,
    /// but no longer part of the snapshot).
    public var removed: Int
    /// Stored verdicts that belong to removed rows.
    public var orphanedVerdicts: Int
}

/// What ``Workspace/ingest(_:at:)`` did with one batch.
public struct IngestOutcome: Hashable, Codable, Sendable {
    /// The file was ingested before (same SHA-256): nothing was changed.
    public var alreadyIngested: Bool
    /// New verdicts stored (including ones that replace an earlier version of the same file's).
    public var verdictsStored: Int
    /// Verdicts equal to the stored ones.
    public var verdictsUnchanged: Int
    /// `offen` verdicts: they never overwrite and are not stored.
    public var verdictsOpen: Int
    public var vorhabenStored: Int
    public var vorhabenUnchanged: Int
    public var exceptionsStored: Int
    public var exceptionsUnchanged: Int
    /// Conflicts found by this batch (recorded, nothing overwritten).
    public var conflicts: [VerdictConflict]
    /// Status rows (councils' or dashboard) stored, equal to the stored ones, and dashboard
    /// rows removed because the new export no longer lists them.
    public var statusStored = 0
    public var statusUnchanged = 0
    public var statusRemoved = 0
    /// Status rows that differ from what another source stored after the sheet was made.
    public var statusConflicts: [StatusConflict] = []

    static let nothing = IngestOutcome(
        alreadyIngested: false, verdictsStored: 0, verdictsUnchanged: 0, verdictsOpen: 0, vorhabenStored: 0,
        vorhabenUnchanged: 0, exceptionsStored: 0, exceptionsUnchanged: 0, conflicts: [])
}

/// Two files giving different verdicts for the same Einzelleistung and Kommunaltyp (or for the
/// same Einzelleistung and Kommune, for exceptions). The stored verdict stays until resolved.
public struct VerdictConflict: Hashable, Codable, Sendable {
    /// Row id in the workspace, for ``Workspace/resolveConflict(id:keepNew:)``.
    public var id: Int64
    public var einzelleistung: EinzelleistungID
    /// The Kommunaltyp, for a verdict conflict.
    public var kommunaltyp: String?
    /// The Kommune, for a conflict between exceptions.
    public var kommune: String?
    public var stored: Relevanz
    public var storedRaw: String?
    public var storedProvenance: Provenance?
    public var new: Relevanz
    public var newRaw: String?
    public var newProvenance: Provenance
    /// `nil` while open; `stored` or `new` once resolved.
    public var resolution: String?

    public var isResolved: Bool { resolution != nil }
}

/// A council's returned row that differs from a stored row it did not answer on (someone else
/// changed it after the sheet was made, or another file says otherwise). The stored row stays.
public struct StatusConflict: Hashable, Codable, Sendable {
    /// Row id in the workspace, for ``Workspace/resolveStatusConflict(id:keepNew:)``.
    public var id: Int64
    public var kommune: String
    public var einzelleistung: EinzelleistungID
    /// The German names of the fields that differ (`Umsetzungsstand`, `Lösung`, …).
    public var fields: [String]
    public var stored: KommuneStatus
    public var new: KommuneStatus
    /// `nil` while open; `stored` or `new` once resolved.
    public var resolution: String?

    public var isResolved: Bool { resolution != nil }
}

/// A file that was ingested.
public struct IngestedFile: Hashable, Codable, Sendable {
    public var path: String
    public var sha256: String
    /// ISO 8601.
    public var ingestedAt: String
    public var verdicts: Int
    public var vorhaben: Int
    public var exceptions: Int
    public var conflicts: Int
    /// Status rows stored from the file (councils' status sheets, dashboard exports).
    public var status: Int = 0
}
