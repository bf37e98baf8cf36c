import LebenslagenReport
import OZGDomain
import OZGReports
import Testing

@Suite("Lebenslagen report from outside OZGKit")
struct LebenslagenReportTests {
    @Test("registers, runs and counts per Lage")
    func counts() throws {
        let registry = ReportRegistry()
        LebenslagenReport.register(in: registry)
        #expect(registry.names.contains("lebenslagen"))
        let a = Einzelleistung(leika: LeikaKey(text: "99107023017000"), bezeichnung: "Wohngeld", ozgId: 10092,
                               ozgLeistung: "Wohngeld", themenfeld: "Bauen & Wohnen", lage: "Wohnen & Umzug")
        let b = Einzelleistung(leika: LeikaKey(text: "99012001000000"), bezeichnung: "Abbruch", ozgId: 10513,
                               ozgLeistung: "Abbruchgenehmigung", themenfeld: "Bauen & Wohnen", lage: "Bauen")
        let c = Einzelleistung(leika: LeikaKey(text: "99012001001000"), bezeichnung: "Abbruch Erteilung", ozgId: 10513,
                               ozgLeistung: "Abbruchgenehmigung", themenfeld: "Bauen & Wohnen", lage: "Bauen")
        let types = KommunaltypSet.krzVerband.names
        var verdicts = types.map { Verdict(einzelleistung: a.id, kommunaltyp: $0, relevanz: .nein) }
        verdicts.append(Verdict(einzelleistung: b.id, kommunaltyp: types[0], relevanz: .teilweise))
        let model = DomainModel(catalog: Catalog(einzelleistungen: [a, b, c]), verdicts: verdicts)
        let doc = try registry.require("lebenslagen").generate(model: model, options: ReportOptions())
        let rows = doc.sheets[0].tables[0].rows
        #expect(rows[0].cells == [.text("Bauen & Wohnen"), .text("Wohnen & Umzug"), .integer(1), .integer(0), .integer(0), .percent(0)])
        #expect(rows[1].cells == [.text("Bauen & Wohnen"), .text("Bauen"), .integer(2), .integer(1), .integer(2), .percent(0.5)])
        #expect(rows[2].role == .total)
        // It renders like any built-in report.
        #expect(HTMLReportRenderer().html(for: doc).contains("Abdeckung je Lebenslage"))
        #expect(try ReportJSON.decode(ReportJSON.encode(doc)) == doc)
    }
}
