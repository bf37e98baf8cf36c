import OZGDomain
import OZGSpreadsheet

/// The columns, styles and lists of the working sheets OZGKit writes.
///
/// One place for what the template, the Gesamtliste export and the Prüfbericht share, so the
/// mapping reads back what the template writes.
public enum WorkingSheetLayout {
    public static let bewertungSheet = "Bewertung"
    public static let umsetzungSheet = "Umsetzungsplanung"
    public static let hinweiseSheet = "Hinweise"

    /// The key columns of the Bewertung sheet, in order.
    public static let keyColumns: [ColumnRole] = [.themenfeld, .lage, .ozgId, .ozgLeistung, .leika, .bezeichnung, .typ]
    /// The input columns after the Kommunaltypen.
    public static let noteColumns: [ColumnRole] = [.zustaendigkeit, .anmerkung, .geprueftVon, .geprueftAm]
    /// The columns of the Umsetzungsplanung sheet.
    public static let roadmapColumns: [ColumnRole] = [
        .ozgId, .ozgLeistung, .leika, .bezeichnung, .titel, .loesungsansatz, .verantwortlich, .start, .ende, .status,
        .reifegradIst, .reifegradZiel, .prioritaet, .notiz,
    ]

    /// The drop-down of a verdict column.
    public static let relevanzValues = ["ja", "nein", "teilweise", "offen"]

    /// The other spellings the reader accepts, as the Hinweise and the prompts name them.
    public static let relevanzSpellings = "x, ✓, 1, WAHR (ja); -, 0, FALSCH (nein); teilw., (x) (teilweise)"

    /// The drop-down of a verdict column: the four values, other input only warned about (the
    /// reader accepts ``relevanzSpellings`` too), with an input prompt.
    static func relevanzValidation(_ range: CellRange) -> ListValidation {
        ListValidation(
            range: range, values: relevanzValues, strict: false,
            prompt: ValidationMessage(title: "Relevanz", text: "ja, nein, teilweise oder offen wählen. Auch gelesen: \(relevanzSpellings)."),
            error: ValidationMessage(
                title: "Wert nicht in der Liste",
                text: "Gelesen werden auch \(relevanzSpellings). Anderen Text meldet das Einlesen mit Zelle. Trotzdem übernehmen?"))
    }

    public static var statusValues: [String] { VorhabenStatus.allCases.map(\.rawValue) }

    public static let keyStyle = CellStyle(fillColor: RGBColor(0xF2F2F2), vertical: .top)
    public static let keyWrapStyle = CellStyle(fillColor: RGBColor(0xF2F2F2), wrapText: true, vertical: .top)
    public static let inputStyle = CellStyle(vertical: .top, locked: false)
    public static let inputWrapStyle = CellStyle(wrapText: true, vertical: .top, locked: false)
    public static let titleStyle = CellStyle(bold: true, fontColor: RGBColor(0x1F3864))
    public static let sampleStyle = CellStyle(bold: true, fontColor: RGBColor(0xC00000))

    /// Width in characters for a column role.
    public static func width(_ role: ColumnRole) -> Double {
        switch role {
        case .themenfeld: return 22
        case .lage: return 26
        case .ozgId: return 9
        case .ozgLeistung: return 30
        case .leika: return 17
        case .bezeichnung: return 50
        case .typ: return 9
        case .kommunaltyp, .kommune: return 14
        case .zustaendigkeit: return 20
        case .anmerkung, .notiz: return 40
        case .geprueftVon, .verantwortlich: return 18
        case .geprueftAm, .start, .ende: return 12
        case .titel: return 36
        case .loesungsansatz: return 24
        case .status: return 15
        case .reifegradIst, .reifegradZiel: return 22
        case .prioritaet: return 10
        }
    }

    /// A row of header cells.
    static func headerRow(_ texts: [String], index: Int = 0) -> Row {
        Row(
            index: index, cells: texts.enumerated().map { Cell(column: $0.offset, value: .text($0.element), style: .header) },
            height: 45)
    }
}
