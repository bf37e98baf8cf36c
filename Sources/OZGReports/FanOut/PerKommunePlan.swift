import OZGDomain

/// The councils of a per-council report, each document made only when it is asked for.
///
/// A plan holds the council list and the file name stems (cheap), and a function that makes
/// one council's ``ReportDocument`` from lookups computed once for all of them. A renderer that
/// writes one file per council asks for one document at a time and lets it go once written, so
/// memory stays bounded by the number of workers, not by the number of councils
/// (``KommunenFanOut``).
public struct PerKommunePlan: Sendable {
    /// One council of the plan and the file name stem to save its report under (no extension).
    public struct Entry: Hashable, Sendable {
        public var kommune: Kommune
        public var fileStem: String

        public init(kommune: Kommune, fileStem: String) {
            self.kommune = kommune
            self.fileStem = fileStem
        }
    }

    /// The councils in report order, with unique file name stems.
    public let entries: [Entry]
    private let make: @Sendable (Int) throws -> ReportDocument

    /// - Parameters:
    ///   - entries: the councils and their file name stems.
    ///   - make: makes the document of `entries[i]`; called from several threads at once.
    public init(entries: [Entry], make: @escaping @Sendable (Int) throws -> ReportDocument) {
        self.entries = entries
        self.make = make
    }

    /// A plan over documents that exist already (what a generator without a lazy plan gives).
    public init(reports: [KommuneReport]) {
        entries = reports.map { Entry(kommune: $0.kommune, fileStem: $0.fileStem) }
        let documents = reports.map(\.document)
        make = { documents[$0] }
    }

    /// The document of the council at `index` (an index into ``entries``).
    public func document(at index: Int) throws -> ReportDocument { try make(index) }

    /// Every document, made now (for callers that want them all in memory).
    public func reports() throws -> [KommuneReport] {
        try entries.indices.map { i in
            KommuneReport(kommune: entries[i].kommune, fileStem: entries[i].fileStem, document: try make(i))
        }
    }
}
