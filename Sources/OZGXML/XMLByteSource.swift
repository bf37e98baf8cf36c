/// Where a scanner's bytes come from: a file, an inflating zip entry, an array.
///
/// The scanner asks for more whenever it has consumed what it has; a token split between two
/// reads is fine. Errors thrown here pass through ``XMLScanner/next()`` unchanged.
public protocol XMLByteSource: AnyObject {
    /// Writes up to `buffer.count` bytes into `buffer` and returns how many; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Bytes held in memory, handed out in chunks of at most `chunkSize` bytes (tests use 1).
public final class XMLBufferSource: XMLByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    public init(_ bytes: [UInt8], chunkSize: Int = Int.max) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    public convenience init(_ text: String, chunkSize: Int = Int.max) {
        self.init(Array(text.utf8), chunkSize: chunkSize)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, chunkSize, bytes.count - offset)
        guard n > 0, let dst = buffer.baseAddress else { return 0 }
        bytes.withUnsafeBytes { src in
            if let s = src.baseAddress { dst.copyMemory(from: s + offset, byteCount: n) }
        }
        offset += n
        return n
    }
}

/// Chunks from a closure (`nil` at the end), for producers that hand out whole buffers.
public final class XMLChunkSource: XMLByteSource {
    private let nextChunk: () throws -> [UInt8]?
    private var pending: [UInt8] = []
    private var offset = 0
    private var finished = false

    public init(_ nextChunk: @escaping () throws -> [UInt8]?) { self.nextChunk = nextChunk }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while offset >= pending.count {
            if finished { return 0 }
            guard let chunk = try nextChunk() else { finished = true; return 0 }
            pending = chunk
            offset = 0
        }
        let n = min(buffer.count, pending.count - offset)
        guard n > 0, let dst = buffer.baseAddress else { return 0 }
        pending.withUnsafeBytes { src in
            if let s = src.baseAddress { dst.copyMemory(from: s + offset, byteCount: n) }
        }
        offset += n
        return n
    }
}
