import OZGDomain

/// Makes one kind of report from the workspace model.
///
/// A generator is a small value with a ``name`` (what `ozg report NAME` uses) and a German
/// ``title``; ``generate(model:options:)`` returns a format-neutral ``ReportDocument`` that any
/// ``ReportRenderer`` draws. To add a report from another package, conform a type to this
/// protocol and register it:
///
/// ```swift
/// struct Lebenslagen: ReportGenerator {
///     let name = "lebenslagen"
///     let title = "Abdeckung je Lebenslage"
///     func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument { … }
/// }
/// ReportRegistry.shared.register(Lebenslagen())
/// ```
public protocol ReportGenerator: Sendable {
    /// The command-line name, lower case with hyphens (`abdeckung`).
    var name: String { get }
    /// The German title of the report.
    var title: String { get }
    /// One sentence on what the report shows (for `ozg report list`).
    var summary: String { get }
    func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument
}

extension ReportGenerator {
    public var summary: String { title }
}

/// A generator that can also make one document per member council, for sending out.
///
/// ``perKommunePlan(model:options:)`` is what ``KommunenFanOut`` uses: it lists the councils and
/// makes each document on demand. Its default makes every document at once through
/// ``generatePerKommune(model:options:)``; a generator for hundreds of councils implements the
/// plan instead, so that documents are made one per worker and released when written.
public protocol PerKommuneReportGenerator: ReportGenerator {
    /// One document per council (after the options' filters), each with a safe file name stem.
    func generatePerKommune(model: DomainModel, options: ReportOptions) throws -> [KommuneReport]
    /// The councils (after the options' filters) with their file name stems; documents on demand.
    func perKommunePlan(model: DomainModel, options: ReportOptions) throws -> PerKommunePlan
}

extension PerKommuneReportGenerator {
    public func perKommunePlan(model: DomainModel, options: ReportOptions) throws -> PerKommunePlan {
        PerKommunePlan(reports: try generatePerKommune(model: model, options: options))
    }
}

/// One council's report and the file name stem to save it under (no extension).
public struct KommuneReport: Hashable, Sendable {
    public var kommune: Kommune
    public var fileStem: String
    public var document: ReportDocument

    public init(kommune: Kommune, fileStem: String, document: ReportDocument) {
        self.kommune = kommune
        self.fileStem = fileStem
        self.document = document
    }
}
