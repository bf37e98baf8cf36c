import OZGSpreadsheet

/// The Prüfbericht sent back to a Pate: the findings of one file, and the original sheets with
/// the problematic cells marked.
///
/// Sheet `Prüfbericht` lists Zelle, Blatt, Schweregrad, Meldung and Wert; then each original
/// sheet that has findings follows as a copy with errors filled red and warnings yellow, under
/// the name `Original <sheet>` (shortened to Excel's 31 characters).
public enum Pruefbericht {
    public static let errorFill = RGBColor(0xFFC7CE)
    public static let warningFill = RGBColor(0xFFEB9C)

    public static func workbook(original: Workbook, findings: [Finding], file: String) -> Workbook {
        var rows: [Row] = []
        rows.append(Row(index: 0, cells: [Cell(column: 0, value: .text("Prüfbericht für \(file)"), style: WorkingSheetLayout.titleStyle)]))
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        let summary =
            findings.isEmpty
            ? "Keine Beanstandungen: alle Werte wurden verstanden."
            : "\(errors) Fehler und \(warnings) Warnungen. Fehler wurden nicht übernommen; bitte korrigieren Sie die markierten Zellen und senden Sie die Datei erneut."
        rows.append(Row(index: 1, cells: [Cell(column: 0, value: .text(summary))]))
        rows.append(WorkingSheetLayout.headerRow(["Zelle", "Blatt", "Schweregrad", "Meldung", "Wert"], index: 3))
        for (i, f) in findings.enumerated() {
            let fill = f.severity == .error ? errorFill : warningFill
            let sev = CellStyle(fillColor: fill)
            rows.append(
                Row(
                    index: 4 + i,
                    cells: [
                        Cell(column: 0, value: .text(f.cell)), Cell(column: 1, value: .text(f.sheet)),
                        Cell(column: 2, value: .text(f.severity.german), style: sev),
                        Cell(column: 3, value: .text(f.message), style: CellStyle(wrapText: true, vertical: .top)),
                        Cell(column: 4, value: f.raw.map(CellValue.text) ?? .empty),
                    ]))
        }
        var layout = SheetLayout(columnWidths: [0: 8, 1: 18, 2: 12, 3: 90, 4: 24], frozen: FrozenPane(rows: 4, columns: 0))
        if !findings.isEmpty { layout.autoFilter = CellRange(rows: 3...(3 + findings.count), columns: 0...4) }
        var sheets = [Sheet(name: "Prüfbericht", rows: rows, layout: layout)]

        var used = Set(["Prüfbericht"])
        for sheet in original.sheets {
            let marks = findings.filter { $0.sheet == sheet.name }
            if marks.isEmpty { continue }
            var bySeverity: [CellReference: Finding.Severity] = [:]
            for f in marks {
                guard let ref = f.reference else { continue }
                if bySeverity[ref] != .error { bySeverity[ref] = f.severity }
            }
            var copy = sheet
            copy.info = SheetInfo(name: uniqueName("Original " + sheet.name, used: &used))
            copy.layout.isProtected = false
            copy.layout.validations = []
            copy.layout.charts = []
            for r in copy.rows.indices {
                let index = copy.rows[r].index
                var cells = copy.rows[r].cells
                for (ref, sev) in bySeverity where ref.row == index {
                    let fill = sev == .error ? errorFill : warningFill
                    if let c = cells.firstIndex(where: { $0.column == ref.column }) {
                        var style = cells[c].style ?? CellStyle()
                        style.fillColor = fill
                        cells[c].style = style
                    } else {
                        cells.append(Cell(column: ref.column, value: .empty, style: CellStyle(fillColor: fill)))
                    }
                }
                copy.rows[r].cells = cells.sorted { $0.column < $1.column }
            }
            sheets.append(copy)
        }
        return Workbook(sheets: sheets, properties: DocumentProperties(title: "Prüfbericht \(file)"))
    }

    /// A sheet name of at most 31 characters, unique in the workbook.
    static func uniqueName(_ base: String, used: inout Set<String>) -> String {
        var name = String(base.prefix(31))
        var n = 2
        while used.contains(name) {
            let suffix = " (\(n))"
            name = String(base.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        used.insert(name)
        return name
    }
}
