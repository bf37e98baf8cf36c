import OZGSpreadsheet

/// A format-neutral report: what a generator returns and every renderer draws.
///
/// The JSON form (``ReportJSON``) is `{"title":"…","sheets":[{"name":"…","tables":[{"title":"…",
/// "columns":["…"],"rows":[[…]]}]}]}` plus optional keys; external plug-ins return the same.
public struct ReportDocument: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    /// The date of the data, shown as „Stand: 31.03.2020“.
    public var stand: CalendarDate?
    /// Whether the data is made up; every rendering then shows „Beispieldaten“.
    public var isSampleData: Bool
    public var sheets: [ReportSheet]
    /// Who wrote the document (the document properties' author), `nil` when unknown.
    public var author: String?
    /// The organisation that publishes it (the document properties' company).
    public var company: String?

    public init(
        title: String, subtitle: String? = nil, stand: CalendarDate? = nil, isSampleData: Bool = false,
        sheets: [ReportSheet] = [], author: String? = nil, company: String? = nil
    ) {
        self.author = author
        self.company = company
        self.title = title
        self.subtitle = subtitle
        self.stand = stand
        self.isSampleData = isSampleData
        self.sheets = sheets
    }

    /// The label every rendering of sample data carries.
    public static let sampleDataLabel = "Beispieldaten"

    /// The line under the title: subtitle, Stand and the sample-data label, as far as present.
    public var byline: String {
        var parts: [String] = []
        if let subtitle, !subtitle.isEmpty { parts.append(subtitle) }
        if let stand { parts.append("Stand: " + ReportValue.germanDate(stand)) }
        if isSampleData { parts.append(ReportDocument.sampleDataLabel) }
        return parts.joined(separator: " · ")
    }

    /// Checks that rows fit their columns and charts point at existing tables and columns.
    public func validate() throws {
        for sheet in sheets {
            for (t, table) in sheet.tables.enumerated() {
                for (r, row) in table.rows.enumerated() where row.cells.count > table.columns.count {
                    throw ReportError.invalidDocument(
                        reason: "Blatt „\(sheet.name)“, Tabelle \(t + 1), Zeile \(r + 1): \(row.cells.count) Werte bei \(table.columns.count) Spalten")
                }
            }
            for chart in sheet.charts {
                guard chart.table >= 0, chart.table < sheet.tables.count else {
                    throw ReportError.invalidDocument(reason: "Diagramm „\(chart.title)“: Tabelle \(chart.table) fehlt")
                }
                let n = sheet.tables[chart.table].columns.count
                for c in [chart.categoryColumn] + chart.valueColumns where c < 0 || c >= n {
                    throw ReportError.invalidDocument(reason: "Diagramm „\(chart.title)“: Spalte \(c) fehlt")
                }
            }
        }
    }
}
