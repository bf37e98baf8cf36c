import Foundation

/// A file written under a temporary name beside its destination and renamed into place.
///
/// Readers of the destination see the old file or the new one, never a half-written one: the
/// data goes to `.<name>.ozg-tmp-<random>` in the same folder, is flushed to disk, and is renamed
/// over the destination by ``commit()``. ``discard()`` (or a failed commit) removes it.
public final class AtomicOutput {
    /// The final path.
    public let destination: String
    /// The temporary path that is written.
    public let temporaryPath: String
    private var done = false

    /// Prepares an output. Refuses to write onto any of `inputs` (compared after resolving links).
    public init(destination: String, inputs: [String] = []) throws {
        let url = URL(fileURLWithPath: destination)
        let dest = url.standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let inp = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if inp == dest { throw SpreadsheetError.outputIsInput(path: destination) }
        }
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw SpreadsheetError.writeFailed(path: destination, reason: "the folder \(dir) does not exist")
        }
        self.destination = destination
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        self.temporaryPath = (dir as NSString).appendingPathComponent(".\(url.lastPathComponent).ozg-tmp-\(token)")
    }

    /// Flushes the temporary file to disk and renames it over the destination.
    public func commit() throws {
        guard !done else { return }
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
    }

    /// Removes the temporary file; the destination stays as it was.
    public func discard() {
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
