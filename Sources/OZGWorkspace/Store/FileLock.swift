#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock on a file (`flock`), held while a closure runs.
///
/// Serialises the creation and migration of a workspace between processes: SQLite's own
/// locking cannot stop two processes from both deciding that a migration is still to run.
enum FileLock {
    static func withExclusiveLock<T>(path: String, _ body: () throws -> T) throws -> T {
        let fd = open(path, O_CREAT | O_RDWR, 0o644)
        guard fd >= 0 else { throw WorkspaceError.io(path: path, message: "Sperrdatei nicht zu öffnen (errno \(errno))") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw WorkspaceError.io(path: path, message: "Sperre nicht zu setzen (errno \(errno))") }
        }
        defer { _ = flock(fd, LOCK_UN) }
        return try body()
    }
}
