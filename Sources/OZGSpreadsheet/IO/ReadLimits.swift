/// Limits that protect against hostile or broken files, on by default.
///
/// Each limit ends in ``SpreadsheetError/limitExceeded(path:part:limit:value:maximum:)``
/// naming the file and part, never in a crash or an exhausted machine.
public struct ReadLimits: Hashable, Sendable {
    /// Largest inflated size of one archive entry.
    public var maxEntrySize: Int64
    /// Largest inflated size of all entries read together.
    public var maxTotalSize: Int64
    /// Largest ratio of inflated to compressed size, checked for entries above `ratioThreshold`.
    public var maxCompressionRatio: Double
    /// Entries smaller than this are never refused for their ratio.
    public var ratioThreshold: Int64
    /// Largest number of non-empty cells in one sheet.
    public var maxCells: Int
    /// Deepest XML element nesting.
    public var maxXMLDepth: Int
    /// Longest single text or attribute value in bytes.
    public var maxStringBytes: Int
    /// Most entries in an archive.
    public var maxEntries: Int

    public init(
        maxEntrySize: Int64 = 2 << 30, maxTotalSize: Int64 = 4 << 30, maxCompressionRatio: Double = 1000,
        ratioThreshold: Int64 = 16 << 20, maxCells: Int = 50_000_000, maxXMLDepth: Int = 256,
        maxStringBytes: Int = 16 << 20, maxEntries: Int = 10_000
    ) {
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThreshold = ratioThreshold
        self.maxCells = maxCells
        self.maxXMLDepth = maxXMLDepth
        self.maxStringBytes = maxStringBytes
        self.maxEntries = maxEntries
    }

    public static let `default` = ReadLimits()
}
