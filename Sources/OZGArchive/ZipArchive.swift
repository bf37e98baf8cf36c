import CZip
import Foundation
import OZGSpreadsheet

/// A zip archive opened for reading, with the limits of `ReadLimits` enforced.
///
/// Opened with libzip's `zip_open` in `ZIP_RDONLY` mode and without `ZIP_CHECKCONS`: that
/// check refuses archives whose local headers differ in small ways from the central directory,
/// which some producers write and Excel and LibreOffice open. The central directory is trusted
/// for names only; inflated sizes are counted as they are produced, entry by entry and in
/// total, and an entry whose inflated size outgrows its compressed size by more than
/// `maxCompressionRatio` (once above `ratioThreshold`) is refused as a zip bomb. Encrypted
/// entries are refused. Entry names are never used as file paths (nothing is extracted).
///
/// Not thread-safe; an ``ZipEntryReader`` created with `background: true` opens its own handle
/// and may outlive other reads on this archive.
public final class ZipArchive {
    public let path: String
    public let limits: ReadLimits
    /// Every entry in directory order.
    public let entries: [ZipArchiveEntry]

    let handle: OpaquePointer
    private var byName: [String: Int] = [:]
    private var byFoldedName: [String: Int] = [:]
    /// Bytes inflated so far by every read of this archive.
    private(set) var totalInflated: Int64 = 0

    /// Opens the archive at `path`. The corresponding C function is `zip_open`.
    ///
    /// - Throws: `SpreadsheetError.fileNotFound`, `.notASpreadsheet` (not a zip), `.corrupt`
    ///   (truncated, inconsistent central directory), `.limitExceeded` (too many entries).
    public init(path: String, limits: ReadLimits = .default) throws {
        self.path = path
        self.limits = limits
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw SpreadsheetError.fileNotFound(path: path)
        }
        if isDir.boolValue { throw SpreadsheetError.unreadable(path: path, reason: "it is a folder") }
        var code: Int32 = 0
        guard let za = zip_open(path, ZIP_RDONLY, &code) else {
            throw ZipArchiveErrors.openError(path: path, code: code)
        }
        let count = zip_get_num_entries(za, 0)
        if count < 0 {
            zip_discard(za)
            throw SpreadsheetError.corrupt(path: path, part: nil, reason: "bad central directory")
        }
        if count > limits.maxEntries {
            zip_discard(za)
            throw SpreadsheetError.limitExceeded(
                path: path, part: nil, limit: "number of zip entries", value: String(count),
                maximum: String(limits.maxEntries))
        }
        var list: [ZipArchiveEntry] = []
        list.reserveCapacity(Int(count))
        for i in 0..<count {
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(za, zip_uint64_t(i), 0, &st) == 0, let cname = st.name else {
                zip_discard(za)
                throw SpreadsheetError.corrupt(path: path, part: nil, reason: "bad central directory entry \(i)")
            }
            list.append(
                ZipArchiveEntry(
                    index: Int(i), name: String(cString: cname), compressedSize: Int64(st.comp_size),
                    uncompressedSize: Int64(st.size), compressionMethod: Int(st.comp_method),
                    isEncrypted: st.encryption_method != UInt16(ZIP_EM_NONE), crc: st.crc))
        }
        handle = za
        entries = list
        for e in list {
            if byName[e.name] != nil {
                // Two entries of one name: readers disagree on which one counts, so refuse.
                // (deinit closes the archive: every property is set by now.)
                throw SpreadsheetError.corrupt(
                    path: path, part: e.name, reason: "duplicate entry \"\(e.name)\" (the archive holds it twice)")
            }
            byName[e.name] = e.index
            let folded = ZipArchive.fold(e.name)
            if byFoldedName[folded] == nil { byFoldedName[folded] = e.index }
        }
    }

    deinit { zip_discard(handle) }

    private static func fold(_ name: String) -> String {
        var n = name.replacingOccurrences(of: "\\", with: "/").lowercased()
        while n.hasPrefix("/") { n.removeFirst() }
        return n
    }

    /// The entry with this name: exact match first, then ignoring case (and a leading `/`
    /// or backslash separators), as Excel tolerates.
    public func entry(named name: String) -> ZipArchiveEntry? {
        if let i = byName[name] { return entries[i] }
        if let i = byFoldedName[ZipArchive.fold(name)] { return entries[i] }
        return nil
    }

    /// Whether an entry with this name exists (see ``entry(named:)``).
    public func contains(_ name: String) -> Bool { entry(named: name) != nil }

    /// Reads a whole entry into memory; for small parts (workbook, styles, relationships).
    public func read(_ entry: ZipArchiveEntry) throws -> [UInt8] {
        try checkDeclaredSize(entry)
        let reader = try ZipEntryReader(archive: self, entry: entry, background: false)
        var out: [UInt8] = []
        out.reserveCapacity(Int(min(max(entry.uncompressedSize, 0), 1 << 24)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try reader.read(into: $0) }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Reads the entry with this name, `nil` when there is none.
    public func read(named name: String) throws -> [UInt8]? {
        guard let e = entry(named: name) else { return nil }
        return try read(e)
    }

    /// A stream over an entry's inflated bytes.
    ///
    /// - Parameters:
    ///   - background: inflate on a second thread into a few chunks of `chunkSize` bytes while
    ///     the caller consumes (for large parts: the parse runs in parallel with the inflate;
    ///     memory stays at about 3 × `chunkSize`).
    public func stream(_ entry: ZipArchiveEntry, background: Bool = false, chunkSize: Int = 1 << 21) throws
        -> ZipEntryReader
    {
        try checkDeclaredSize(entry)
        return try ZipEntryReader(archive: self, entry: entry, background: background, chunkSize: chunkSize)
    }

    /// Refuses a part whose declared size or ratio is over the limits before inflating a byte.
    /// (The inflated bytes are counted as well: a header that lies is caught while reading.)
    func checkDeclaredSize(_ entry: ZipArchiveEntry) throws {
        try ZipEntryReader.checkLimits(inflated: entry.uncompressedSize, entry: entry, limits: limits, path: path)
    }

    /// Adds inflated bytes to the archive's total and enforces `maxTotalSize`.
    func account(_ n: Int, part: String) throws {
        totalInflated += Int64(n)
        if totalInflated > limits.maxTotalSize {
            throw SpreadsheetError.limitExceeded(
                path: path, part: part, limit: "inflated size of all parts", value: String(totalInflated),
                maximum: String(limits.maxTotalSize))
        }
    }
}
