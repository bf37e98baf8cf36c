import OZGDomain

/// One entry of `ozg report list`: a built-in or an external report.
public struct ReportListing: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case builtIn
        /// An `ozg-report-NAME` program at this path.
        case external(path: String)
    }

    public var name: String
    public var title: String
    public var source: Source
}

extension ReportRegistry {
    /// Built-ins (and registered generators) first, then the external programs whose names no
    /// generator takes.
    public func listing(external runner: ExternalReportRunner = ExternalReportRunner()) -> [ReportListing] {
        let own = all.map { ReportListing(name: $0.name, title: $0.title, source: .builtIn) }
        let taken = Set(own.map(\.name))
        let ext = runner.plugins().filter { !taken.contains($0.name) }.map {
            ReportListing(name: $0.name, title: ExternalReportRunner.prefix + $0.name, source: .external(path: $0.path))
        }
        return own + ext
    }

    /// Makes the report `name`: a registered generator if there is one, else the external program.
    public func document(
        named name: String, model: DomainModel, options: ReportOptions = ReportOptions(),
        external runner: ExternalReportRunner = ExternalReportRunner()
    ) throws -> ReportDocument {
        if let g = generator(named: name) { return try g.generate(model: model, options: options) }
        guard runner.plugin(named: name) != nil else {
            throw ReportError.unknownReport(name, available: listing(external: runner).map(\.name))
        }
        return try runner.run(name, model: model, options: options)
    }
}
