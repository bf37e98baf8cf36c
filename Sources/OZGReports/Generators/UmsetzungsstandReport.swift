import OZGDomain
import OZGSpreadsheet

/// „Umsetzungsstand der Kommunen“: what each member council offers today.
///
/// Sheet „Umsetzungsstand“: one row per council with `relevant` (its Kommunaltyp's verdict `ja`
/// or `teilweise`, or its exception), then the exclusive states of those relevant Leistungen:
/// `online`, `in Umsetzung`, `in Planung`, `offen` (the council's own report; `offen` also where
/// nothing is known), `Anteil online` (online ÷ relevant), `online nur laut Dashboard` (no own
/// report, the dashboard export lists it online; `davon Angebot von Kreis/Land` when its
/// `art_flaechendeckung` names a Kreis-, Land- or Bund-wide offer) and `nicht zuständig`; then
/// per Themenfeld `online/relevant`. A total row „Verband“ closes the table; a stacked bar chart
/// shows the states per council.
///
/// Sheet „Flächendeckend“: the Leistungen online in every council for which they are relevant,
/// by the councils' own reports and counting the dashboard, and the list of them.
public struct UmsetzungsstandReport: ReportGenerator {
    public let name = "umsetzungsstand"
    public let title = "Umsetzungsstand der Kommunen"
    public let summary = "Je Kommune: relevante Leistungen online, in Umsetzung, in Planung, offen; je Themenfeld; flächendeckend online"

    public init() {}

    /// The fixed columns before the Themenfelder.
    static let fixedColumns = [
        ReportColumn("Kommune", width: 26), ReportColumn("Kommunaltyp", width: 26),
        ReportColumn("relevant", kind: .integer, width: 9), ReportColumn("online", kind: .integer, width: 9),
        ReportColumn("in Umsetzung", kind: .integer, width: 10), ReportColumn("in Planung", kind: .integer, width: 10),
        ReportColumn("offen", kind: .integer, width: 9), ReportColumn("Anteil online", kind: .percent, width: 10),
        ReportColumn("online nur laut Dashboard", kind: .integer, width: 12),
        ReportColumn("davon Angebot von Kreis/Land", kind: .integer, width: 12),
        ReportColumn("nicht zuständig", kind: .integer, width: 10),
    ]

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let index = UmsetzungIndex(model: model)
        let rows = try UmsetzungIndex.rows(model: model, options: options)
        let themen = try options.selectedThemenfelder(in: model)
        var themaOf = [Int](repeating: -1, count: model.catalog.einzelleistungen.count)
        var themaIndex: [String: Int] = [:]
        for (i, t) in themen.enumerated() { themaIndex[t] = i }
        for r in rows { themaOf[r] = themaIndex[model.catalog.einzelleistungen[r].themenfeld] ?? -1 }
        let selected = Set(try options.selectedKommunen(in: model).map(\.name))
        let ks = index.kommunen.indices.filter { selected.contains(index.kommunen[$0].name) }

        var table = ReportTable(
            title: "Umsetzungsstand je Kommune",
            columns: Self.fixedColumns + themen.map { ReportColumn($0 + " (online/relevant)", width: 12) }, frozenColumns: 1)
        var total = Counts(themen: themen.count)
        // Per catalogue row over the selected councils: relevant in, online (own), online with dashboard.
        var relevantIn = [Int](repeating: 0, count: index.catalog.count)
        var onlineOwn = relevantIn, onlineAny = relevantIn, onlineDashboardOnly = relevantIn
        for k in ks {
            var c = Counts(themen: themen.count)
            for r in rows where index.isRelevant(k, r) {
                let lage = index.lage(k, r)
                c.add(lage, thema: themaOf[r], angebotVonKreisLand: lage == .nurDashboard && (index.dashboard(k, r)?.isFlaechendeckendesAngebot ?? false))
                relevantIn[r] += 1
                if lage == .online { onlineOwn[r] += 1 }
                if lage == .nurDashboard { onlineDashboardOnly[r] += 1 }
                if lage == .online || lage == .nurDashboard { onlineAny[r] += 1 }
            }
            let k0 = index.kommunen[k]
            table.rows.append(ReportRow([.text(k0.name), .text(k0.kommunaltyp)] + c.cells))
            total.add(c)
        }
        table.rows.append(ReportRow([.text("Verband"), .empty] + total.cells, role: .total))

        // Flächendeckend: relevant somewhere and online wherever relevant.
        var everywhere = ReportTable(
            title: "Flächendeckend online",
            columns: UmsetzungIndex.leistungColumns + [
                ReportColumn("relevant in Kommunen", kind: .integer, width: 11),
                ReportColumn("online (eigene Meldung)", kind: .integer, width: 11),
                ReportColumn("online nur laut Dashboard", kind: .integer, width: 11),
            ])
        var relevantSomewhere = 0, ownEverywhere = 0, anyEverywhere = 0
        for r in rows where relevantIn[r] > 0 {
            relevantSomewhere += 1
            if onlineOwn[r] == relevantIn[r] { ownEverywhere += 1 }
            guard onlineAny[r] == relevantIn[r] else { continue }
            anyEverywhere += 1
            everywhere.rows.append(ReportRow(
                UmsetzungIndex.leistungCells(index.catalog[r])
                    + [.integer(relevantIn[r]), .integer(onlineOwn[r]), .integer(onlineDashboardOnly[r])]))
        }
        let summaryTable = ReportTable(
            title: "Verband: flächendeckend",
            columns: [ReportColumn("Kennzahl", kind: .paragraph, width: 60), ReportColumn("Anzahl", kind: .integer, width: 10)],
            rows: [
                ReportRow([.text("Kommunen"), .integer(ks.count)]),
                ReportRow([.text("Leistungen, die in mindestens einer Kommune relevant sind"), .integer(relevantSomewhere)]),
                ReportRow([.text("flächendeckend online nach den Meldungen der Kommunen"), .integer(ownEverywhere)]),
                ReportRow([.text("flächendeckend online, Dashboard mitgezählt"), .integer(anyEverywhere)]),
            ])

        let sample = ReportSupport.notes(for: model)
        let notes = [
            "relevant: die Bewertung des Kommunaltyps ist ja oder teilweise (eine abweichende Bewertung für die Kommune geht vor). "
                + "online, in Umsetzung, in Planung, offen, nicht zuständig: die eigene Meldung der Kommune (Umsetzungsstand); offen auch, wo nichts gemeldet ist. "
                + "Die Spalten von online bis nicht zuständig ergeben ohne „Anteil online“ und „davon …“ zusammen „relevant“.",
            "Anteil online: online nach eigener Meldung ÷ relevant. online nur laut Dashboard: keine eigene Meldung, "
                + "aber der Export des Dashboards Digitale Verwaltung (PVOG) nennt die Leistung online; "
                + "davon Angebot von Kreis/Land: das Angebot gilt laut Export kreis-, landes- oder bundesweit, nicht nur für die Kommune.",
            "Je Themenfeld: online nach eigener Meldung / relevant.",
        ]
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model), isSampleData: model.isSampleData,
            sheets: [
                ReportSheet(
                    name: "Umsetzungsstand", tables: [table],
                    charts: [ReportChart(kind: .stackedBar, title: "Relevante Leistungen je Kommune nach Stand", valueColumns: [3, 4, 5, 6, 8, 10])],
                    notes: notes + sample),
                ReportSheet(
                    name: "Flächendeckend", tables: [summaryTable, everywhere],
                    notes: [
                        "Flächendeckend: in jeder ausgewählten Kommune online, für die die Leistung relevant ist "
                            + "(eine Kommune, die „nicht zuständig“ meldet, zählt als nicht online).",
                    ] + sample),
            ], author: model.settings.herausgeber, company: model.settings.herausgeber)
    }

    /// The counts of one council (or of the Verband).
    struct Counts {
        var relevant = 0
        var lage = [Int](repeating: 0, count: UmsetzungIndex.Lage.allCases.count)
        var angebotVonKreisLand = 0
        var themaOnline: [Int]
        var themaRelevant: [Int]

        init(themen: Int) {
            themaOnline = Array(repeating: 0, count: themen)
            themaRelevant = themaOnline
        }

        mutating func add(_ l: UmsetzungIndex.Lage, thema: Int, angebotVonKreisLand kl: Bool) {
            relevant += 1
            lage[Int(l.rawValue)] += 1
            if kl { angebotVonKreisLand += 1 }
            if thema >= 0 {
                themaRelevant[thema] += 1
                if l == .online { themaOnline[thema] += 1 }
            }
        }

        mutating func add(_ o: Counts) {
            relevant += o.relevant
            for i in lage.indices { lage[i] += o.lage[i] }
            angebotVonKreisLand += o.angebotVonKreisLand
            for i in themaOnline.indices {
                themaOnline[i] += o.themaOnline[i]
                themaRelevant[i] += o.themaRelevant[i]
            }
        }

        var cells: [ReportValue] {
            let online = lage[Int(UmsetzungIndex.Lage.online.rawValue)]
            var c: [ReportValue] = [
                .integer(relevant), .integer(online), .integer(lage[Int(UmsetzungIndex.Lage.inUmsetzung.rawValue)]),
                .integer(lage[Int(UmsetzungIndex.Lage.inPlanung.rawValue)]), .integer(lage[Int(UmsetzungIndex.Lage.offen.rawValue)]),
                relevant == 0 ? .empty : .percent(Double(online) / Double(relevant)),
                .integer(lage[Int(UmsetzungIndex.Lage.nurDashboard.rawValue)]), .integer(angebotVonKreisLand),
                .integer(lage[Int(UmsetzungIndex.Lage.nichtZustaendig.rawValue)]),
            ]
            for i in themaOnline.indices { c.append(.text("\(themaOnline[i])/\(themaRelevant[i])")) }
            return c
        }
    }
}
