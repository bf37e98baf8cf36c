import OZGDomain

/// Councils whose per-council documents hold the same tables (the councils of one Kommunaltyp
/// without exceptions) share one download on the site: rendering a workbook for each of 396
/// councils would cost a minute, a few distinct lists cost a second.
///
/// The shared document is the first member's, with the council's name in titles and notes
/// replaced by the group's name and the members listed in the subtitle. `ozg report NAME`
/// still makes one workbook per council for sending out.
enum SiteSharedDownload {
    /// The councils' reports grouped by the content of their tables, in first-member order.
    static func groups(_ reports: [KommuneReport]) -> [[KommuneReport]] {
        var index: [String: Int] = [:]
        var groups: [[KommuneReport]] = []
        for r in reports {
            var f = SiteFingerprint()
            for s in r.document.sheets {
                f.add(String(s.tables.count))
                for t in s.tables { f.add(content: t) }
            }
            let key = f.hex
            if let i = index[key] {
                groups[i].append(r)
            } else {
                index[key] = groups.count
                groups.append([r])
            }
        }
        return groups
    }

    /// The group's name: its Kommunaltyp when all members share one, else their number.
    static func label(_ members: [KommuneReport]) -> String {
        let types = Set(members.map(\.kommune.kommunaltyp))
        if types.count == 1, let t = types.first { return "Kommunaltyp \(t)" }
        return "\(members.count) Kommunen"
    }

    /// The document shared by a group of two or more councils.
    static func document(_ members: [KommuneReport]) -> ReportDocument {
        guard var doc = members.first?.document, let first = members.first?.kommune.name else {
            return ReportDocument(title: "")
        }
        let label = label(members)
        func swap(_ s: String) -> String { s.replacingOccurrences(of: first, with: label) }
        doc.title = swap(doc.title)
        let names = members.map(\.kommune.name).joined(separator: ", ")
        doc.subtitle = "Gleiche Liste für \(members.count) Kommunen: \(names)"
        for i in doc.sheets.indices {
            doc.sheets[i].name = swap(doc.sheets[i].name)
            doc.sheets[i].notes = doc.sheets[i].notes.map(swap)
            for t in doc.sheets[i].tables.indices { doc.sheets[i].tables[t].title = swap(doc.sheets[i].tables[t].title) }
        }
        return doc
    }
}
