import Foundation
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX

/// The workbook the XLSX writer tests write: every value type, formats, styles and layout.
enum XLSXWriterFixture {
    static let first = "Übersicht"
    static let second = "Zweite"
    static let longList = (1...60).map { "Eintrag \($0)" }
    static let input = CellStyle(
        italic: true, fontColor: RGBColor(0xC00000), fillColor: RGBColor(0xFFF2CC), wrapText: true,
        horizontal: .center, locked: false, border: true)

    static var firstSheet: Sheet {
        let d = CalendarDate(year: 2024, month: 3, day: 15)
        let dt = LocalDateTime(date: d, time: TimeOfDay(hour: 13, minute: 45, second: 30))
        let rows = [
            Row(index: 0, cells: [Cell(column: 0, value: .text("Titel über drei Spalten"), style: .header)]),
            Row(index: 1, cells: ["Zahl", "Text", "Bool", "Datum", "DatumZeit", "Zeit", "Dauer", "Fehler", "Formel", "Prozent", "Link"]
                .enumerated().map { Cell(column: $0.offset, value: .text($0.element), style: .bold) }),
            Row(index: 2, cells: [
                Cell(column: 0, value: .number(1.5)),
                Cell(column: 1, value: .text("=1+1")),
                Cell(column: 2, value: .boolean(true)),
                Cell(column: 3, value: .date(d)),
                Cell(column: 4, value: .dateTime(dt)),
                Cell(column: 5, value: .time(TimeOfDay(hour: 8, minute: 30))),
                Cell(column: 6, value: .duration(90_000)),
                Cell(column: 7, value: .error("#N/A")),
                Cell(column: 8, value: .number(3), formula: "A3*2"),
                Cell(column: 9, value: .number(0.25), format: .percent),
                Cell(column: 10, value: .text("Portal")),
            ]),
            Row(index: 3, cells: [
                Cell(column: 0, value: .number(-7)),
                Cell(column: 1, value: .text("-")),
                Cell(column: 2, value: .boolean(false)),
                Cell(column: 3, value: .date(CalendarDate(year: 1900, month: 2, day: 28)), format: .germanDate),
                Cell(column: 4, value: .text("+49 30 1234")),
                Cell(column: 5, value: .text("@x")),
                Cell(column: 6, value: .number(1234.5), format: .decimal2),
                Cell(column: 7, value: .error("#DIV/0!")),
                Cell(column: 8, value: .text("ab"), formula: "\"a\"&\"b\""),
                Cell(column: 9, value: .text("Grüße €")),
                Cell(column: 10, value: .text("Zur zweiten Tabelle")),
            ]),
            Row(index: 4, cells: [
                Cell(column: 0, value: .number(99_107_023_017_000)),
                Cell(column: 1, value: .text("ja")),
                Cell(column: 2, value: .text("Eintrag 7")),
                Cell(column: 3, value: .date(CalendarDate(year: 1850, month: 5, day: 1))),
                Cell(column: 4, value: .text("Zeile mit\nUmbruch")),
            ], height: 30),
            Row(index: 5, cells: [Cell(column: 0, value: .number(12)), Cell(column: 1, value: .empty, style: input)]),
            Row(index: 6, cells: [Cell(column: 0, value: .text("versteckt"))], hidden: true),
        ]
        let layout = SheetLayout(
            columnWidths: [0: 20, 1: 30], hiddenColumns: [11], frozen: FrozenPane(rows: 2, columns: 1),
            merges: [CellRange("A1:C1")!], autoFilter: CellRange("A2:K5"),
            validations: [
                ListValidation(range: CellRange("B3:B10")!, values: ["ja", "nein", "teilweise"]),
                ListValidation(range: CellRange("C3:C10")!, values: longList, strict: false),
            ],
            hyperlinks: [
                Hyperlink(cell: CellReference("K3")!, target: "https://example.org/ozg", tooltip: "Portal"),
                Hyperlink(cell: CellReference("K4")!, target: "#Zweite!A1"),
            ],
            isProtected: true, print: PrintSetup(landscape: true, repeatRows: 0...1, fitToWidth: 1),
            charts: [
                ChartSpec(
                    kind: .column, title: "Zahlen", anchor: CellReference("M2")!,
                    series: [ChartSeries(name: "Zahl", sheet: first, categories: CellRange("B3:B5")!, values: CellRange("A3:A5")!, color: RGBColor(0x4472C4))],
                    xAxisTitle: "Art", yAxisTitle: "Wert"),
            ],
            conditionalFormats: [
                ConditionalFormat(range: CellRange("B3:B10")!, rule: .textEquals("ja", style: .bold)),
                ConditionalFormat(range: CellRange("A3:A10")!, rule: .colorScale(low: RGBColor(0xFFFFFF), high: RGBColor(0x63BE7B))),
            ])
        return Sheet(info: SheetInfo(name: first), rows: rows, layout: layout)
    }

    static var secondSheet: Sheet {
        Sheet(
            info: SheetInfo(name: second, visibility: .hidden),
            rows: [Row(index: 0, cells: [Cell(column: 0, value: .text("Ziel")), Cell(column: 1, value: .number(42))])])
    }

    static var properties: DocumentProperties {
        DocumentProperties(
            title: "OZG-Übersicht", subject: "Test", author: "AG OZG", company: "Kreis", keywords: "ozg",
            created: LocalDateTime(date: CalendarDate(year: 2024, month: 1, day: 2), time: TimeOfDay(hour: 3, minute: 4)))
    }

    /// Writes the fixture workbook to `url`.
    static func write(to url: URL, constantMemory: Bool = false) throws {
        let writer = try XLSXWriter(path: url.path, options: WriteOptions(constantMemory: constantMemory, properties: properties))
        try writer.write(Workbook(sheets: [firstSheet, secondSheet], properties: properties))
        // For looking at the file by hand: OZG_TEST_KEEP=/some/folder keeps a copy.
        if let keep = ProcessInfo.processInfo.environment["OZG_TEST_KEEP"] {
            let copy = URL(fileURLWithPath: keep).appendingPathComponent((constantMemory ? "cm-" : "") + url.lastPathComponent)
            try? FileManager.default.removeItem(at: copy)
            try? FileManager.default.copyItem(at: url, to: copy)
        }
    }

    /// What `Tests/Scripts/writer_read_openpyxl.py` reads from a file.
    static func openpyxl(_ url: URL) throws -> [String: Any] {
        let out = try ExternalTools.python(script: "writer_read_openpyxl.py", [url.path])
        return try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any] ?? [:]
    }

    /// What `Tests/Scripts/writer_read_calamine.py` reads: sheet name → rows of values.
    static func calamine(_ url: URL) throws -> [String: [[Any]]] {
        let out = try ExternalTools.python(script: "writer_read_calamine.py", [url.path])
        return try JSONSerialization.jsonObject(with: out.stdout) as? [String: [[Any]]] ?? [:]
    }
}
