import Foundation
import OZGDomain
import OZGSpreadsheet
import Testing

@testable import OZGWorkingSheet

/// Reading a council's status sheet: which council, which values, which findings.
@Suite("Status sheet mapping")
struct StatusSheetMappingTests {
    static let kommunen = [
        Kommune(name: "Lemgo", kreis: "Kreis Lippe", kommunaltyp: "Mittlere kreisangehörige Stadt"),
        Kommune(name: "Detmold", kreis: "Kreis Lippe", kommunaltyp: "Große kreisangehörige Stadt"),
        Kommune(name: "Bad Salzuflen", kreis: "Kreis Lippe", kommunaltyp: "Mittlere kreisangehörige Stadt"),
    ]
    static let header: [Any?] = [
        "LeiKa-Schlüssel", "OZG-ID", "Leistung", "Umsetzungsstand", "Online-Dienst (URL)", "Art der Lösung", "Reifegrad", "Fallzahl",
        "geplant bis",
    ]

    static func map(_ sheets: [Sheet], file: String, relevant: Bool = false) -> WorkingSheetResult {
        var m = WorkingSheetMapper(catalog: WS.smallCatalog, kommunen: kommunen)
        m.statusContext = StatusSheetContext(reifegradModell: .v2_0, relevanz: { _, _ in relevant ? .ja : .nein })
        return m.map(Workbook(sheets: sheets), file: file)
    }

    @Test("a sheet with only the status columns: the council from its title, else from the file name; neither is an error")
    func councilFromTitleOrFile() {
        let rows: [[Any?]] = [["Umsetzungsstand Bad Salzuflen"], [], Self.header, ["99107023017000", 10092, "Wohngeld Bewilligung", "online"]]
        let titled = Self.map([WS.sheet("Tabelle1", rows)], file: "rücklauf.xlsx")
        #expect(titled.kommune == "Bad Salzuflen" && titled.findings.isEmpty)
        #expect(titled.umsetzung.map(\.kommune) == ["Bad Salzuflen"])

        let bare = Array(rows.dropFirst(2))
        let byFile = Self.map([WS.sheet("Tabelle1", bare)], file: "Status_DETMOLD_2026.xlsx")
        #expect(byFile.kommune == "Detmold" && byFile.findings.isEmpty && byFile.umsetzung.count == 1)

        let none = Self.map([WS.sheet("Tabelle1", bare)], file: "status.xlsx")
        #expect(none.kommune == nil && none.umsetzung.isEmpty)
        #expect(none.findings.map(\.severity) == [.error])
        #expect(none.findings.first?.message.contains("nennt keine Kommune") == true)
        #expect(none.ingestBatch.umsetzung.isEmpty)
    }

    @Test("a cover naming no member council is an error naming the cell; an unreadable prefill time a warning")
    func cover() {
        let hinweise = WS.sheet("Hinweise", [["Angabe", "Inhalt"], ["Für", "Lemgow"], ["Vorbelegt am", "gestern"]])
        let status = WS.sheet("Umsetzungsstand", [Self.header, ["99107023017000", 10092, "Wohngeld Bewilligung", "online"]])
        let r = Self.map([hinweise, status], file: "lemgo.xlsx")
        #expect(r.kommune == nil && r.umsetzung.isEmpty)
        #expect(r.findings.map { "\($0.sheet)!\($0.cell) \($0.severity)" } == ["Hinweise!B3 warning", "Hinweise!B2 error"])
        let ok = WS.sheet("Hinweise", [["Für", "Lemgo (Kreis Lippe)"], ["Vorbelegt am", "2026-11-30T08:00:00Z"]])
        let r2 = Self.map([ok, status], file: "x.xlsx")
        #expect(r2.kommune == "Lemgo" && r2.statusVorbelegtAm == "2026-11-30T08:00:00Z" && r2.findings.isEmpty)
        #expect(r2.ingestBatch.statusVorbelegtAm == "2026-11-30T08:00:00Z")
    }

    @Test("what clerks write: numbers, Stufe, Fallzahl with separators and words, a Reifegrad header naming model 1.1")
    func values() {
        var h = Self.header
        h[6] = "Reifegrad (Modell 1.1: 0–4)"
        let rows: [[Any?]] = [
            h,
            ["99107023017000", 10092, "Wohngeld Bewilligung", "in Betrieb", "https://x.example.de", "Einer für Alle", "Stufe 4", "rund 1 200", "Dezember 2026"],
            ["99107023001000", 10092, "Wohngeld Information", "n.z.", nil, nil, 5.0, 12.5, nil],
        ]
        let r = Self.map([WS.sheet("Status", rows)], file: "lemgo-status.xlsx", relevant: true)
        #expect(r.umsetzung.count == 2)
        let a = r.umsetzung[0]
        #expect(a.stand == .online && a.loesungsart == .efa && a.reifegrad == ReifegradAngabe(stufe: 4, modell: .v1_1))
        #expect(a.fallzahl == 1200 && a.geplantBisDatum == CalendarDate(year: 2026, month: 12, day: 31))
        #expect(r.umsetzung[1].stand == .nichtZustaendig && r.umsetzung[1].reifegrad == nil && r.umsetzung[1].fallzahl == nil)
        // 5 is beyond 1.1 (header wins over the configured 2.0); 12,5 is no count; n. z. for a relevant Leistung.
        #expect(r.findings.map { "\($0.cell) \($0.severity)" } == ["D3 warning", "G3 error", "H3 error"])
    }

    @Test("parsers: Fallzahl, Stufe, bare years, council names")
    func parsers() {
        for (text, n) in [("1200", 1200), ("1.200", 1200), ("ca. 1.200", 1200), ("~ 1200", 1200), ("1200 pro Jahr", 1200), ("12.000.000", 12_000_000)] {
            #expect(WorkingSheetMapper.fallzahl(.text(text)) == n, "\(text)")
        }
        for text in ["12,5", "-3", "viele", "1.20", "1200 Anträge und mehr"] { #expect(WorkingSheetMapper.fallzahl(.text(text)) == nil, "\(text)") }
        #expect(WorkingSheetMapper.fallzahl(.number(-1)) == nil && WorkingSheetMapper.fallzahl(.number(30)) == 30)
        for (text, n) in [("3", 3), ("Stufe 2", 2), ("RG 1", 1), ("3 - Online-Leistung", 3), ("3 (2.0)", 3)] {
            #expect(WorkingSheetMapper.stufe(.text(text)) == n, "\(text)")
        }
        for text in ["3,5", "hoch", ""] { #expect(WorkingSheetMapper.stufe(.text(text)) == nil, "\(text)") }
        #expect(WorkingSheetMapper.year(.text("2027")) == 2027 && WorkingSheetMapper.year(.number(2027)) == 2027)
        #expect(WorkingSheetMapper.year(.text("Q3/2027")) == nil)
        #expect(WorkingSheetMapper.kommune(in: "Bad Salzuflen (Kreis Lippe)", Self.kommunen, whole: true) == "Bad Salzuflen")
        #expect(WorkingSheetMapper.kommune(in: "Bad Salzuflen und Lemgo", Self.kommunen, whole: true) == nil)
        #expect(WorkingSheetMapper.kommune(in: "kommunen-matrix-Bad-Salzuflen", Self.kommunen, whole: false) == "Bad Salzuflen")
        for (text, stand) in [("i.P.", Umsetzungsstand.inPlanung), ("i. U.", .inUmsetzung), ("in Bearb.", .inUmsetzung), ("nicht zust.", .nichtZustaendig)] {
            #expect(Umsetzungsstand.parse(text) == stand, "\(text)")
        }
    }

    @Test("a roadmap sheet with Umsetzungsstand and Lösung stays a roadmap")
    func roadmapStaysRoadmap() {
        let rows: [[Any?]] = [
            ["OZG-ID", "LeiKa-Schlüssel", "Leistungsbezeichnung", "Vorhaben", "Lösung", "Umsetzungsstand", "Priorität", "Ende"],
            [10092, "99107023017000", "Wohngeld Bewilligung", "Wohngeld online", "EfA", "geplant", 1, "Q4/2026"],
        ]
        let r = Self.map([WS.sheet("Umsetzungsplanung", rows)], file: "plan.xlsx")
        #expect(r.kommune == nil && r.umsetzung.isEmpty && r.vorhaben.count == 1)
    }
}
