import OZGDomain
import OZGSpreadsheet

extension WorkingSheetTemplate {
    static func umsetzungSheet(rows: [Einzelleistung], kommunaltypen: KommunaltypSet, content: Content) -> Sheet {
        let roles = WorkingSheetLayout.roadmapColumns
        var out: [Row] = [WorkingSheetLayout.headerRow(roles.map(\.header))]
        let ozgIds = Set(rows.map(\.ozgId))
        var byID: [EinzelleistungID: Einzelleistung] = [:]
        var byOzg: [Int: Einzelleistung] = [:]
        for e in rows {
            byID[e.id] = e
            if byOzg[e.ozgId] == nil { byOzg[e.ozgId] = e }
        }
        let vorhaben = content.vorhaben.filter { ozgIds.contains($0.ozgId) }
        var planned = Set<EinzelleistungID>()
        for v in vorhaben {
            let e = v.einzelleistung.flatMap { byID[$0] }
            if let id = v.einzelleistung { planned.insert(id) }
            out.append(roadmapRow(index: out.count, roles: roles, ozgId: v.ozgId, leistung: byOzg[v.ozgId]?.ozgLeistung, entry: e, vorhaben: v))
        }
        // Relevant Einzelleistungen without a Vorhaben get a line to fill in.
        var relevant = Set<EinzelleistungID>()
        for v in content.knownVerdicts where v.relevanz.isRelevant { relevant.insert(v.einzelleistung) }
        for e in rows where relevant.contains(e.id) && !planned.contains(e.id) {
            out.append(roadmapRow(index: out.count, roles: roles, ozgId: e.ozgId, leistung: e.ozgLeistung, entry: e, vorhaben: nil))
        }
        let last = out.count - 1 + content.blankRoadmapRows
        var layout = SheetLayout()
        for (col, role) in roles.enumerated() { layout.columnWidths[col] = WorkingSheetLayout.width(role) }
        layout.frozen = FrozenPane(rows: 1, columns: (roles.firstIndex(of: .bezeichnung) ?? -1) + 1)
        layout.autoFilter = CellRange(rows: 0...max(out.count - 1, 1), columns: 0...(roles.count - 1))
        layout.print = PrintSetup(landscape: true, repeatRows: 0...0, fitToWidth: 1)
        func list(_ role: ColumnRole, _ values: [String], strict: Bool = true) {
            guard let col = roles.firstIndex(of: role), last >= 1 else { return }
            layout.validations.append(ListValidation(range: CellRange(rows: 1...last, columns: col...col), values: values, strict: strict))
        }
        // Lösungsansatz: other approaches are allowed, so the list only warns.
        list(.loesungsansatz, CellParsers.loesungsansaetze, strict: false)
        // Status and Reifegrad: the reader accepts more spellings, so the lists warn and say so.
        func warning(_ role: ColumnRole, _ values: [String], _ title: String, _ accepted: String) {
            guard let col = roles.firstIndex(of: role), last >= 1 else { return }
            layout.validations.append(
                ListValidation.warning(CellRange(rows: 1...last, columns: col...col), values: values, title: title, accepted: accepted))
        }
        warning(.status, WorkingSheetLayout.statusValues, "Status", "Gelesen werden auch: in Arbeit, erledigt, fertig, pausiert, verschoben.")
        warning(.reifegradIst, CellParsers.reifegradLabels, "Reifegrad Ist", "Gelesen wird auch die Zahl allein (0 bis 4).")
        warning(.reifegradZiel, CellParsers.reifegradLabels, "Reifegrad Ziel", "Gelesen wird auch die Zahl allein (0 bis 4).")
        list(.prioritaet, ["1", "2", "3", "4", "5"], strict: false)
        return Sheet(name: WorkingSheetLayout.umsetzungSheet, rows: out, layout: layout)
    }

    static func roadmapRow(
        index: Int, roles: [ColumnRole], ozgId: Int, leistung: String?, entry: Einzelleistung?, vorhaben v: Umsetzungsvorhaben?
    ) -> Row {
        var cells: [Cell] = []
        for (col, role) in roles.enumerated() {
            let value: CellValue
            var format: NumberFormat?
            var style = WorkingSheetLayout.inputStyle
            switch role {
            case .ozgId: value = .number(Double(ozgId)); format = .integer; style = WorkingSheetLayout.keyStyle
            case .ozgLeistung: value = leistung.map(CellValue.text) ?? .empty; style = WorkingSheetLayout.keyStyle
            case .leika:
                value = entry.map { .text($0.leikaDisplay) } ?? .empty
                format = .text
                style = WorkingSheetLayout.keyStyle
            case .bezeichnung: value = entry.map { .text($0.bezeichnung) } ?? .empty; style = WorkingSheetLayout.keyWrapStyle
            case .titel: value = v.map { .text($0.titel) } ?? .empty
            case .loesungsansatz: value = v?.loesungsansatz.map(CellValue.text) ?? .empty
            case .verantwortlich: value = v?.verantwortlich.map(CellValue.text) ?? .empty
            case .start: value = v?.start.map(CellValue.date) ?? .empty; format = .germanDate
            case .ende: value = v?.ende.map(CellValue.date) ?? .empty; format = .germanDate
            case .status: value = v.map { .text($0.status.rawValue) } ?? .empty
            case .reifegradIst: value = v?.reifegradIst.map { .text($0.description) } ?? .empty
            case .reifegradZiel: value = v?.reifegradZiel.map { .text($0.description) } ?? .empty
            case .prioritaet: value = v?.prioritaet.map { .number(Double($0)) } ?? .empty
            case .notiz: value = v?.notiz.map(CellValue.text) ?? .empty; style = WorkingSheetLayout.inputWrapStyle
            default: value = .empty
            }
            cells.append(Cell(column: col, value: value, format: format, style: style))
        }
        return Row(index: index, cells: cells)
    }

    static func hinweiseSheet(themenfeld: String?, kommunaltypen: KommunaltypSet, content: Content, rowCount: Int) -> Sheet {
        var lines: [[CellValue]] = []
        var styles: [Int: CellStyle] = [0: WorkingSheetLayout.titleStyle]
        lines.append([.text(content.title)])
        if content.isSampleData {
            styles[lines.count] = WorkingSheetLayout.sampleStyle
            lines.append([.text("Beispieldaten – die Bewertungen in dieser Datei sind erfunden und dienen nur der Erprobung.")])
        }
        lines.append([])
        lines.append([.text("Themenfeld"), .text(themenfeld ?? "alle Themenfelder (Gesamtliste)")])
        lines.append([.text("Themenpate"), content.pate.map(CellValue.text) ?? .text("—")])
        lines.append([.text("Stand"), content.stand.map(CellValue.date) ?? .text("—")])
        lines.append([.text("Einzelleistungen"), .number(Double(rowCount))])
        lines.append([.text("Kommunaltypen"), .text(kommunaltypen.names.joined(separator: ", "))])
        lines.append([])
        let instructionsStart = lines.count
        lines.append([.text("So füllen Sie den Bogen aus")])
        for t in [
            "1. Blatt „Bewertung“: Prüfen Sie jede Einzelleistung für jeden Kommunaltyp und wählen Sie in der Spalte des Kommunaltyps einen Wert aus der Liste. Andere Schreibweisen (siehe unten) nimmt die Zelle nach einer Warnung an.",
            "2. Die grau hinterlegten Spalten (Themenfeld bis LeiKa-Typ) sind geschützt: Sie bestimmen die Leistung und dürfen nicht geändert werden. Filtern, Sortieren und Spaltenbreiten ändern sind erlaubt; meldet Excel beim Sortieren den Blattschutz, heben Sie ihn auf (Überprüfen › Blattschutz aufheben, ohne Kennwort).",
            "3. Zuständigkeit, Anmerkung, geprüft von und geprüft am sind freie Felder. Eigene Spalten dürfen Sie rechts anfügen; sie bleiben erhalten.",
            "4. Blatt „Umsetzungsplanung“: je relevante Leistung ein Vorhaben mit Lösungsansatz, Verantwortlichen, Start, Ende, Status und Reifegrad.",
            "5. Daten bitte als Datum eingeben (31.12.2022); Quartale wie Q3/2022 werden als Quartalsende gelesen.",
            "6. Senden Sie die Datei als .xlsx oder .ods zurück. Jeder Wert, der nicht gelesen werden kann, wird Ihnen mit Zelle gemeldet.",
        ] { lines.append([.text(t)]) }
        lines.append([])
        let legendStart = lines.count
        lines.append([.text("Wert"), .text("Bedeutung")])
        lines.append([.text("ja"), .text("Die Leistung ist für diesen Kommunaltyp relevant (auch: x, ✓, 1, WAHR).")])
        lines.append([.text("nein"), .text("Die Leistung ist für diesen Kommunaltyp nicht relevant (auch: -, 0, FALSCH).")])
        lines.append([.text("teilweise"), .text("Nur zum Teil oder nur in manchen Kommunen relevant (auch: teilw., (x)).")])
        lines.append([.text("offen / leer"), .text("Noch nicht entschieden.")])
        lines.append([])
        let reifeStart = lines.count
        lines.append([.text("Reifegrad"), .text("Bedeutung")])
        for r in Reifegrad.allCases { lines.append([.text(r.description), .text(reifegradMeaning(r))]) }
        lines.append([])
        lines.append([.text("Status"), .text(WorkingSheetLayout.statusValues.joined(separator: ", "))])
        lines.append([.text("Lösungsansatz"), .text(CellParsers.loesungsansaetze.joined(separator: ", ") + " oder eigener Text")])
        for i in [instructionsStart] { styles[i] = .bold }
        for i in [legendStart, reifeStart] { styles[i] = .header }

        // A line alone in column A spans both columns and wraps, so it prints within the page.
        var layout = SheetLayout(columnWidths: [0: 22, 1: 90])
        let rows = lines.enumerated().compactMap { i, values -> Row? in
            let wide = values.count == 1 && i > 0 && values[0].plainText.count > 22
            let cells = values.enumerated().compactMap { col, v -> Cell? in
                if v.isEmpty { return nil }
                let format: NumberFormat? = { if case .date = v { return .germanDate }; return nil }()
                var style = styles[i] ?? CellStyle(vertical: .top)
                if wide || col == 1 { style.wrapText = true }
                return Cell(column: col, value: v, format: format, style: style)
            }
            if wide { layout.merges.append(CellRange(rows: i...i, columns: 0...1)) }
            let longest = values.last.map { $0.plainText.count } ?? 0
            let lines = wide ? (longest + 104) / 105 : (longest + 87) / 88
            return cells.isEmpty ? nil : Row(index: i, cells: cells, height: lines > 1 ? Double(lines) * 15 + 2 : nil)
        }
        layout.print = PrintSetup(landscape: false, fitToWidth: 1)
        return Sheet(name: WorkingSheetLayout.hinweiseSheet, rows: rows, layout: layout)
    }

    static func reifegradMeaning(_ r: Reifegrad) -> String {
        switch r {
        case .offline: return "Keine Online-Information, Verfahren nur vor Ort oder auf Papier."
        case .information: return "Informationen zur Leistung sind online."
        case .formularAssistent: return "Ein Formular kann online ausgefüllt werden, der Antrag geht aber noch auf Papier."
        case .onlineLeistung: return "Die Leistung wird vollständig online beantragt (OZG-Pflicht erfüllt)."
        case .onlineTransaktion: return "Vollständig digital einschließlich Bescheid, Nachweise aus Registern (Once-Only)."
        }
    }
}
