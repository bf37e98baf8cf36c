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
public protocol PerKommuneReportGenerator: ReportGenerator {
    /// One document per council (after the options' filters), each with a safe file name stem.
    func generatePerKommune(model: DomainModel, options: ReportOptions) throws -> [KommuneReport]
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
