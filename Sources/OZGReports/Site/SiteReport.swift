/// One report on the site: a registered generator's (or external program's) document, or the
/// per-council documents of a ``PerKommuneReportGenerator``, with its download files.
struct SiteReport {
    var name: String
    var title: String
    var summary: String
    /// The document of a report over the whole Verband; `nil` for per-council reports.
    var document: ReportDocument?
    /// The per-council documents (council name → report).
    var perKommune: [KommuneReport] = []
    /// Download paths relative to the site's folder (single document).
    var downloads: [String] = []
    /// Download paths per council name.
    var kommuneDownloads: [String: [String]] = [:]
    /// Per council name, how many councils share its download (1: its own).
    var kommuneShared: [String: Int] = [:]

    var page: String { SitePaths.report(name) }
}
