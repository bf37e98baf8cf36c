import OZGBase

/// One report on the site: a registered generator's (or external program's) document over the
/// whole Verband, or a ``PerKommuneReportGenerator``'s councils with the file stems of their packs.
struct SiteReport {
    var name: String
    var title: String
    var summary: String
    /// The document of a report over the whole Verband; `nil` for per-council reports.
    var document: ReportDocument?
    /// A per-council report's councils and their packs' file stems (the documents are not made:
    /// the councils share the lists of their Kommunaltyp, see ``SiteKommunaltypList``).
    var packs: [PerKommunePlan.Entry] = []
    /// Download paths relative to the site's folder (single document).
    var downloads: [String] = []
    /// Per council name, its pack's files that are already in the site's folder
    /// (`downloads/NAME/STEM.xlsx`, made with `ozg report NAME -o …`): linked, never made here.
    var existingPacks: [String: [String]] = [:]

    var page: String { SitePaths.report(name) }

    /// The command that makes one council's pack.
    func command(kommune: String) -> String {
        "ozg report \(name) --kommune " + SiteReport.shellQuoted(kommune) + " -o " + SiteReport.shellQuoted(FileNames.safeStem(name + " " + kommune) + ".xlsx")
    }

    /// A word for a POSIX shell: in single quotes when it holds anything but letters, digits and `-_.`.
    static func shellQuoted(_ s: String) -> String {
        if !s.isEmpty, s.unicodeScalars.allSatisfy({ ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }) {
            return s
        }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
