import OZGSpreadsheet

/// The Prüfbericht sent back to a Pate: the findings of one file, and the original sheets with
/// the problematic cells marked.
///
/// Sheet `Prüfbericht` lists Zelle, Blatt, Schweregrad, Meldung and Wert; then each original
/// sheet that has findings follows as a copy with errors filled red and warnings yellow and the
/// messages as cell comments, under the name `Original <sheet>` (shortened to Excel's 31
/// characters). The title names the file, never its path on the server. The copies keep the
/// original column widths (columns without one get a width that fits their values); every sheet
/// prints on A4 landscape, one page wide, with title and page numbers; rows with long messages
/// are as high as their wrapped lines, so nothing overlaps in print.
public enum Pruefbericht {
    public static let errorFill = RGBColor(0xFFC7CE)
    public static let warningFill = RGBColor(0xFFEB9C)
    /// The author of the comments on marked cells.
    public static let commentAuthor = "OZGKit-Prüfung"
    static let messageWidth = 70.0

    public static func workbook(original: Workbook, findings: [Finding], file: String) -> Workbook {
        let name = fileName(file)
        var rows: [Row] = []
        rows.append(Row(index: 0, cells: [Cell(column: 0, value: .text("Prüfbericht für \(name)"), style: WorkingSheetLayout.titleStyle)]))
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
            let sev = CellStyle(fillColor: fill, vertical: .top)
            let top = CellStyle(vertical: .top)
            let lines = max(TextWrap.lines(f.message, width: messageWidth), TextWrap.lines(f.raw ?? "", width: 24))
            rows.append(
                Row(
                    index: 4 + i,
                    cells: [
                        Cell(column: 0, value: .text(f.cell), style: top), Cell(column: 1, value: .text(f.sheet), style: top),
                        Cell(column: 2, value: .text(f.severity.german), style: sev),
                        Cell(column: 3, value: .text(f.message), style: CellStyle(wrapText: true, vertical: .top)),
                        Cell(column: 4, value: f.raw.map(CellValue.text) ?? .empty, style: CellStyle(wrapText: true, vertical: .top)),
                    ],
                    height: lines > 1 ? Double(lines) * 15 + 2 : nil))
        }
        var layout = SheetLayout(
            columnWidths: [0: 8, 1: 18, 2: 12, 3: messageWidth, 4: 24], frozen: FrozenPane(rows: 4, columns: 0))
        if !findings.isEmpty { layout.autoFilter = CellRange(rows: 3...(3 + findings.count), columns: 0...4) }
        layout.print = .a4(title: "Prüfbericht für \(name)", landscape: true, repeatRows: 3...3)
        var sheets = [Sheet(name: "Prüfbericht", rows: rows, layout: layout)]

        var used = Set(["Prüfbericht"])
        for sheet in original.sheets {
            let marks = findings.filter { $0.sheet == sheet.name }
            if marks.isEmpty { continue }
            sheets.append(markedCopy(sheet, marks: marks, name: uniqueName("Original " + sheet.name, used: &used), file: name))
        }
        return Workbook(sheets: sheets, properties: DocumentProperties(title: "Prüfbericht \(name)", subject: "Prüfung von \(name)", author: "OZGKit"))
    }

    /// A copy of an original sheet: marked cells filled and commented, widths kept or fitted.
    static func markedCopy(_ sheet: Sheet, marks: [Finding], name: String, file: String) -> Sheet {
        var bySeverity: [CellReference: Finding.Severity] = [:]
        var messages: [CellReference: [String]] = [:]
        for f in marks {
            guard let ref = f.reference else { continue }
            if bySeverity[ref] != .error { bySeverity[ref] = f.severity }
            messages[ref, default: []].append("\(f.severity.german): \(f.message)")
        }
        var copy = sheet
        copy.info = SheetInfo(name: name)
        copy.layout.isProtected = false
        copy.layout.validations = []
        copy.layout.charts = []
        copy.layout.comments = messages.sorted { $0.key < $1.key }.map {
            CellComment(cell: $0.key, text: $0.value.joined(separator: "\n"), author: commentAuthor)
        }
        var fitted: [Int: Double] = [:]
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
            for cell in cells {
                let longest = cell.value.plainText.split(separator: "\n").map(\.count).max() ?? 0
                fitted[cell.column] = max(fitted[cell.column] ?? 8, min(70, Double(longest) + 2))
            }
        }
        // Rows with marks that the original did not have (marks on empty cells beyond the data).
        let existing = Set(copy.rows.map(\.index))
        for (ref, sev) in bySeverity where !existing.contains(ref.row) {
            copy.rows.append(Row(index: ref.row, cells: [Cell(column: ref.column, value: .empty, style: CellStyle(fillColor: sev == .error ? errorFill : warningFill))]))
        }
        copy.rows.sort { $0.index < $1.index }
        for (c, w) in fitted where copy.layout.columnWidths[c] == nil && !copy.layout.hiddenColumns.contains(c) {
            copy.layout.columnWidths[c] = w
        }
        var print = PrintSetup.a4(title: "\(file): \(sheet.name) (markiert)", landscape: true, repeatRows: sheet.layout.print?.repeatRows)
        if let header = copy.layout.frozen?.rows, header > 0, print.repeatRows == nil { print.repeatRows = 0...(header - 1) }
        copy.layout.print = print
        return copy
    }

    /// The file's name without folders (`/srv/ozg/eingang/Bauen.xlsx` → `Bauen.xlsx`).
    public static func fileName(_ path: String) -> String {
        let last = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init)
        return last ?? path
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
