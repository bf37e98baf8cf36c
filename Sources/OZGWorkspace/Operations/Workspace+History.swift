import Foundation
import GRDB
import OZGDomain
import OZGSpreadsheet

extension Workspace {
    /// Names the current moment (`ozg snapshot save NAME`).
    @discardableResult
    public func saveMeetingSnapshot(name: String, at date: Date = Date()) throws -> MeetingSnapshot {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw HistoryError.emptyName }
        return try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM meeting_snapshot WHERE name = ?", arguments: [trimmed]) == true {
                throw HistoryError.duplicateSnapshot(trimmed)
            }
            let s = MeetingSnapshot(name: trimmed, at: isoTimestamp(date))
            try db.execute(sql: "INSERT INTO meeting_snapshot (name, at) VALUES (?, ?)", arguments: [s.name, s.at])
            return s
        }
    }

    /// The meeting snapshots, oldest first.
    public func meetingSnapshots() throws -> [MeetingSnapshot] {
        try read { db in try Workspace.fetchMeetingSnapshots(db) }
    }

    static func fetchMeetingSnapshots(_ db: Database) throws -> [MeetingSnapshot] {
        try GRDB.Row.fetchAll(db, sql: "SELECT name, at FROM meeting_snapshot ORDER BY at, rowid").map {
            MeetingSnapshot(name: $0[0], at: $0[1])
        }
    }

    /// A moment named by the user: a meeting snapshot's name, else a date (`YYYY-MM-DD` or
    /// `DD.MM.YYYY`). A date as the start of a period means its beginning (everything of that
    /// day is inside), as the end its end.
    public func moment(_ text: String, asStart: Bool) throws -> ChangeMoment {
        try read { db in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let at = try String.fetchOne(db, sql: "SELECT at FROM meeting_snapshot WHERE name = ?", arguments: [trimmed]) {
                return ChangeMoment(label: trimmed, at: at)
            }
            guard let day = Workspace.parseDay(trimmed) else {
                throw HistoryError.unknownMoment(trimmed, available: try Workspace.fetchMeetingSnapshots(db).map(\.name))
            }
            let edge = asStart ? day.adding(days: -1) : day
            return ChangeMoment(label: trimmed, at: edge.iso + "T23:59:59Z")
        }
    }

    /// The moment now.
    public static func now(_ date: Date = Date()) -> ChangeMoment {
        ChangeMoment(label: "jetzt", at: isoTimestamp(date))
    }

    /// The model as it was at a moment: the catalogue version current then and, per
    /// Einzelleistung and Kommunaltyp (Kommune, Vorhaben, added column), the last value recorded
    /// at or before it. Paten, Kommunaltypen and councils are today's.
    public func model(at moment: ChangeMoment) throws -> DomainModel {
        try read { db in
            let version = try Int64.fetchOne(
                db, sql: "SELECT id FROM catalog_version WHERE imported_at <= ? ORDER BY imported_at DESC, id DESC LIMIT 1",
                arguments: [moment.at])
            var model = try Workspace.readModel(.asOf(moment.at, catalogVersion: version ?? -1), db)
            model.stand = CalendarDate(iso: Substring(moment.at.prefix(10)))
            return model
        }
    }

    static func parseDay(_ text: String) -> CalendarDate? {
        if let d = CalendarDate(iso: Substring(text)), text.count == 10 { return d }
        let p = text.split(separator: ".")
        guard p.count == 3, p[2].count == 4, let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]) else { return nil }
        return CalendarDate(validYear: y, month: m, day: d)
    }
}
