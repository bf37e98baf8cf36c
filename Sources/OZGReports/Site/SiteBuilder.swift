import Foundation
import OZGDomain
import OZGSpreadsheet

/// Makes the static website for the member councils from a workspace model.
///
/// The site is a renderer of the report documents plus page structure: a start page, one page
/// per Themenfeld, per Kommunaltyp and per council, a search page with filters, and every report
/// of the ``ReportRegistry`` (built-in, registered from another package, or an external
/// `ozg-report-NAME` program) as a page with its downloads in .xlsx, .ods and .csv. Councils
/// share the list of their Kommunaltyp (one download each); a per-council report's packs are not
/// made here, a council's page says how to make its own, and links it where it is in the folder
/// already. Everything lies in one folder and works from `file://`: no request leaves it.
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
    /// The download formats.
    public var formats: [ReportFormat] = [.xlsx, .ods, .csv]
    private let makeWriter: (String) throws -> any SpreadsheetWriter

    /// - Parameters:
    ///   - makeWriter: Creates the spreadsheet writer for a download path (in the CLI, OZGFiles'
    ///     `SpreadsheetFile.create` with the workspace's files as inputs that must not be replaced).
    public init(
        model: DomainModel, registry: ReportRegistry = .shared, external: ExternalReportRunner? = nil,
        makeWriter: @escaping (String) throws -> any SpreadsheetWriter
    ) {
        self.model = model
        self.registry = registry
        self.external = external
        self.makeWriter = makeWriter
    }

    /// Writes the site into `directory` (created when missing) and says what it did.
    public func build(into directory: String) throws -> SiteResult {
        let out = try SiteOutput(root: directory)
        let ctx = SiteContext(model: model)
        var warnings: [String] = []
        var made = try makeReports(warnings: &warnings)
        for i in made.indices where made[i].document == nil { made[i].existingPacks = existingPacks(made[i], out: out) }
        let shared = KommunenMatrixReport.Shared(model: model, themen: model.catalog.themenfelder)
        var lists = model.kommunaltypen.types.map { t in
            TypeList(type: t, document: SiteKommunaltypList.document(ctx, type: t, shared: shared))
        }
        let downloads = try writeDownloads(&made, lists: &lists, out: out)
        let reports = made
        var typeDownloads: [String: [String]] = [:]
        for l in lists { typeDownloads[l.type.name] = l.downloads }

        // Pages are made and written on every core; each closure makes one page.
        var pages: [() throws -> SitePage] = [
            { try SiteStartPage.page(ctx, reports: reports) }, { SiteSearchPage.page(ctx) }, { SiteListPages.kommunen(ctx) },
            { SiteListPages.reports(ctx, reports: reports) },
        ]
        for r in reports { pages.append { SiteListPages.report(ctx, r) } }
        for t in model.catalog.themenfelder { pages.append { try SiteThemenfeldPage.page(ctx, themenfeld: t) } }
        for l in lists { pages.append { SiteKommunaltypList.page(ctx, type: l.type, document: l.document, downloads: l.downloads) } }
        let perKommune = reports.filter { $0.document == nil }
        var seen = Set<String>()
        for k in model.kommunen where seen.insert(k.name).inserted {
            pages.append { SiteKommunePage.page(ctx, kommune: k, reports: perKommune, typeDownloads: typeDownloads) }
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

    /// Every registered generator's documents (per-council generators: their councils and file
    /// stems only), then the external programs' (failures become warnings).
    func makeReports(warnings: inout [String]) throws -> [SiteReport] {
        var reports: [SiteReport] = []
        let options = ReportOptions()
        for g in registry.all {
            if let pk = g as? any PerKommuneReportGenerator {
                reports.append(SiteReport(
                    name: g.name, title: g.title, summary: g.summary, packs: try pk.perKommunePlan(model: model, options: options).entries))
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

    /// The pack files of a per-council report that someone has put into the site's folder
    /// (`ozg report NAME -o SITE/downloads/NAME`), not those an earlier run of the site wrote.
    func existingPacks(_ r: SiteReport, out: SiteOutput) -> [String: [String]] {
        let folder = SitePaths.packFolder(r.name)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: out.path(folder)) else { return [:] }
        let present = Set(names)
        var found: [String: [String]] = [:]
        for e in r.packs {
            let files = formats.map { e.fileStem + "." + $0.rawValue }.filter(present.contains).map { folder + "/" + $0 }
                .filter { !out.wasWrittenBefore($0) }
            if !files.isEmpty { found[e.kommune.name] = files }
        }
        return found
    }

    /// A Kommunaltyp's shared list and its download files.
    struct TypeList {
        var type: Kommunaltyp
        var document: ReportDocument
        var downloads: [String] = []
    }

    /// One download job: a document and the files it becomes in one format.
    struct Job {
        var document: ReportDocument
        var format: ReportFormat
        var path: String
        var files: [String]
        var fingerprint: String
    }

    /// Renders every Verband-wide report and every Kommunaltyp list in every download format,
    /// skipping those whose document is unchanged; on every core. Returns the number of files.
    func writeDownloads(_ reports: inout [SiteReport], lists: inout [TypeList], out: SiteOutput) throws -> Int {
        var jobs: [Job] = []
        func add(_ doc: ReportDocument, stem: String, folder: String?) -> [String] {
            let fp = SiteOutput.fingerprint(doc)
            var list: [String] = []
            for format in formats {
                let path = SitePaths.download(stem, format, folder: folder)
                // A document of several tables becomes several CSV files, named after the path.
                let files = format == .csv
                    ? CSVReportRenderer.files(for: doc, path: out.path(path)).map { out.relative($0.path) } : [path]
                jobs.append(Job(document: doc, format: format, path: path, files: files, fingerprint: fp))
                list += files
            }
            return list
        }
        for i in reports.indices {
            if let doc = reports[i].document { reports[i].downloads = add(doc, stem: FileNames.safeStem(reports[i].name), folder: nil) }
        }
        var used = Set<String>()
        for i in lists.indices {
            lists[i].downloads = add(lists[i].document, stem: SitePaths.unique(lists[i].type.name, &used), folder: SitePaths.typeDownloads)
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

    /// Makes and writes the pages, on every core.
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
