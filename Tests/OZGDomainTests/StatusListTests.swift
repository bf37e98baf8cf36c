import Foundation
import Testing

@testable import OZGDomain
import OZGSpreadsheet

/// The model's compact status list gives back exactly the statuses put in.
@Suite("StatusList")
struct StatusListTests {
    /// Statuses with every field set, every field missing, and mixtures: several councils,
    /// files and sources, texts repeated down the rows as clerks repeat them.
    static func statuses() -> [KommuneStatus] {
        let ids = ["99012003012000@10515", "99108022000000@10515", "99107023017000@10092"].compactMap(EinzelleistungID.init(key:))
        var out: [KommuneStatus] = []
        for (n, kommune) in ["Lemgo", "Detmold", "Kreis Lippe"].enumerated() {
            for (i, id) in ids.enumerated() {
                let full = KommuneStatus(
                    kommune: kommune, einzelleistung: id, quelle: .kommune, stand: Umsetzungsstand.allCases[(n + i) % 5],
                    url: "https://service.example.org/\(kommune)/\(i)", loesung: "Serviceportal", loesungsart: Loesungsart.allCases[i % 5],
                    reifegrad: ReifegradAngabe(stufe: 7 - i, modell: i == 1 ? .v1_1 : .v2_0), prioritaet: Prioritaet.allCases[i % 3],
                    fallzahl: i == 2 ? 0 : 1_200 * (n + 1), geplantBis: "Q3/2027",
                    geplantBisDatum: CalendarDate(year: 2027, month: 9, day: 30), ansprechpartner: "Fachdienst \(n)",
                    anmerkung: i == 0 ? "seit 2023" : nil,
                    provenance: Provenance(file: "rueck/\(kommune).xlsx", sheet: "Umsetzungsstand", cell: "F\(6 + i)",
                        sha256: String(repeating: "\(n)", count: 64), ingestedAt: "2026-12-01T10:0\(n):00Z"))
                out.append(full)
                out.append(KommuneStatus(kommune: kommune, einzelleistung: id, quelle: .dashboard, stand: .offen))
                out.append(KommuneStatus(
                    kommune: kommune, einzelleistung: id, quelle: .dashboard, stand: .online, url: "www.\(kommune).de",
                    fallzahl: -3, geplantBisDatum: CalendarDate(year: 9_999, month: 12, day: 31), datenstand: "2026-11-03",
                    flaechendeckung: "landesweit",
                    provenance: Provenance(file: "pvog.csv", sheet: "", cell: "", sha256: "", ingestedAt: "")))
            }
        }
        return out
    }

    @Test("every status reads back as it was put in, in order; JSON as an array of statuses")
    func roundTrip() throws {
        let all = Self.statuses()
        let list = StatusList(all)
        #expect(list.count == all.count)
        #expect(Array(list) == all)
        for i in all.indices {
            #expect(list.kommune(at: i) == all[i].kommune && list.einzelleistung(at: i) == all[i].einzelleistung)
            #expect(list.quelle(at: i) == all[i].quelle && list.stand(at: i) == all[i].stand)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(list) == encoder.encode(all))
        #expect(try JSONDecoder().decode(StatusList.self, from: encoder.encode(all)) == list)
        #expect(list != StatusList(all.dropLast()) && list != StatusList(all.reversed()))
    }

    @Test("a council's status is found by council, Einzelleistung and source; reordering moves whole rows")
    func lookupAndReorder() throws {
        let all = Self.statuses()
        var list = StatusList(all)
        let slots = list.slots()
        for (i, s) in all.enumerated() where s.quelle == .kommune {
            #expect(list.position(of: s.einzelleistung, kommune: s.kommune, quelle: .kommune, in: slots) == i)
        }
        let id = all[0].einzelleistung
        // Two dashboard rows per slot: the last one counts.
        #expect(list.position(of: id, kommune: "Lemgo", quelle: .dashboard, in: slots) == 2)
        #expect(list.position(of: id, kommune: "Bünde", quelle: .kommune, in: slots) == nil)
        let order = Array(all.indices.reversed())
        list.reorder(order)
        #expect(Array(list) == order.map { all[$0] })
        var model = DomainModel()
        model.umsetzung = StatusList(all)
        #expect(model.status(id, kommune: "Detmold") == all[9])
        #expect(model.status(id, kommune: "Detmold", quelle: .dashboard)?.stand == .online)
    }
}
