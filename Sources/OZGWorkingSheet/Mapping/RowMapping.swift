import OZGDomain
import OZGSpreadsheet

extension WorkingSheetMapper {
    /// Maps one data row; returns whether it counted as a data row (not a heading or note).
    func mapRow(
        _ row: Row, isBewertung: Bool, context: inout RowContext, result: inout WorkingSheetResult, state: inout MappingState
    ) -> Bool {
        let h = context.header
        let r = row.index
        func ref(_ c: Int) -> CellReference { CellReference(row: r, column: c) }
        func text(_ role: ColumnRole) -> String? {
            guard let c = h.column(of: role) else { return nil }
            let t = CellParsers.display(row.value(at: c)).trimmedWhitespace
            return t.isEmpty ? nil : t
        }

        // A heading inside the data ("Bauen & Wohnen" alone in a row) carries nothing to read.
        let filled = row.cells.filter { !$0.value.isEmpty }
        if filled.count == 1, case .text = filled[0].value, !h.roles.contains(where: { !$0.value.isKey && $0.key == filled[0].column }),
            h.extras[filled[0].column] == nil
        {
            return false
        }

        // What identifies the row.
        var key: LeikaKey?
        var identityProblem = false
        var markedNoKey = false
        var brokenCatalogKey: String?
        if let c = h.column(of: .leika) {
            switch CellParsers.leikaKey(row.value(at: c)) {
            case .empty: break
            case .noKey: markedNoKey = true
            case .key(let k): key = k
            case .invalid(let s):
                // The catalogue itself has a few broken keys; such a row is identified by its text.
                if let c2 = h.column(of: .ozgId), let id = CellParsers.ozgId(row.value(at: c2)), index.rowWithKeyText(s, ozgId: id) != nil {
                    brokenCatalogKey = s
                    break
                }
                context.error(
                    ref(c),
                    "„\(s)“ in \(ref(c).a1) ist kein gültiger LeiKa-Schlüssel (14 Ziffern, beginnend mit 99). "
                        + "Hat die Leistung keinen Schlüssel, schreiben Sie „nicht im LeiKa“.", raw: s)
                identityProblem = true
            }
        }
        var ozgId: Int?
        if let c = h.column(of: .ozgId), !row.value(at: c).isEmpty {
            if let id = CellParsers.ozgId(row.value(at: c)) {
                ozgId = id
            } else {
                let s = CellParsers.display(row.value(at: c))
                context.error(ref(c), "„\(s)“ in \(ref(c).a1) ist keine gültige OZG-ID (eine Zahl wie 10092).", raw: s)
                identityProblem = true
            }
        }
        let bezeichnung = text(.bezeichnung)
        let ozgLeistung = text(.ozgLeistung)

        let verdictColumns = h.kommunaltypColumns + h.kommuneColumns
        let inputColumns =
            verdictColumns.map(\.column) + Array(h.extras.keys)
            + h.roles.filter { !$0.value.isKey }.map(\.key)
        let firstInput = inputColumns.sorted().first { !row.value(at: $0).isEmpty }
        let hasIdentity = key != nil || ozgId != nil || bezeichnung != nil || identityProblem || markedNoKey || brokenCatalogKey != nil
        if !hasIdentity && firstInput == nil { return false }
        let hasRoadmap = h.roles.contains { $0.value.isRoadmap && !row.value(at: $0.key).isEmpty }

        // The catalogue row.
        var entry: Einzelleistung?
        var roadmapOzgId: Int?
        if let text = brokenCatalogKey, let e = index.rowWithKeyText(text, ozgId: ozgId) {
            entry = e
            roadmapOzgId = e.ozgId
        } else if !identityProblem {
            switch index.row(
                key: key, ozgId: ozgId, bezeichnung: bezeichnung, ozgLeistung: ozgLeistung, markedNoKey: markedNoKey,
                seen: &context.twinsSeen)
            {
            case .success(let i):
                let e = index.catalog.einzelleistungen[i]
                entry = e
                roadmapOzgId = e.ozgId
            case .failure(let miss):
                if !isBewertung, key == nil, let ozgId, index.firstOfOzgId(ozgId) != nil {
                    // A roadmap line for a whole OZG-Leistung.
                    roadmapOzgId = ozgId
                } else {
                    report(miss, row: row, key: key, firstInput: firstInput, context: &context)
                }
            }
        }

        let provenanceID = entry?.id
        if isBewertung {
            mapVerdicts(row, entry: entry, context: &context, result: &result, state: &state)
            if let id = provenanceID {
                for (col, name) in h.extras.sorted(by: { $0.key < $1.key }) {
                    let v = row.value(at: col)
                    if !v.isEmpty {
                        result.extraColumns.add(
                            column: name, id: id, text: CellParsers.display(v),
                            provenance: context.provenance(CellReference(row: row.index, column: col)))
                    }
                }
            }
            var note = provenanceID.map { RowAnnotation(einzelleistung: $0) }
            note?.zustaendigkeit = text(.zustaendigkeit)
            note?.anmerkung = text(.anmerkung)
            note?.geprueftVon = text(.geprueftVon)
            if let c = h.column(of: .geprueftAm) {
                let d = date(row.value(at: c), at: ref(c), edge: .end, context: &context)
                note?.geprueftAm = d
            }
            if let note, !note.isEmpty { result.annotations.append(note) }
        }
        if hasRoadmap, let ozg = roadmapOzgId {
            mapVorhaben(row, entry: entry, ozgId: ozg, context: &context, result: &result, state: &state)
        } else if hasRoadmap, !isBewertung {
            // Findings about the identity were written above; still check the values.
            mapVorhaben(row, entry: nil, ozgId: nil, context: &context, result: &result, state: &state)
        }
        return true
    }

    func report(_ miss: CatalogIndex.Miss, row: Row, key: LeikaKey?, firstInput: Int?, context: inout RowContext) {
        let h = context.header
        let r = row.index
        let keyRef = CellReference(row: r, column: h.column(of: .leika) ?? h.column(of: .ozgId) ?? firstInput ?? 0)
        let nameRef = CellReference(row: r, column: h.column(of: .bezeichnung) ?? h.column(of: .ozgId) ?? firstInput ?? 0)
        switch miss {
        case .unknownKey(let k):
            context.error(
                keyRef, "Den LeiKa-Schlüssel \(k.digits) in \(keyRef.a1) gibt es im OZG-Katalog nicht. Bitte prüfen Sie den Schlüssel.",
                raw: k.digits)
        case .keyNotUnderOzgId(let k, let id, let actual):
            let ids = Array(Set(actual)).sorted().map(String.init).joined(separator: ", ")
            context.error(
                keyRef,
                "Der LeiKa-Schlüssel \(k.digits) in \(keyRef.a1) gehört im OZG-Katalog nicht zur OZG-ID \(id), sondern zu \(ids).",
                raw: k.digits)
        case .ambiguousKey(let k, let ids):
            let list = ids.map(String.init).joined(separator: ", ")
            context.error(
                keyRef,
                "Der LeiKa-Schlüssel \(k.digits) in \(keyRef.a1) steht im OZG-Katalog unter mehreren OZG-Leistungen (OZG-ID \(list)). "
                    + "Bitte tragen Sie die OZG-ID ein.", raw: k.digits)
        case .unknownName(let name, let id):
            let idText = id.map { " unter der OZG-ID \($0)" } ?? ""
            context.error(
                nameRef,
                "Die Leistung „\(name)“ in \(nameRef.a1) ohne LeiKa-Schlüssel gibt es\(idText) im OZG-Katalog nicht. "
                    + "Bitte prüfen Sie Bezeichnung und OZG-ID.", raw: name)
        case .ambiguousName(let name):
            context.error(
                nameRef,
                "Die Leistung „\(name)“ in \(nameRef.a1) gibt es im OZG-Katalog mehrfach. Bitte tragen Sie den LeiKa-Schlüssel "
                    + "oder die OZG-ID ein.", raw: name)
        case .nothing:
            let at = CellReference(row: r, column: firstInput ?? 0)
            // Name exactly what is missing in this row, and which columns the sheet lacks.
            var missing: [String] = []
            var absentColumns: [String] = []
            for role in [ColumnRole.leika, .ozgId, .bezeichnung] {
                guard let c = h.column(of: role) else {
                    missing.append(role.header)
                    absentColumns.append(role.header)
                    continue
                }
                if row.value(at: c).isEmpty || (role == .leika && key == nil) { missing.append(role.header) }
            }
            let list = missing.count > 1 ? missing.dropLast().joined(separator: ", ") + " und " + missing[missing.count - 1] : missing.joined()
            var message = "In Zeile \(r + 1) stehen Angaben, aber keine bestimmbare Leistung: Es "
                + (missing.count == 1 ? "fehlt " : "fehlen ") + list + "."
            if missing.count == 1 && missing[0] == ColumnRole.bezeichnung.header {
                message += " Die OZG-ID allein bestimmt keine Einzelleistung."
            }
            if !absentColumns.isEmpty {
                message += " Das Blatt hat keine erkannte Spalte für " + absentColumns.map { "„\($0)“" }.joined(separator: ", ") + "."
            }
            context.error(at, message)
        }
    }

    private func mapVerdicts(
        _ row: Row, entry: Einzelleistung?, context: inout RowContext, result: inout WorkingSheetResult, state: inout MappingState
    ) {
        let h = context.header
        let columns = h.kommunaltypColumns.map { ($0.column, $0.name, false) } + h.kommuneColumns.map { ($0.column, $0.name, true) }
        for (col, name, isKommune) in columns {
            let value = row.value(at: col)
            if value.isEmpty { continue }
            let at = CellReference(row: row.index, column: col)
            let raw = CellParsers.display(value)
            if case .error(let e) = value {
                context.error(at, "Die Zelle \(at.a1) (\(name)) enthält den Fehlerwert „\(e)“ statt einer Bewertung.", raw: e)
                continue
            }
            guard let relevanz = CellParsers.relevanz(value) else {
                context.error(
                    at,
                    "Der Wert „\(raw)“ in \(at.a1) (\(name)) ist keine gültige Bewertung. Erlaubt sind: ja, nein, teilweise oder leer.",
                    raw: raw)
                continue
            }
            guard relevanz != .offen, let entry else { continue }
            if isKommune {
                result.exceptions.append(
                    KommuneException(
                        kommune: name, einzelleistung: entry.id, relevanz: relevanz, note: nil, provenance: context.provenance(at)))
                continue
            }
            let slot = VerdictSlot(id: entry.id, kommunaltyp: name)
            if let first = state.seen[slot] {
                if first.relevanz != relevanz {
                    let whereFirst = first.sheet == context.sheet ? first.cell : "\(first.sheet)!\(first.cell)"
                    context.error(
                        at,
                        "Die Leistung „\(entry.bezeichnung)“ ist für „\(name)“ in \(at.a1) mit „\(relevanz.rawValue)“ bewertet, "
                            + "in \(whereFirst) aber mit „\(first.relevanz.rawValue)“. Keine der beiden Bewertungen wurde übernommen; "
                            + "bitte entscheiden Sie sich.", raw: raw)
                    state.conflicts.insert(slot)
                }
                continue
            }
            state.seen[slot] = (context.sheet, at.a1, relevanz)
            result.verdicts.append(
                Verdict(
                    einzelleistung: entry.id, kommunaltyp: name, relevanz: relevanz, raw: raw,
                    provenance: context.provenance(at)))
        }
    }

    /// A date cell, with a finding when it is not one; `nil` when empty or invalid.
    func date(_ value: CellValue, at: CellReference, edge: DateParser.PeriodEdge, context: inout RowContext) -> CalendarDate? {
        switch DateParser.parse(value, edge: edge) {
        case .empty: return nil
        case .date(let d, let warning):
            if let warning { context.warning(at, warning + " (Zelle \(at.a1))", raw: CellParsers.display(value)) }
            return d
        case .invalid:
            let raw = CellParsers.display(value)
            context.error(
                at, "„\(raw)“ in \(at.a1) ist kein Datum. Erlaubt sind zum Beispiel 31.12.2022, 2022-12 oder Q3/2022.", raw: raw)
            return nil
        }
    }
}
