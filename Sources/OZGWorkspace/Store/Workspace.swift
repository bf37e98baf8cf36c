import Foundation
import GRDB
import OZGDomain
import Synchronization

/// The workspace: a folder holding the SQLite database of catalogue, configuration, verdicts,
/// Vorhaben and their provenance.
///
/// Open it with ``open(at:createIfMissing:)``; a new workspace gets the krz Verband's
/// Kommunaltypen and councils. Every write is one SQLite transaction (`BEGIN IMMEDIATE`), so
/// a failed ingest leaves the workspace as it was. The database runs in WAL mode with a busy
/// timeout: two `ozg ingest` processes at once both succeed, one after the other.
public final class Workspace: Sendable {
    /// The folder of the workspace.
    public let folder: URL
    /// The SQLite file inside it (`ozg.sqlite`).
    public var databasePath: String { folder.appendingPathComponent(Workspace.databaseName).path }

    let pool: DatabasePool
    /// How many writes this workspace began (``write(_:)``), in the order they ran: what an
    /// ingest kept between files (``IngestReferences``) is still true when no other write came
    /// in between.
    let writesBegun = Atomic<Int>(0)
    /// The catalogue keys, councils and Kommunaltypen the last ingest checked its rows against.
    let ingestReferences = Mutex<IngestReferences?>(nil)

    /// The default folder name, relative to the current directory.
    public static let defaultPath = "ozg-workspace"
    /// The environment variable naming the workspace folder.
    public static let environmentVariable = "OZG_WORKSPACE"
    static let databaseName = "ozg.sqlite"
    static let lockName = ".ozg.lock"
    /// How long a write waits for another process's write to finish.
    public static let busyTimeout: TimeInterval = 30

    /// The folder to use: an explicit `--workspace` value, else `$OZG_WORKSPACE`, else ``defaultPath``.
    public static func resolvePath(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment[environmentVariable], !env.isEmpty { return env }
        return defaultPath
    }

    /// Opens (and, if allowed, creates) the workspace in a folder and brings its schema up to date.
    ///
    /// - Parameters:
    ///   - path: the folder; ``defaultPath`` by default.
    ///   - createIfMissing: create folder and database when there is none; otherwise throw
    ///     ``WorkspaceError/notFound(path:)``.
    public static func open(at path: String = defaultPath, createIfMissing: Bool = true) throws -> Workspace {
        let folder = URL(fileURLWithPath: path)
        var isDir: ObjCBool = false
        let fm = FileManager.default
        if fm.fileExists(atPath: folder.path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw WorkspaceError.notAFolder(path: path) }
            if !createIfMissing && !fm.fileExists(atPath: folder.appendingPathComponent(databaseName).path) {
                throw WorkspaceError.notFound(path: path)
            }
        } else {
            guard createIfMissing else { throw WorkspaceError.notFound(path: path) }
            do {
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw WorkspaceError.io(path: path, message: "\(error)")
            }
        }
        return try Workspace(folder: folder)
    }

    private init(folder: URL) throws {
        self.folder = folder
        let dbPath = folder.appendingPathComponent(Workspace.databaseName).path
        var config = Configuration()
        config.busyMode = .timeout(Workspace.busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "OZGWorkspace"
        // WAL with synchronous=NORMAL: a crash never corrupts the database; at worst the last
        // committed ingest is lost as a whole (and can be repeated), which saves an fsync per write.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let lockPath = folder.appendingPathComponent(Workspace.lockName).path
        // Creating the file, switching to WAL and migrating happen under a file lock so that
        // two processes opening a new workspace at once do not both run the migrations.
        pool = try FileLock.withExclusiveLock(path: lockPath) {
            try Workspace.guarded(dbPath) {
                let pool = try DatabasePool(path: dbPath, configuration: config)
                try Schema.migrator.migrate(pool)
                try pool.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        try Workspace.installDefaults(db)
                        return .commit
                    }
                }
                return pool
            }
        }
    }

    /// The files of the workspace in `path` that outputs must never replace: the database with
    /// its WAL and shared-memory files, and the lock file.
    public static func storeFiles(inFolder path: String) -> [String] {
        let folder = URL(fileURLWithPath: path)
        let db = folder.appendingPathComponent(databaseName).path
        return [db, db + "-wal", db + "-shm", folder.appendingPathComponent(lockName).path]
    }

    /// The identifiers of the applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Schema.migrator.appliedMigrations(db) }
    }

    /// Runs a write in one `BEGIN IMMEDIATE` transaction; an error rolls everything back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Workspace.guarded(databasePath) {
            try pool.writeWithoutTransaction { db in
                // Counted where the writes run one after the other, so that the count orders them.
                writesBegun.add(1, ordering: .sequentiallyConsistent)
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw WorkspaceError.database(path: databasePath, message: "no result") }
                return result
            }
        }
    }

    /// Runs a read on a consistent snapshot of the database.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Workspace.guarded(databasePath) { try pool.read { db in try body(db) } }
    }

    /// Turns GRDB errors into ``WorkspaceError/database(path:message:)``.
    static func guarded<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as WorkspaceError {
            throw error
        } catch let error as HistoryError {
            throw error
        } catch let error as DatabaseError {
            throw WorkspaceError.database(path: path, message: error.description)
        } catch {
            throw WorkspaceError.database(path: path, message: "\(error)")
        }
    }

    /// Writes the krz Verband configuration into a workspace that has none yet.
    static func installDefaults(_ db: Database) throws {
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM kommunaltyp") ?? 0
        guard count == 0 else { return }
        try Workspace.replaceKommunaltypen(KommunalConfiguration.krzVerband.kommunaltypen, db)
        try Workspace.replaceKommunen(KommunalConfiguration.krzVerband.kommunen, db)
    }
}

/// ISO 8601 text of an instant in UTC, to the second: `2026-11-29T06:10:00Z`.
func isoTimestamp(_ date: Date) -> String {
    let secs = Int(date.timeIntervalSince1970.rounded(.down))
    var days = secs / 86_400
    var rest = secs % 86_400
    if rest < 0 {
        rest += 86_400
        days -= 1
    }
    let d = CalendarDateText.iso(daysSinceEpoch: days)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return d + "T" + two(rest / 3600) + ":" + two((rest % 3600) / 60) + ":" + two(rest % 60) + "Z"
}
