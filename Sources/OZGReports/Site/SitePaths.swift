import OZGBase
import OZGDomain

/// The file names of the site's pages, unique and safe on every system.
///
/// Pages sit in four folders below the start page: `themenfelder/`, `kommunaltypen/`,
/// `kommunen/`, `berichte/`; downloads in `downloads/`. Paths are relative to the site's folder.
struct SitePaths {
    static let start = "index.html"
    static let search = "suche.html"
    static let kommunenList = "kommunen.html"
    static let reportList = "berichte.html"
    static let css = "assets/site.css"
    static let script = "assets/suche.js"
    static let data = "assets/daten.js"

    private(set) var themenfelder: [String: String] = [:]
    private(set) var kommunaltypen: [String: String] = [:]
    private(set) var kommunen: [String: String] = [:]

    init(model: DomainModel) {
        var used = Set<String>()
        for t in model.catalog.themenfelder { themenfelder[t] = "themenfelder/" + SitePaths.unique(t, &used) + ".html" }
        used = []
        for t in model.kommunaltypen.types { kommunaltypen[t.name] = "kommunaltypen/" + SitePaths.unique(t.name, &used) + ".html" }
        used = []
        for k in model.kommunen where kommunen[k.name] == nil {
            kommunen[k.name] = "kommunen/" + SitePaths.unique(k.name, &used) + ".html"
        }
    }

    static func report(_ name: String) -> String { "berichte/" + FileNames.safeStem(name) + ".html" }

    /// The folder in which a per-council report's packs are linked when someone puts them there.
    static func packFolder(_ report: String) -> String { "downloads/" + FileNames.safeStem(report) }

    /// The folder of the Kommunaltyp lists' downloads.
    static let typeDownloads = "kommunaltypen"

    static func download(_ stem: String, _ format: ReportFormat, folder: String? = nil) -> String {
        (folder.map { packFolder($0) + "/" } ?? "downloads/") + stem + "." + format.rawValue
    }

    /// The prefix from a page to the site's folder (`../` for pages in a sub-folder).
    static func root(of page: String) -> String { page.contains("/") ? "../" : "" }

    /// A safe, lower-case file name stem for `name` not yet in `used` (`name-2`, … otherwise).
    static func unique(_ name: String, _ used: inout Set<String>) -> String {
        let base = FileNames.safeStem(name).lowercased()
        var stem = base
        var n = 2
        while !used.insert(stem).inserted {
            stem = base + "-\(n)"
            n += 1
        }
        return stem
    }
}
