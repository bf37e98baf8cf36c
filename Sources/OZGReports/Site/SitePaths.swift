import OZGBase
import OZGDomain

/// The file names of the site's pages, unique and safe on every system.
///
/// Pages sit in three folders below the start page: `themenfelder/`, `kommunen/`, `berichte/`;
/// downloads in `downloads/`. Paths are relative to the site's folder.
struct SitePaths {
    static let start = "index.html"
    static let search = "suche.html"
    static let kommunenList = "kommunen.html"
    static let reportList = "berichte.html"
    static let css = "assets/site.css"
    static let script = "assets/suche.js"
    static let data = "assets/daten.js"

    private(set) var themenfelder: [String: String] = [:]
    private(set) var kommunen: [String: String] = [:]

    init(model: DomainModel) {
        var used = Set<String>()
        for t in model.catalog.themenfelder { themenfelder[t] = "themenfelder/" + SitePaths.unique(t, &used) + ".html" }
        used = []
        for k in model.kommunen where kommunen[k.name] == nil {
            kommunen[k.name] = "kommunen/" + SitePaths.unique(k.name, &used) + ".html"
        }
    }

    static func report(_ name: String) -> String { "berichte/" + FileNames.safeStem(name) + ".html" }

    static func download(_ stem: String, _ format: ReportFormat, folder: String? = nil) -> String {
        "downloads/" + (folder.map { FileNames.safeStem($0) + "/" } ?? "") + stem + "." + format.rawValue
    }

    /// The prefix from a page to the site's folder (`../` for pages in a sub-folder).
    static func root(of page: String) -> String { page.contains("/") ? "../" : "" }

    private static func unique(_ name: String, _ used: inout Set<String>) -> String {
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
