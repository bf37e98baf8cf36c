import OZGDomain
import OZGSpreadsheet

extension WorkingSheetMapper {
    /// Maps the roadmap columns of a row to an ``Umsetzungsvorhaben``; with `ozgId == nil` it only
    /// checks the values (the identity has a finding already).
    func mapVorhaben(
        _ row: Row, entry: Einzelleistung?, ozgId: Int?, context: inout RowContext, result: inout WorkingSheetResult,
        state: inout MappingState
    ) {
        let h = context.header
        let r = row.index
        func cell(_ role: ColumnRole) -> (CellReference, CellValue)? {
            guard let c = h.column(of: role) else { return nil }
            let v = row.value(at: c)
            return v.isEmpty ? nil : (CellReference(row: r, column: c), v)
        }
        func text(_ role: ColumnRole) -> String? {
            guard let (_, v) = cell(role) else { return nil }
            let t = CellParsers.display(v).trimmedWhitespace
            return t.isEmpty ? nil : t
        }
        var valid = true

        var status = VorhabenStatus.geplant
        if let (at, v) = cell(.status) {
            if let s = CellParsers.status(v) {
                status = s
            } else {
                let raw = CellParsers.display(v)
                context.error(
                    at, "Der Status „\(raw)“ in \(at.a1) ist unbekannt. Erlaubt sind: geplant, in Umsetzung, umgesetzt, zurückgestellt.",
                    raw: raw)
                valid = false
            }
        }
        func reifegrad(_ role: ColumnRole) -> Reifegrad? {
            guard let (at, v) = cell(role) else { return nil }
            if let g = CellParsers.reifegrad(v) { return g }
            let raw = CellParsers.display(v)
            context.error(
                at,
                "Der Reifegrad „\(raw)“ in \(at.a1) ist unbekannt. Erlaubt sind 0 bis 4: 0 Offline, 1 Information, "
                    + "2 Formular-Assistent, 3 Online-Leistung, 4 Online-Transaktion.", raw: raw)
            valid = false
            return nil
        }
        let ist = reifegrad(.reifegradIst)
        let ziel = reifegrad(.reifegradZiel)
        var prioritaet: Int?
        if let (at, v) = cell(.prioritaet) {
            prioritaet = CellParsers.prioritaet(v)
            if prioritaet == nil {
                let raw = CellParsers.display(v)
                context.error(
                    at, "Die Priorität „\(raw)“ in \(at.a1) ist unbekannt. Erlaubt sind 1 bis 9 oder hoch, mittel, niedrig.", raw: raw)
                valid = false
            }
        }
        var start: CalendarDate?
        var ende: CalendarDate?
        if let c = h.column(of: .start) {
            let at = CellReference(row: r, column: c)
            let v = row.value(at: c)
            start = date(v, at: at, edge: .start, context: &context)
            if start == nil && !v.isEmpty { valid = false }
        }
        if let c = h.column(of: .ende) {
            let at = CellReference(row: r, column: c)
            let v = row.value(at: c)
            ende = date(v, at: at, edge: .end, context: &context)
            if ende == nil && !v.isEmpty { valid = false }
            if let s = start, let e = ende, e < s {
                context.warning(
                    at, "Das Ende \(DateParser.german(e)) in \(at.a1) liegt vor dem Start \(DateParser.german(s)). Bitte prüfen Sie die Daten.")
            }
        }
        guard valid, let ozgId else { return }
        let titel = text(.titel) ?? entry?.bezeichnung ?? text(.ozgLeistung) ?? index.firstOfOzgId(ozgId)?.ozgLeistung ?? "OZG-ID \(ozgId)"
        let anchorColumn =
            h.column(of: .loesungsansatz) ?? h.column(of: .status) ?? h.column(of: .titel) ?? h.column(of: .ozgId) ?? 0
        let v = Umsetzungsvorhaben(
            einzelleistung: entry?.id, ozgId: ozgId, titel: titel, loesungsansatz: text(.loesungsansatz).map(CellParsers.loesungsansatz),
            verantwortlich: text(.verantwortlich), start: start, ende: ende, status: status, reifegradIst: ist,
            reifegradZiel: ziel, prioritaet: prioritaet, notiz: text(.notiz),
            provenance: context.provenance(CellReference(row: r, column: anchorColumn)))
        result.vorhaben.append(v)
    }
}
