import Foundation

/// A file written under a temporary name beside its destination and renamed into place.
///
/// Readers of the destination see the old file or the new one, never a half-written one: the
/// data goes to `.<name>.ozg-tmp-<pid>-<random>` in the same folder, is flushed to disk, and is
/// renamed over the destination by ``commit()`` (the folder is flushed too). ``discard()`` (or a
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
    /// named after ``temporaryPath`` and removed with it by ``commit()`` or ``discard()``; created
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

    /// Flushes the temporary file to disk and renames it over the destination.
    public func commit() throws {
        guard !done else { return }
        removeScratch()
        let fd = open(temporaryPath, O_RDONLY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        } else {
            throw SpreadsheetError.writeFailed(path: destination, reason: "the temporary file is missing")
        }
        if rename(temporaryPath, destination) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw SpreadsheetError.writeFailed(path: destination, reason: reason)
        }
        done = true
        // Make the rename itself durable: flush the folder's entry.
        let dir = (destination as NSString).deletingLastPathComponent
        let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
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

    /// Writes `data` atomically to `path`.
    public static func write(_ data: Data, to path: String, inputs: [String] = []) throws {
        let out = try AtomicOutput(destination: path, inputs: inputs)
        do {
            try data.write(to: URL(fileURLWithPath: out.temporaryPath))
            try out.commit()
        } catch let e as SpreadsheetError {
            out.discard()
            throw e
        } catch {
            out.discard()
            throw SpreadsheetError.writeFailed(path: path, reason: "\(error.localizedDescription)")
        }
    }
}
