import OZGDomain
import OZGSpreadsheet

/// The council pack's input sheet `Umsetzungsstand` (``StatusSheet``): every Einzelleistung
/// relevant to the council, the key columns locked, then what the council offers today, with
/// drop-downs that warn rather than refuse. Prefilled with the council's own last answer, or
/// where it has none with what the federal dashboard lists as online (with a note saying so).
extension KommunenPack {
    /// The Reifegrad model of the sheet: the workspace's setting.
    var reifegradModell: ReifegradModell { model.settings.reifegradModellOderStandard }

    /// The time the prefill stands for: the latest ingest of any status row the model holds
    /// (ISO 8601 instant), `nil` when it holds none. A stored row written later is one the council
    /// has not seen; the ingest then records a conflict instead of overwriting it. Taken from the
    /// data rather than the clock, so the same model makes the same pack.
    var vorbelegtAm: String? {
        model.umsetzung.compactMap { $0.provenance?.ingestedAt }.max()
    }

    static func statusColumns(_ m: ReifegradModell) -> [ReportColumn] {
        typealias C = StatusSheet.Column
        return [
            ReportColumn(C.leika.header, width: 16), ReportColumn(C.ozgId.header, kind: .integer, width: 8),
            ReportColumn(C.leistung.header, kind: .paragraph, width: 40), ReportColumn(C.themenfeld.header, kind: .paragraph, width: 16),
            ReportColumn(C.relevanz.header, kind: .verdict, width: 11),
            ReportColumn(
                C.stand.header, width: 15,
                input: ReportInput(
                    values: Umsetzungsstand.allCases.map(\.label),
                    accepted: "Gelesen werden auch: geplant, in Bearbeitung, umgesetzt, online seit 2023, n. z.")),
            ReportColumn(C.url.header, kind: .paragraph, width: 28, input: .free),
            ReportColumn(C.loesung.header, kind: .paragraph, width: 20, input: .free),
            ReportColumn(
                C.loesungsart.header, width: 18,
                input: ReportInput(
                    values: Loesungsart.allCases.map(\.label), accepted: "Gelesen werden auch: Einer für Alle, Land, RZ, Produkt, eigen.")),
            ReportColumn(
                StatusSheet.reifegradHeader(m), width: 13,
                input: ReportInput(values: m.stufen.map(String.init), accepted: "Stufen des Reifegradmodells \(m.rawValue): 0 bis \(m.hoechsteStufe).")),
            ReportColumn(
                C.prioritaet.header, width: 10,
                input: ReportInput(values: Prioritaet.allCases.map(\.label), accepted: "Gelesen werden auch: h, m, n, 1, 2, 3.")),
            ReportColumn(C.fallzahl.header, kind: .integer, width: 10, input: .free),
            ReportColumn(C.geplantBis.header, width: 12, input: .free),
            ReportColumn(C.ansprechpartner.header, kind: .paragraph, width: 18, input: .free),
            ReportColumn(C.anmerkung.header, kind: .paragraph, width: 30, input: .free),
        ]
    }

    /// The status table: one row per relevant Einzelleistung, prefilled with what is known.
    func statusTable() -> ReportTable {
        let m = reifegradModell
        let catalog = model.catalog.einzelleistungen
        var rows: [ReportRow] = []
        rows.reserveCapacity(counts.relevant.count)
        func text(_ s: String?) -> ReportValue { s.map(ReportValue.text) ?? .empty }
        for (i, relevanz) in counts.relevant {
            let e = catalog[i]
            var cells: [ReportValue] = [
                .text(e.leikaDisplay), .integer(e.ozgId), .text(e.bezeichnung), .text(e.themenfeld), .verdict(relevanz.rawValue),
            ]
            if let s = model.status(e.id, kommune: kommune.name, quelle: .kommune) {
                cells += [
                    .text(s.stand.label), text(s.url), text(s.loesung), text(s.loesungsart?.label),
                    s.reifegrad.flatMap { $0.modell == m ? ReportValue.integer($0.stufe) : nil } ?? .empty,
                    text(s.prioritaet?.label), s.fallzahl.map(ReportValue.integer) ?? .empty, text(s.geplantBis),
                    text(s.ansprechpartner), text(s.anmerkung),
                ]
            } else if let d = model.status(e.id, kommune: kommune.name, quelle: .dashboard), d.isOnline {
                let note = "Laut Dashboard Digitale Verwaltung online" + (d.datenstand.map { " (Datenstand \($0))" } ?? "")
                    + "; bitte prüfen."
                cells += [.text(d.stand.label), text(d.url), text(d.loesung), text(d.loesungsart?.label), .empty, .empty, .empty, .empty, .empty,
                    .text(note)]
            } else {
                cells += Array(repeating: .empty, count: 10)
            }
            rows.append(ReportRow(cells))
        }
        return ReportTable(title: "Umsetzungsstand von \(kommune.name)", columns: KommunenPack.statusColumns(m), rows: rows, frozenColumns: 3)
    }

    /// The notes under the status table.
    func statusNotes() -> [String] {
        let m = reifegradModell
        return [
            "Reifegrad nach \(m.beschreibung): 0 offline bis \(m.hoechsteStufe) "
                + (m == .v1_1 ? "(Online-Transaktion, Once-Only)." : "(höchste Stufe des Modells 2.0)."),
            "Die Spalten LeiKa-Schlüssel bis Relevanz sind geschützt; alle anderen füllen Sie aus. Vorbelegte Werte stammen aus Ihrer "
                + "letzten Rückmeldung oder, als Anmerkung gekennzeichnet, aus dem Dashboard Digitale Verwaltung.",
        ]
    }

    /// How to fill in the status sheet, for the cover sheet.
    func statusRequest() -> String {
        let m = reifegradModell
        return "Bitte tragen Sie auf dem Blatt „\(StatusSheet.sheetName)“ je Leistung ein, was Ihre Verwaltung heute anbietet, "
            + "den Reifegrad nach dem \(m.beschreibung). Werte aus den Auswahllisten; die Fallzahl gern ungefähr („ca. 1.200“), "
            + "„geplant bis“ als Datum, Quartal (Q3/2027) oder Jahr. Vorbelegtes bitte prüfen. „\(StatusSheet.kommuneLabel)“ und "
            + "„\(StatusSheet.vorbelegtLabel)“ bitte nicht ändern: Sie ordnen Ihre Rückmeldung zu."
    }
}
