import CZip
import Foundation
import OZGSpreadsheet

/// Writes a zip archive with libzip: entries from bytes or from files, stored or deflated.
///
/// Entries are written in the order they are added, so an OpenDocument writer adds `mimetype`
/// first (stored, see ``Compression/stored``). libzip writes no extra fields and no data
/// descriptors for these entries, which is what the OpenDocument packaging rules ask of
/// `mimetype`. Nothing reaches the disk before ``close()``: libzip builds the archive under a
/// temporary name beside `path` and renames it when `zip_close` succeeds. Files added with
/// ``addEntry(_:segments:compression:)`` are read only then and must stay in place until
/// ``close()`` returns.
///
/// Errors are ``SpreadsheetError/writeFailed(path:reason:)`` carrying libzip's message.
public final class ZipWriter {
    /// How an entry is stored.
    public enum Compression: Hashable, Sendable {
        /// Uncompressed (method 0).
        case stored
        /// Deflated (method 8) at a zlib level from 1 (fastest) to 9 (smallest).
        case deflated(level: Int)

        /// zlib's default level.
        public static let deflated = Compression.deflated(level: 6)
    }

    /// One part of an entry's content: bytes in memory or the whole of a file.
    public enum Segment: Sendable {
        case bytes([UInt8])
        case file(path: String)
    }

    /// The path the archive is committed to.
    public let path: String
    private var archive: OpaquePointer?
    private var names: Set<String> = []

    /// Starts a new archive that replaces `path` on ``close()``.
    ///
    /// The corresponding C function is `zip_open` with `ZIP_CREATE | ZIP_TRUNCATE`.
    public init(path: String) throws {
        self.path = path
        var code: Int32 = 0
        guard let za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            var err = zip_error_t()
            zip_error_init_with_code(&err, code)
            let reason = String(cString: zip_error_strerror(&err))
            zip_error_fini(&err)
            throw SpreadsheetError.writeFailed(path: path, reason: "cannot create the archive: \(reason)")
        }
        archive = za
    }

    deinit { discard() }

    /// Adds an entry whose content is `bytes`.
    ///
    /// The bytes are copied; the corresponding C function is `zip_source_buffer`.
    public func addEntry(_ name: String, bytes: [UInt8], compression: Compression = .deflated) throws {
        let za = try open()
        let count = bytes.count
        let copy = malloc(max(count, 1))
        guard let copy else { throw fail("out of memory for \(name)") }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(copy, base, count) }
        }
        guard let source = zip_source_buffer(za, copy, zip_uint64_t(count), 1) else {
            free(copy)
            throw fail("cannot add \(name): \(lastError())")
        }
        try add(name, source: source, compression: compression)
    }

    /// Adds an entry whose content is `text` in UTF-8.
    public func addEntry(_ name: String, text: String, compression: Compression = .deflated) throws {
        try addEntry(name, bytes: Array(text.utf8), compression: compression)
    }

    /// Adds an entry made of several segments (bytes and whole files) one after the other.
    ///
    /// The files are opened and read while ``close()`` writes the archive, in chunks, so an entry
    /// of hundreds of megabytes never sits in memory. The corresponding C function is
    /// `zip_source_function`.
    public func addEntry(_ name: String, segments: [Segment], compression: Compression = .deflated) throws {
        let za = try open()
        var size: UInt64 = 0
        for segment in segments {
            switch segment {
            case .bytes(let b): size += UInt64(b.count)
            case .file(let p):
                var st = stat()
                guard stat(p, &st) == 0 else { throw fail("cannot add \(name): \(p) is missing") }
                size += UInt64(st.st_size)
            }
        }
        let context = SegmentSource(segments: segments, size: size)
        let opaque = Unmanaged.passRetained(context).toOpaque()
        guard let source = zip_source_function(za, segmentSourceCallback, opaque) else {
            Unmanaged<SegmentSource>.fromOpaque(opaque).release()
            throw fail("cannot add \(name): \(lastError())")
        }
        try add(name, source: source, compression: compression)
    }

    /// Writes the archive and moves it into place.
    ///
    /// The corresponding C function is `zip_close`; when it fails the archive is discarded.
    public func close() throws {
        guard let za = archive else { return }
        if zip_close(za) != 0 {
            let reason = String(cString: zip_error_strerror(zip_get_error(za)))
            zip_discard(za)
            archive = nil
            throw SpreadsheetError.writeFailed(path: path, reason: reason)
        }
        archive = nil
    }

    /// Gives up the archive: nothing is written. Safe to call more than once.
    public func discard() {
        if let za = archive { zip_discard(za) }
        archive = nil
    }

    private func open() throws -> OpaquePointer {
        guard let za = archive else { throw fail("the archive is already closed") }
        return za
    }

    private func add(_ name: String, source: OpaquePointer, compression: Compression) throws {
        guard let za = archive else {
            zip_source_free(source)
            throw fail("the archive is already closed")
        }
        guard !names.contains(name) else {
            zip_source_free(source)
            throw fail("duplicate entry \(name)")
        }
        let index = zip_file_add(za, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw fail("cannot add \(name): \(lastError())")
        }
        names.insert(name)
        let method: Int32, level: UInt32
        switch compression {
        case .stored: (method, level) = (ZIP_CM_STORE, 0)
        case .deflated(let l): (method, level) = (ZIP_CM_DEFLATE, UInt32(min(max(l, 1), 9)))
        }
        guard zip_set_file_compression(za, zip_uint64_t(index), method, level) == 0 else {
            throw fail("cannot set the compression of \(name): \(lastError())")
        }
    }

    private func lastError() -> String {
        guard let za = archive else { return "closed" }
        return String(cString: zip_error_strerror(zip_get_error(za)))
    }

    private func fail(_ reason: String) -> SpreadsheetError {
        SpreadsheetError.writeFailed(path: path, reason: reason)
    }
}

/// The state behind a `zip_source_function`: segments read one after the other.
final class SegmentSource {
    let segments: [ZipWriter.Segment]
    let size: UInt64
    var index = 0
    var offset = 0
    var file: UnsafeMutablePointer<FILE>?
    var error = zip_error_t()

    init(segments: [ZipWriter.Segment], size: UInt64) {
        self.segments = segments
        self.size = size
        zip_error_init(&error)
    }

    deinit {
        if let f = file { fclose(f) }
        zip_error_fini(&error)
    }

    /// Copies up to `count` bytes into `buffer`; 0 at the end, -1 on error.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        var written = 0
        while written < count, index < segments.count {
            switch segments[index] {
            case .bytes(let b):
                let n = min(count - written, b.count - offset)
                if n > 0 {
                    b.withUnsafeBytes { raw in
                        if let base = raw.baseAddress { memcpy(buffer + written, base + offset, n) }
                    }
                }
                written += n
                offset += n
                if offset >= b.count { index += 1; offset = 0 }
            case .file(let p):
                if file == nil {
                    guard let f = fopen(p, "rb") else {
                        zip_error_set(&error, ZIP_ER_OPEN, errno)
                        return -1
                    }
                    file = f
                }
                guard let f = file else { return -1 }
                let n = fread(buffer + written, 1, count - written, f)
                if n == 0 {
                    if ferror(f) != 0 {
                        zip_error_set(&error, ZIP_ER_READ, errno)
                        return -1
                    }
                    fclose(f)
                    file = nil
                    index += 1
                } else {
                    written += n
                }
            }
        }
        return written
    }
}

private let segmentSourceCallback: zip_source_callback = { userdata, data, length, command in
    guard let userdata else { return -1 }
    let source = Unmanaged<SegmentSource>.fromOpaque(userdata).takeUnretainedValue()
    switch command {
    case ZIP_SOURCE_OPEN:
        source.index = 0
        source.offset = 0
        return 0
    case ZIP_SOURCE_READ:
        guard let data else { return -1 }
        return zip_int64_t(source.read(into: data, count: Int(min(length, UInt64(Int32.max)))))
    case ZIP_SOURCE_CLOSE:
        if let f = source.file { fclose(f) }
        source.file = nil
        return 0
    case ZIP_SOURCE_STAT:
        guard let data, length >= UInt64(MemoryLayout<zip_stat_t>.size) else { return -1 }
        let st = data.assumingMemoryBound(to: zip_stat_t.self)
        zip_stat_init(st)
        st.pointee.size = source.size
        st.pointee.mtime = time(nil)
        st.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE) | zip_uint64_t(ZIP_STAT_MTIME)
        return zip_int64_t(MemoryLayout<zip_stat_t>.size)
    case ZIP_SOURCE_ERROR:
        guard let data else { return -1 }
        return zip_error_to_data(&source.error, data, length)
    case ZIP_SOURCE_FREE:
        Unmanaged<SegmentSource>.fromOpaque(userdata).release()
        return 0
    case ZIP_SOURCE_SUPPORTS:
        let commands: [zip_source_cmd_t] = [
            ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
            ZIP_SOURCE_SUPPORTS,
        ]
        return commands.reduce(zip_int64_t(0)) { $0 | (zip_int64_t(1) << zip_int64_t($1.rawValue)) }
    default:
        zip_error_set(&source.error, ZIP_ER_OPNOTSUPP, 0)
        return -1
    }
}
