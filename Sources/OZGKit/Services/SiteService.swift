import Foundation
import OZGDomain
import OZGReports
import OZGWorkspace

/// What `ozg site` reads from a workspace: the current model and, where the group has named a
/// meeting snapshot (`ozg snapshot save NAME`), the changes since the newest one, which the start
/// page sums up and the report `aenderungen` lists in full.
public enum SiteService {
    /// The model for the site, with ``DomainModel/changeLog`` since the newest meeting snapshot
    /// (left `nil` when there is none).
    ///
    /// The period ends with the last change in it (the snapshot's moment when nothing changed), not
    /// with the clock: a second run with nothing changed makes the same pages.
    public static func model(_ workspace: Workspace) throws -> DomainModel {
        var model = try workspace.snapshot()
        guard let last = try workspace.meetingSnapshots().last else { return model }
        var log = try workspace.changeLog(since: ChangeMoment(label: last.name, at: last.at), until: Workspace.now())
        let times = log.verdicts.compactMap { $0.provenance?.ingestedAt } + log.conflicts.map(\.at)
            + log.catalog.map(\.importedAt) + log.vorhaben.map(\.at)
        log.until = ChangeMoment(label: log.until.label, at: times.max().map { max($0, last.at) } ?? last.at)
        model.changeLog = log
        return model
    }
}
