import Foundation
import OZGDomain
import OZGSpreadsheet

/// Makes the static website for the member councils from a workspace model.
///
/// The site is a renderer of the report documents plus page structure: a start page, one page
/// per Themenfeld and per council, a search page with filters, and every report of the
/// ``ReportRegistry`` (built-in, registered from another package, or an external
/// `ozg-report-NAME` program) as a page with its downloads in .xlsx, .ods and .csv. Everything
/// lies in one folder and works from `file://`: no request leaves it.
///
/// ```swift
/// let result = try SiteBuilder(model: try workspace.snapshot()).build(into: "website")
/// ```
///
/// Writing is incremental: unchanged pages and downloads of unchanged documents are not rewritten.
public struct SiteBuilder {
    public var model: DomainModel
    public var registry: ReportRegistry
    /// External report programs to include; `nil` leaves them out.
    public var external: ExternalReportRunner?
    /// What the councils offer today, where known (see ``KommuneUmsetzung``).
    public var umsetzung: [KommuneUmsetzung]
    /// The download formats.
    public var formats: [ReportFormat] = [.xlsx, .ods, .csv]
    private let makeWriter: (String) throws -> any SpreadsheetWriter

    /// - Parameters:
    ///   - makeWriter: Creates the spreadsheet writer for a download path (in the CLI, OZGFiles'
    ///     `SpreadsheetFile.create` with the workspace's files as inputs that must not be replaced).
    public init(
        model: DomainModel, registry: ReportRegistry = .shared, external: ExternalReportRunner? = nil,
        umsetzung: [KommuneUmsetzung] = [],
        makeWriter: @escaping (String) throws -> any SpreadsheetWriter
    ) {
        self.model = model
        self.registry = registry
        self.external = external
        self.umsetzung = umsetzung
        self.makeWriter = makeWriter
    }

    /// Writes the site into `directory` (created when missing) and says what it did.
    public func build(into directory: String) throws -> SiteResult {
        let out = try SiteOutput(root: directory)
        let ctx = SiteContext(model: model, umsetzung: umsetzung)
        var warnings: [String] = []
        var made = try makeReports(warnings: &warnings)
        let downloads = try writeDownloads(&made, out: out)
        let reports = made

        // Pages are made and written two at a time; each closure makes one page.
        var pages: [() throws -> SitePage] = [
            { try SiteStartPage.page(ctx, reports: reports) }, { SiteSearchPage.page(ctx) }, { SiteListPages.kommunen(ctx) },
            { SiteListPages.reports(ctx, reports: reports) },
        ]
        for r in reports { pages.append { SiteListPages.report(ctx, r) } }
        for t in model.catalog.themenfelder { pages.append { try SiteThemenfeldPage.page(ctx, themenfeld: t) } }
        let perKommune = reports.filter { $0.document == nil }
        var seen = Set<String>()
        let cache = SiteTableCache()
        for k in model.kommunen where seen.insert(k.name).inserted {
            pages.append { SiteKommunePage.page(ctx, kommune: k, reports: perKommune, cache: cache) }
        }
        try out.text(SitePaths.css, SiteStyle.css)
        try out.text(SitePaths.script, SiteSearchScript.js)
        try out.text(SitePaths.data, SiteSearchData.script(ctx))
        try writePages(pages, out: out)
        let removed = try out.finish()
        return SiteResult(
            startPage: out.path(SitePaths.start), pages: pages.count, downloads: downloads, written: out.written,
            unchanged: out.unchanged, removed: removed, warnings: warnings)
    }

    /// Every registered generator's documents, then the external programs' (failures become warnings).
    func makeReports(warnings: inout [String]) throws -> [SiteReport] {
        var reports: [SiteReport] = []
        let options = ReportOptions()
        for g in registry.all {
            if let pk = g as? any PerKommuneReportGenerator {
                reports.append(SiteReport(
                    name: g.name, title: g.title, summary: g.summary, perKommune: try pk.generatePerKommune(model: model, options: options)))
            } else {
                reports.append(SiteReport(name: g.name, title: g.title, summary: g.summary, document: try g.generate(model: model, options: options)))
            }
        }
        if let external {
            let taken = Set(reports.map(\.name))
            for plugin in external.plugins() where !taken.contains(plugin.name) {
                do {
                    let doc = try external.run(plugin.name, model: model, options: options)
                    reports.append(SiteReport(name: plugin.name, title: doc.title, summary: doc.subtitle ?? doc.title, document: doc))
                } catch {
                    let message = (error as? any OZGError)?.message(.current()) ?? "\(error)"
                    warnings.append("Bericht „\(plugin.name)“ fehlt auf der Website: \(message)")
                }
            }
        }
        return reports
    }

    /// One download job: a document and the files it becomes in one format.
    struct Job {
        var document: ReportDocument
        var format: ReportFormat
        var path: String
        var files: [String]
        var fingerprint: String
    }

    /// Renders every report in every download format, skipping those whose document is unchanged;
    /// two at a time. Returns the number of download files.
    func writeDownloads(_ reports: inout [SiteReport], out: SiteOutput) throws -> Int {
        var jobs: [Job] = []
        func add(_ doc: ReportDocument, stem: String, folder: String?, into list: inout [String]) {
            let fp = SiteOutput.fingerprint(doc)
            for format in formats {
                let path = SitePaths.download(stem, format, folder: folder)
                // A document of several tables becomes several CSV files, named after the path.
                let files = format == .csv
                    ? CSVReportRenderer.files(for: doc, path: out.path(path)).map { out.relative($0.path) } : [path]
                jobs.append(Job(document: doc, format: format, path: path, files: files, fingerprint: fp))
                list += files
            }
        }
        for i in reports.indices {
            if let doc = reports[i].document {
                add(doc, stem: FileNames.safeStem(reports[i].name), folder: nil, into: &reports[i].downloads)
            }
            var usedStems = Set<String>()
            for members in SiteSharedDownload.groups(reports[i].perKommune) {
                guard let first = members.first else { continue }
                var list: [String] = []
                if members.count == 1 {
                    add(first.document, stem: first.fileStem, folder: reports[i].name, into: &list)
                } else {
                    var stem = FileNames.safeStem(reports[i].name + " " + SiteSharedDownload.label(members))
                    let base = stem
                    var n = 2
                    while !usedStems.insert(stem.lowercased()).inserted {
                        stem = base + "-\(n)"
                        n += 1
                    }
                    add(SiteSharedDownload.document(members), stem: stem, folder: reports[i].name, into: &list)
                }
                for m in members {
                    reports[i].kommuneDownloads[m.kommune.name] = list
                    reports[i].kommuneShared[m.kommune.name] = members.count
                }
            }
        }
        let renderers = Dictionary(uniqueKeysWithValues: formats.map { ($0, ReportRenderers.renderer(for: $0, makeWriter: makeWriter)) })
        let lock = NSLock()
        var failure: Error?
        let work = jobs
        DispatchQueue.concurrentPerform(iterations: work.count) { n in
            lock.lock()
            let stop = failure != nil
            lock.unlock()
            if stop { return }
            let job = work[n]
            if out.isCurrent(job.files, fingerprint: job.fingerprint) {
                out.recordDownload(job.files, fingerprint: job.fingerprint, written: false)
                return
            }
            do {
                try out.prepare(job.path)
                guard let renderer = renderers[job.format] else { return }
                _ = try renderer.render(job.document, to: out.path(job.path))
                out.recordDownload(job.files, fingerprint: job.fingerprint, written: true)
            } catch {
                lock.lock()
                if failure == nil { failure = error }
                lock.unlock()
            }
        }
        if let failure { throw failure }
        return jobs.reduce(0) { $0 + $1.files.count }
    }

    /// Makes and writes the pages, two at a time.
    func writePages(_ pages: [() throws -> SitePage], out: SiteOutput) throws {
        let lock = NSLock()
        var failure: Error?
        DispatchQueue.concurrentPerform(iterations: pages.count) { n in
            do {
                let page = try pages[n]()
                try out.text(page.path, page.html())
            } catch {
                lock.lock()
                if failure == nil { failure = error }
                lock.unlock()
            }
        }
        if let failure { throw failure }
    }
}
