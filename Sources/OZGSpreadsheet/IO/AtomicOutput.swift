import Foundation

/// A file written under a temporary name beside its destination and renamed into place.
///
/// Readers of the destination see the old file or the new one, never a half-written one: the
/// data goes to `.<name>.ozg-tmp-<pid>-<random>` in the same folder, is flushed to disk, and is
/// renamed over the destination by ``commit(into:)`` (the folder is flushed too; with an
/// ``AtomicBatch``, together with the batch's other files). ``discard()`` (or a
/// failed commit) removes it.
///
/// A process killed while writing (`kill -9`, power loss) leaves its hidden temporary file behind,
/// never a partial destination. The next output to the same destination removes such leftovers
/// whose writing process no longer runs (see ``removeStaleTemporaries(of:)``); temporaries of a
/// process that still runs are left alone, so two writers of one destination never disturb each other.
public final class AtomicOutput {
    /// The final path.
    public let destination: String
    /// The temporary path that is written.
    public let temporaryPath: String
    private var done = false
    private var scratch: String?

    /// Prepares an output. Refuses to write onto any of `inputs` (compared after resolving links).
    public init(destination: String, inputs: [String] = []) throws {
        try AtomicOutput.refuse(destination, ifAnyOf: inputs)
        let url = URL(fileURLWithPath: destination)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw SpreadsheetError.writeFailed(path: destination, reason: "the folder \(dir) does not exist")
        }
        self.destination = destination
        AtomicOutput.removeStaleTemporaries(of: destination)
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        self.temporaryPath = (dir as NSString).appendingPathComponent(
            AtomicOutput.temporaryPrefix(of: destination) + "\(getpid())-\(token)")
    }

    /// Throws ``SpreadsheetError/outputIsInput(path:)`` when `destination` names the same file as
    /// one of `inputs` (compared after resolving `.`, `..` and symbolic links).
    public static func refuse(_ destination: String, ifAnyOf inputs: [String]) throws {
        guard !inputs.isEmpty else { return }
        let dest = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let inp = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if inp == dest { throw SpreadsheetError.outputIsInput(path: destination) }
        }
    }

    /// A private folder beside the destination for a writer's own scratch files (libxlsxwriter's),
    /// named after ``temporaryPath`` and removed with it by ``commit(into:)`` or ``discard()``; created
    /// on first use. Scratch files in the destination's folder itself would keep unrecognisable
    /// names there when the process is killed.
    public func scratchDirectory() throws -> String {
        if let scratch { return scratch }
        let path = temporaryPath + ".d"
        guard mkdir(path, 0o700) == 0 else {
            throw SpreadsheetError.writeFailed(
                path: destination, reason: "the folder \(path) could not be created: \(String(cString: strerror(errno)))")
        }
        scratch = path
        return path
    }

    private func removeScratch() {
        if let scratch { try? FileManager.default.removeItem(atPath: scratch) }
        scratch = nil
    }

    /// The start of the temporary files' names for `destination`: `.<name>.ozg-tmp-`.
    public static func temporaryPrefix(of destination: String) -> String {
        "." + (destination as NSString).lastPathComponent + ".ozg-tmp-"
    }

    /// Whether a file name is that of a temporary file of some ``AtomicOutput`` (never a finished output).
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".ozg-tmp-")
    }

    /// Removes the temporary files (and scratch folders) left beside `destination` by writers that
    /// were killed: those named `.<name>.ozg-tmp-<pid>-…` whose process `pid` no longer exists.
    /// Returns the paths removed.
    @discardableResult
    public static func removeStaleTemporaries(of destination: String) -> [String] {
        let dir = (destination as NSString).deletingLastPathComponent
        let prefix = temporaryPrefix(of: destination)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { continue }
            if pid == getpid() { continue }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }
            let path = (dir as NSString).appendingPathComponent(name)
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
        }
        return removed
    }

    /// Flushes the temporary file to disk and renames it over the destination (the folder is
    /// flushed too). With a `batch`, the file is handed over instead: ``AtomicBatch/commit()``
    /// flushes and renames it together with the batch's other files.
    public func commit(into batch: AtomicBatch? = nil) throws {
        guard !done else { return }
        removeScratch()
        guard access(temporaryPath, F_OK) == 0 else {
            throw SpreadsheetError.writeFailed(path: destination, reason: "the temporary file is missing")
        }
        let file = AtomicBatch.File(temporary: temporaryPath, destination: destination)
        done = true
        if let batch {
            AtomicBatch.startWriteback(file.temporary)
            batch.add(file)
        } else {
            if let failure = AtomicBatch.commit([file]).first { throw failure }
        }
    }

    /// Removes the temporary file; the destination stays as it was.
    public func discard() {
        removeScratch()
        guard !done else { return }
        unlink(temporaryPath)
        done = true
    }

    deinit { discard() }

    /// Writes `data` atomically to `path` (with a `batch`: when the batch commits).
    public static func write(_ data: Data, to path: String, inputs: [String] = [], batch: AtomicBatch? = nil) throws {
        let out = try AtomicOutput(destination: path, inputs: inputs)
        do {
            try data.write(to: URL(fileURLWithPath: out.temporaryPath))
            try out.commit(into: batch)
        } catch let e as SpreadsheetError {
            out.discard()
            throw e
        } catch {
            out.discard()
            throw SpreadsheetError.writeFailed(path: path, reason: "\(error.localizedDescription)")
        }
    }
}

/// Outputs committed together: the files of a fan-out into one folder.
///
/// Each ``AtomicOutput`` committed into a batch stays under its temporary name (its data
/// already on its way to disk); ``commit()`` then flushes every file, renames each over its
/// destination, and flushes each folder once: one folder flush for many files instead of one
/// per file, and the file flushes back to back instead of between the writing. The guarantee
/// is that of ``AtomicOutput``: a destination holds the old file or the complete new one.
/// Until the batch commits, the destinations are untouched; a batch discarded (or let go
/// without committing) removes its temporary files. Safe to use from several threads.
///
/// ```swift
/// let batch = AtomicBatch()
/// for (name, data) in files { try AtomicOutput.write(data, to: folder + "/" + name, batch: batch) }
/// try batch.commit()
/// ```
public final class AtomicBatch: @unchecked Sendable {
    struct File {
        var temporary: String
        var destination: String
    }

    private let lock = NSLock()
    private var pending: [File] = []

    public init() {}

    deinit { discard() }

    func add(_ file: File) {
        lock.lock()
        pending.append(file)
        lock.unlock()
    }

    /// How many files wait for ``commit()``.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return pending.count
    }

    /// Flushes every file handed over to disk, renames each over its destination, then flushes
    /// each folder once. A file that cannot be renamed is removed and its error thrown (the
    /// first in the order the files were handed over), after the others are in place.
    public func commit() throws {
        lock.lock()
        let files = pending
        pending = []
        lock.unlock()
        if let failure = AtomicBatch.commit(files).first { throw failure }
    }

    /// Removes the temporary files not committed yet; their destinations stay as they were.
    public func discard() {
        lock.lock()
        let files = pending
        pending = []
        lock.unlock()
        for f in files { unlink(f.temporary) }
    }

    /// The one commit policy of ``AtomicOutput``: flush each file, rename each into place,
    /// flush each folder. Returns the failures.
    static func commit(_ files: [File]) -> [SpreadsheetError] {
        for f in files {
            let fd = open(f.temporary, O_RDONLY)
            if fd >= 0 {
                fsync(fd)
                close(fd)
            }
        }
        var failures: [SpreadsheetError] = []
        var folders: [String] = []
        for f in files {
            if rename(f.temporary, f.destination) != 0 {
                failures.append(.writeFailed(path: f.destination, reason: String(cString: strerror(errno))))
                unlink(f.temporary)
                continue
            }
            let dir = (f.destination as NSString).deletingLastPathComponent
            if !folders.contains(dir) { folders.append(dir) }
        }
        // Make the renames themselves durable: flush the folders' entries.
        for dir in folders {
            let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY)
            if dfd >= 0 {
                fsync(dfd)
                close(dfd)
            }
        }
        return failures
    }

    /// Starts writing a finished file to disk without waiting, so that the flush in ``commit()``
    /// finds little left to do. On Linux `posix_fadvise(POSIX_FADV_DONTNEED)` starts the
    /// writeback of the file's pages (it is only a hint: ``commit()`` still flushes); elsewhere
    /// nothing.
    static func startWriteback(_ path: String) {
        #if os(Linux)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return }
        _ = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)
        close(fd)
        #endif
    }
}
