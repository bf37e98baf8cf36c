/// One entry of a zip archive as its central directory describes it.
///
/// Sizes are what the directory claims; readers count the bytes actually inflated and never
/// trust these for limits.
public struct ZipArchiveEntry: Hashable, Sendable {
    /// The entry's index in the archive.
    public let index: Int
    /// The stored name (`xl/worksheets/sheet1.xml`), decoded as UTF-8 or CP437.
    public let name: String
    public let compressedSize: Int64
    public let uncompressedSize: Int64
    /// The zip compression method: 0 stored, 8 deflated.
    public let compressionMethod: Int
    public let isEncrypted: Bool
    public let crc: UInt32

    public var isDirectory: Bool { name.hasSuffix("/") }
}
