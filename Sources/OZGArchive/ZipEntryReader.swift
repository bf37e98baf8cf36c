import CZip
import Foundation
import OZGSpreadsheet

/// The inflated bytes of one zip entry, read in pieces.
///
/// In the foreground mode `read(into:)` calls libzip's `zip_fread` straight into the caller's
/// buffer. In the background mode a second thread opens its own handle on the file and
/// inflates ahead into a bounded set of chunks, so that inflating and parsing run on two
/// cores; memory stays at `chunks × chunkSize`. Either way the inflated bytes are counted
/// against `maxEntrySize`, `maxTotalSize` and `maxCompressionRatio`, and a bad CRC, damaged
/// deflate data or a truncated archive end in `SpreadsheetError.corrupt` naming the entry.
public final class ZipEntryReader {
    public let entry: ZipArchiveEntry
    private let archive: ZipArchive
    private var file: OpaquePointer?
    private var inflated: Int64 = 0
    private var pipeline: ChunkPipeline?
    private var current: ChunkPipeline.Chunk?
    private var currentOffset = 0
    private var finished = false

    init(archive: ZipArchive, entry: ZipArchiveEntry, background: Bool, chunkSize: Int = 1 << 21) throws {
        self.archive = archive
        self.entry = entry
        if entry.isEncrypted { throw SpreadsheetError.encrypted(path: archive.path) }
        if background {
            pipeline = try ChunkPipeline(
                path: archive.path, entry: entry, limits: archive.limits, chunkSize: max(4096, chunkSize), chunks: 3)
        } else {
            guard let f = zip_fopen_index(archive.handle, zip_uint64_t(entry.index), 0) else {
                let code = zip_error_code_zip(zip_get_error(archive.handle))
                throw ZipArchiveErrors.entryError(path: archive.path, part: entry.name, code: code)
            }
            file = f
        }
    }

    deinit {
        if let f = file { zip_fclose(f) }
        if let c = current { pipeline?.recycle(c) }
        pipeline?.cancel()
    }

    /// Writes up to `buffer.count` inflated bytes into `buffer`; returns how many, 0 at the end.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if finished || buffer.count == 0 { return 0 }
        guard let dst = buffer.baseAddress else { return 0 }
        if let pipeline {
            while true {
                if let c = current {
                    let n = min(buffer.count, c.count - currentOffset)
                    if n > 0 {
                        dst.copyMemory(from: c.bytes + currentOffset, byteCount: n)
                        currentOffset += n
                        try archive.account(n, part: entry.name)
                        return n
                    }
                    pipeline.recycle(c)
                    current = nil
                }
                guard let next = try pipeline.take() else {
                    finished = true
                    return 0
                }
                current = next
                currentOffset = 0
            }
        }
        guard let f = file else { return 0 }
        let n = zip_fread(f, dst, zip_uint64_t(buffer.count))
        if n < 0 {
            let code = zip_error_code_zip(zip_file_get_error(f))
            throw ZipArchiveErrors.entryError(path: archive.path, part: entry.name, code: code)
        }
        if n == 0 {
            finished = true
            return 0
        }
        inflated += Int64(n)
        try ZipEntryReader.checkLimits(inflated: inflated, entry: entry, limits: archive.limits, path: archive.path)
        try archive.account(Int(n), part: entry.name)
        return Int(n)
    }

    static func checkLimits(inflated: Int64, entry: ZipArchiveEntry, limits: ReadLimits, path: String) throws {
        if inflated > limits.maxEntrySize {
            throw SpreadsheetError.limitExceeded(
                path: path, part: entry.name, limit: "inflated size of a part", value: String(inflated),
                maximum: String(limits.maxEntrySize))
        }
        if inflated > limits.ratioThreshold {
            let ratio = Double(inflated) / Double(max(entry.compressedSize, 1))
            if ratio > limits.maxCompressionRatio {
                throw SpreadsheetError.limitExceeded(
                    path: path, part: entry.name, limit: "compression ratio", value: String(Int(ratio)),
                    maximum: String(Int(limits.maxCompressionRatio)))
            }
        }
    }
}

/// A producer thread inflating one entry into a few reusable chunks.
final class ChunkPipeline: @unchecked Sendable {
    struct Chunk {
        let bytes: UnsafeMutableRawPointer
        let count: Int
    }

    private let worker = ProducerThread()
    private var condition: NSCondition { worker.condition }
    private var free: [UnsafeMutableRawPointer] = []
    private var full: [Chunk] = []
    private var all: [UnsafeMutableRawPointer] = []
    private var done = false
    private var failure: Error?

    init(path: String, entry: ZipArchiveEntry, limits: ReadLimits, chunkSize: Int, chunks: Int) throws {
        var code: Int32 = 0
        guard let za = zip_open(path, ZIP_RDONLY, &code) else { throw ZipArchiveErrors.openError(path: path, code: code) }
        guard let f = zip_fopen_index(za, zip_uint64_t(entry.index), 0) else {
            let c = zip_error_code_zip(zip_get_error(za))
            zip_discard(za)
            throw ZipArchiveErrors.entryError(path: path, part: entry.name, code: c)
        }
        for _ in 0..<chunks {
            let p = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
            all.append(p)
            free.append(p)
        }
        let handle = UncheckedHandles(archive: za, file: f)
        worker.start(name: "ozg-inflate") { [self] in
            self.produce(handle: handle, path: path, entry: entry, limits: limits, chunkSize: chunkSize)
        }
    }

    private struct UncheckedHandles: @unchecked Sendable {
        let archive: OpaquePointer
        let file: OpaquePointer
    }

    private func produce(handle: UncheckedHandles, path: String, entry: ZipArchiveEntry, limits: ReadLimits, chunkSize: Int) {
        defer {
            zip_fclose(handle.file)
            zip_discard(handle.archive)
        }
        var inflated: Int64 = 0
        while true {
            condition.lock()
            while free.isEmpty && !worker.isCancelled { condition.wait() }
            if worker.isCancelled {
                condition.unlock()
                return
            }
            let buffer = free.removeLast()
            condition.unlock()
            var n = 0
            var atEnd = false
            var error: Error?
            while n < chunkSize {
                let r = zip_fread(handle.file, buffer + n, zip_uint64_t(chunkSize - n))
                if r < 0 {
                    let code = zip_error_code_zip(zip_file_get_error(handle.file))
                    error = ZipArchiveErrors.entryError(path: path, part: entry.name, code: code)
                    break
                }
                if r == 0 {
                    atEnd = true
                    break
                }
                n += Int(r)
                inflated += Int64(r)
                do {
                    try ZipEntryReader.checkLimits(inflated: inflated, entry: entry, limits: limits, path: path)
                } catch let e {
                    error = e
                    break
                }
            }
            condition.lock()
            if n > 0 { full.append(Chunk(bytes: buffer, count: n)) } else { free.append(buffer) }
            if let error { failure = error }
            if atEnd || error != nil { done = true }
            condition.broadcast()
            condition.unlock()
            if atEnd || error != nil { return }
        }
    }

    /// The next filled chunk, `nil` at the end; rethrows the producer's error in order.
    func take() throws -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !done { condition.wait() }
        if !full.isEmpty { return full.removeFirst() }
        if let failure { throw failure }
        return nil
    }

    /// Gives a consumed chunk back to the producer.
    func recycle(_ chunk: Chunk) {
        condition.lock()
        free.append(chunk.bytes)
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the producer and waits for it, then frees the chunks.
    func cancel() {
        worker.stop()
        for p in all { p.deallocate() }
        all = []
    }
}
