import OZGDomain
import OZGSpreadsheet

/// Writes the working sheet a Pate fills in, as a format-neutral ``Workbook``.
///
/// Three sheets: `Hinweise` (how to fill in, the allowed values, Stand, Pate, Themenfeld, a
/// `Beispieldaten` label when asked), `Bewertung` (key columns, one verdict column per
/// Kommunaltyp with a drop-down, Zuständigkeit, Anmerkung, geprüft von/am) and
/// `Umsetzungsplanung` (with drop-downs for Lösungsansatz, Status and Reifegrad). The header and
/// the key columns up to the Leistungsbezeichnung are frozen, the header is filtered, the key
/// columns are protected (sheet protection without password that still allows sorting,
/// filtering, resizing and own columns right of the table), the input cells are unlocked, LeiKa
/// keys are text. The drop-downs warn instead of refusing, since the reader accepts more
/// spellings than the list shows (`x`, `✓`, `1`, …), and say so in their input prompt.
/// ``WorkingSheetMapper`` reads it back.
public enum WorkingSheetTemplate {
    /// What goes into a working sheet besides the catalogue.
    public struct Content: Sendable {
        public var knownVerdicts: [Verdict] = []
        public var vorhaben: [Umsetzungsvorhaben] = []
        public var exceptions: [KommuneException] = []
        /// Kommunen that get an exception column (only those with exceptions are written when empty).
        public var kommunen: [Kommune] = []
        public var extraColumns = ExtraColumns()
        public var annotations: [RowAnnotation] = []
        public var stand: CalendarDate?
        public var pate: String?
        public var isSampleData = false
        /// Empty input lines at the end of the Umsetzungsplanung.
        public var blankRoadmapRows = 50
        /// The title on the Hinweise sheet.
        public var title = "OZG-Arbeitsbogen: Relevanzprüfung und Umsetzungsplanung"

        public init() {}
    }

    /// The working sheet of one Themenfeld (or of all when `themenfeld` is `nil`).
    public static func make(
        catalog: Catalog, themenfeld: String? = nil, pate: String? = nil, kommunaltypen: KommunaltypSet = .krzVerband,
        knownVerdicts: [Verdict] = [], vorhaben: [Umsetzungsvorhaben] = [], stand: CalendarDate? = nil,
        isSampleData: Bool = false
    ) -> Workbook {
        var content = Content()
        content.pate = pate
        content.knownVerdicts = knownVerdicts
        content.vorhaben = vorhaben
        content.stand = stand
        content.isSampleData = isSampleData
        return make(catalog: catalog, themenfeld: themenfeld, kommunaltypen: kommunaltypen, content: content)
    }

    /// The working sheet with everything ``Content`` holds.
    public static func make(catalog: Catalog, themenfeld: String?, kommunaltypen: KommunaltypSet, content: Content) -> Workbook {
        let rows = themenfeld.map { catalog.einzelleistungen(in: $0) } ?? catalog.einzelleistungen
        let hinweise = hinweiseSheet(themenfeld: themenfeld, kommunaltypen: kommunaltypen, content: content, rowCount: rows.count)
        let bewertung = bewertungSheet(rows: rows, themenfeld: themenfeld, kommunaltypen: kommunaltypen, content: content)
        let plan = umsetzungSheet(rows: rows, kommunaltypen: kommunaltypen, content: content)
        var props = DocumentProperties(title: content.title, subject: themenfeld ?? "Gesamtliste", author: content.pate)
        props.keywords = content.isSampleData ? "OZG; Beispieldaten" : "OZG"
        return Workbook(sheets: [hinweise, bewertung, plan], properties: props)
    }

    static func bewertungSheet(rows: [Einzelleistung], themenfeld: String?, kommunaltypen: KommunaltypSet, content: Content) -> Sheet {
        let types = kommunaltypen.types.map(\.name)
        var exceptionKommunen = content.kommunen.map(\.name).filter { k in content.exceptions.contains { $0.kommune == k } }
        for e in content.exceptions where !exceptionKommunen.contains(e.kommune) { exceptionKommunen.append(e.kommune) }
        let roles: [ColumnRole] =
            WorkingSheetLayout.keyColumns + types.map(ColumnRole.kommunaltyp) + exceptionKommunen.map(ColumnRole.kommune)
            + WorkingSheetLayout.noteColumns
        let extraStart = roles.count
        let headers = roles.map(\.header) + content.extraColumns.names

        var verdicts: [VerdictKey: Relevanz] = [:]
        for v in content.knownVerdicts where v.relevanz != .offen {
            verdicts[VerdictKey(id: v.einzelleistung, column: kommunaltypen.type(named: v.kommunaltyp)?.name ?? v.kommunaltyp)] =
                v.relevanz
        }
        for e in content.exceptions where e.relevanz != .offen {
            verdicts[VerdictKey(id: e.einzelleistung, column: "kommune:" + e.kommune)] = e.relevanz
        }
        var notes: [EinzelleistungID: RowAnnotation] = [:]
        for a in content.annotations { notes[a.einzelleistung] = a }
        var extras: [EinzelleistungID: [String: String]] = [:]
        for x in content.extraColumns.values { extras[x.einzelleistung, default: [:]][x.column] = x.text }

        var out: [Row] = [WorkingSheetLayout.headerRow(headers)]
        out.reserveCapacity(rows.count + 1)
        for (i, e) in rows.enumerated() {
            var cells: [Cell] = []
            cells.reserveCapacity(headers.count)
            for (col, role) in roles.enumerated() {
                switch role {
                case .themenfeld: cells.append(Cell(column: col, value: .text(e.themenfeld), style: WorkingSheetLayout.keyStyle))
                case .lage: cells.append(Cell(column: col, value: .text(e.lage), style: WorkingSheetLayout.keyStyle))
                case .ozgId: cells.append(Cell(column: col, value: .number(Double(e.ozgId)), format: .integer, style: WorkingSheetLayout.keyStyle))
                case .ozgLeistung: cells.append(Cell(column: col, value: .text(e.ozgLeistung), style: WorkingSheetLayout.keyStyle))
                case .leika:
                    cells.append(Cell(column: col, value: .text(e.leikaDisplay), format: .text, style: WorkingSheetLayout.keyStyle))
                case .bezeichnung: cells.append(Cell(column: col, value: .text(e.bezeichnung), style: WorkingSheetLayout.keyWrapStyle))
                case .typ: cells.append(Cell(column: col, value: .text(e.typ.raw), format: .text, style: WorkingSheetLayout.keyStyle))
                case .kommunaltyp(let name):
                    let v = verdicts[VerdictKey(id: e.id, column: name)]
                    cells.append(Cell(column: col, value: v.map { .text($0.rawValue) } ?? .empty, style: WorkingSheetLayout.inputStyle))
                case .kommune(let name):
                    let v = verdicts[VerdictKey(id: e.id, column: "kommune:" + name)]
                    cells.append(Cell(column: col, value: v.map { .text($0.rawValue) } ?? .empty, style: WorkingSheetLayout.inputStyle))
                case .zustaendigkeit: cells.append(input(col, notes[e.id]?.zustaendigkeit))
                case .anmerkung: cells.append(input(col, notes[e.id]?.anmerkung, wrap: true))
                case .geprueftVon: cells.append(input(col, notes[e.id]?.geprueftVon))
                case .geprueftAm:
                    cells.append(
                        Cell(
                            column: col, value: notes[e.id]?.geprueftAm.map(CellValue.date) ?? .empty, format: .germanDate,
                            style: WorkingSheetLayout.inputStyle))
                default: break
                }
            }
            for (k, name) in content.extraColumns.names.enumerated() {
                cells.append(input(extraStart + k, extras[e.id]?[name], wrap: true))
            }
            out.append(Row(index: i + 1, cells: cells))
        }

        let last = max(rows.count, 1)
        var layout = SheetLayout()
        for (col, role) in roles.enumerated() { layout.columnWidths[col] = WorkingSheetLayout.width(role) }
        for k in content.extraColumns.names.indices { layout.columnWidths[extraStart + k] = 30 }
        if themenfeld != nil { layout.hiddenColumns = [0] }
        // The header and everything up to the name of the Leistung stay in view.
        layout.frozen = FrozenPane(rows: 1, columns: (roles.firstIndex(of: .bezeichnung) ?? -1) + 1)
        layout.autoFilter = CellRange(rows: 0...rows.count, columns: 0...(headers.count - 1))
        // Sorting, filtering, resizing and own columns right of the table stay possible.
        layout.protection = .workingSheet(editableColumnsFrom: headers.count)
        layout.print = PrintSetup(landscape: true, repeatRows: 0...0, fitToWidth: 1)
        for (col, role) in roles.enumerated() {
            switch role {
            case .kommunaltyp, .kommune:
                layout.validations.append(WorkingSheetLayout.relevanzValidation(CellRange(rows: 1...last, columns: col...col)))
            default: break
            }
        }
        return Sheet(name: WorkingSheetLayout.bewertungSheet, rows: out, layout: layout)
    }

    static func input(_ col: Int, _ text: String?, wrap: Bool = false) -> Cell {
        Cell(
            column: col, value: text.map(CellValue.text) ?? .empty,
            style: wrap ? WorkingSheetLayout.inputWrapStyle : WorkingSheetLayout.inputStyle)
    }
}

/// A verdict cell's place in the template: an Einzelleistung and a column name.
struct VerdictKey: Hashable {
    var id: EinzelleistungID
    var column: String
}
