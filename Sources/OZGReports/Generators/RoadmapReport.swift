import OZGDomain
import OZGSpreadsheet

/// „Umsetzungsplanung (Roadmap)“: the Umsetzungsvorhaben, their timeline and their figures.
///
/// Sheet „Roadmap“: one row per Vorhaben (by end date) with Lösungsansatz, Verantwortlich,
/// Start, Ende, Status (coloured), Reifegrad now → target, `verspätet` when it is late (end
/// before the Stand and neither umgesetzt nor zurückgestellt) and the latest of the group's
/// milestones its end lies after. Sheet „Zeitleiste“: Vorhaben and Status against one column per quarter that the
/// Vorhaben span, milestone quarters marked ⚑. Sheet „Go-Lives“: per quarter the go-lives done
/// (umgesetzt) and still planned, and both running totals as two series of a line chart. Sheet
/// „Übersicht“: the exclusive statuses summing to the total, and the flags in a table of their own.
/// Sheet „Kommunen geplant“ (when a council reported a `geplant bis`): the councils' planned
/// go-lives per quarter beside the group's planned Vorhaben, and the list (``RoadmapKommunen``).
///
/// OZG 2.0 (in force since 24.07.2024) has no single deadline: milestones come from the
/// workspace's settings (``WorkspaceSettings/meilensteine``), none by default.
public struct RoadmapReport: ReportGenerator {
    public let name = "roadmap"
    public let title = "Umsetzungsplanung (Roadmap)"
    public let summary = "Umsetzungsvorhaben auf einer Quartalsachse mit den Meilensteinen der Gruppe; Go-Lives umgesetzt und geplant"

    public init() {}

    static let lateFlag = "verspätet"
    /// The mark of a quarter that holds a milestone (in column names and chart categories).
    public static let milestoneMark = "⚑"

    /// The Vorhaben of a run (filtered by Themenfeld through their OZG-ID), ordered by end date.
    static func selectedVorhaben(model: DomainModel, options: ReportOptions) throws -> [Umsetzungsvorhaben] {
        var list = model.vorhaben
        if !options.themenfelder.isEmpty {
            let themen = Set(try options.selectedThemenfelder(in: model))
            let ids = Set(model.catalog.einzelleistungen.filter { themen.contains($0.themenfeld) }.map(\.ozgId))
            list = list.filter { ids.contains($0.ozgId) }
        }
        return list.enumerated().sorted { a, b in
            switch (a.element.ende, b.element.ende) {
            case let (x?, y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// The latest milestone the Vorhaben's end lies after (the one that says most), `nil` when none.
    static func missedMilestone(_ v: Umsetzungsvorhaben, meilensteine: [Meilenstein]) -> Meilenstein? {
        meilensteine.last { RoadmapFigures.endsAfter(v, $0) }
    }

    /// The quarters the Vorhaben span, from the first start (or end) to the last end (or start).
    static func quarters(for list: [Umsetzungsvorhaben]) -> [Quarter] {
        let dates = list.flatMap { [$0.start, $0.ende].compactMap { $0 } }
        guard let first = dates.min(), let last = dates.max() else { return [] }
        return Quarter.range(Quarter(first), Quarter(last))
    }

    /// `2022 Q4`, or `2022 Q4 ⚑` when a milestone falls in the quarter.
    static func label(_ q: Quarter, meilensteine: [Meilenstein]) -> String {
        meilensteine.contains { Quarter($0.datum) == q } ? q.label + " " + milestoneMark : q.label
    }

    public func generate(model: DomainModel, options: ReportOptions) throws -> ReportDocument {
        let list = try RoadmapReport.selectedVorhaben(model: model, options: options)
        let stand = options.stand(for: model) ?? ReportSupport.today()
        let milestones = model.settings.meilensteine
        let quarters = RoadmapReport.quarters(for: list)
        let figures = RoadmapFigures(vorhaben: list, stand: stand, meilensteine: milestones)
        let sample = ReportSupport.notes(for: model)

        let roadmap = RoadmapTables.roadmap(list, stand: stand, meilensteine: milestones)
        let timeline = RoadmapTables.timeline(list, quarters: quarters, meilensteine: milestones)
        let goLives = RoadmapTables.goLives(figures, quarters: quarters, meilensteine: milestones)
        let (statusTable, flagTable) = RoadmapTables.overview(figures, stand: stand, meilensteine: milestones)

        var notes = [
            "verspätet: Ende vor dem Stand \(ReportValue.germanDate(stand)), aber weder umgesetzt noch zurückgestellt.",
            "Reifegrad: Ist → Ziel (Modell 1.1: 0 Offline, 1 Information, 2 Formular-Assistent, 3 Online-Leistung, 4 Online-Transaktion).",
        ]
        notes += milestoneNotes(milestones)
        let kommunen = try RoadmapKommunen(model: model, options: options)
        var extra: [ReportSheet] = []
        if !kommunen.isEmpty {
            extra.append(kommunen.sheet(figures: figures, stand: stand, meilensteine: milestones, notes: sample))
        }
        return ReportDocument(
            title: title, subtitle: options.filterDescription(), stand: options.stand(for: model),
            isSampleData: model.isSampleData,
            sheets: [
                ReportSheet(name: "Roadmap", tables: [roadmap], notes: notes + sample),
                ReportSheet(name: "Zeitleiste", tables: [timeline], notes: milestoneNotes(milestones) + sample),
                ReportSheet(
                    name: "Go-Lives", tables: [goLives],
                    charts: [ReportChart(kind: .line, title: "Go-Lives kumuliert: umgesetzt und geplant", valueColumns: [3, 4])],
                    notes: [
                        "umgesetzt: Vorhaben mit Status umgesetzt, im Quartal ihres Endes; geplant: Vorhaben, die geplant oder in Umsetzung sind, "
                            + "im Quartal ihres geplanten Endes. Zurückgestellte Vorhaben zählen nicht.",
                    ] + sample),
                ReportSheet(
                    name: "Übersicht", tables: [statusTable, flagTable],
                    charts: [ReportChart(kind: .bar, title: "Vorhaben nach Status", valueColumns: [1])],
                    notes: [
                        "Jedes Vorhaben hat genau einen Status; die Statuszeilen ergeben zusammen die Gesamtzahl. "
                            + "Die Hinweise zählen zusätzlich: ein Vorhaben kann mehrere oder keinen haben.",
                    ] + sample),
            ] + extra, author: model.settings.herausgeber, company: model.settings.herausgeber)
    }

    func milestoneNotes(_ milestones: [Meilenstein]) -> [String] {
        if milestones.isEmpty {
            return ["Meilensteine: keine festgelegt (mit „ozg config set meilensteine …“ festlegen)."]
        }
        return [
            "\(RoadmapReport.milestoneMark) Meilensteine: "
                + milestones.map { "\(ReportValue.germanDate($0.datum)) \($0.titel)" }.joined(separator: "; ") + ".",
        ]
    }
}
