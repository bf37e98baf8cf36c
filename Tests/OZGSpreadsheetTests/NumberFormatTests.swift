import OZGSpreadsheet
import Testing

@Suite("Number format classification")
struct NumberFormatTests {
    static let table: [(String, NumberFormat.Kind)] = [
        ("General", .general),
        ("", .general),
        ("0", .number),
        ("0.00", .number),
        ("#,##0.00", .number),
        ("0%", .percent),
        ("0.00%", .percent),
        ("0.00E+00", .scientific),
        ("# ?/?", .fraction),
        ("@", .text),
        ("#,##0.00 [$€-407]", .currency),
        ("#,##0.00 €", .currency),
        ("[$-407]DD.MM.YYYY", .date),
        ("m/d/yyyy", .date),
        ("d-mmm-yy", .date),
        ("mmm-yy", .date),
        ("DD.MM.YYYY", .date),
        ("yyyy-mm-dd", .date),
        ("dddd, d. mmmm yyyy", .date),
        ("m/d/yy h:mm", .dateTime),
        ("yyyy-mm-dd hh:mm:ss", .dateTime),
        ("DD.MM.YYYY HH:MM", .dateTime),
        ("h:mm AM/PM", .time),
        ("h:mm:ss AM/PM", .time),
        ("hh:mm", .time),
        ("mm:ss", .time),
        ("mm:ss.0", .time),
        ("[h]:mm:ss", .duration),
        ("[hh]:mm", .duration),
        ("[mm]:ss", .duration),
        ("[s]", .duration),
        ("\"Tag \"0", .number),
        ("0\" days\"", .number),
        ("\\d0", .number),
        ("[Red]0.00", .number),
        ("[Red][<0]0.00;0.00", .number),
        ("0.00;[Red]-0.00", .number),
        ("_-* #,##0.00_-;-* #,##0.00_-", .number),
        ("\"Datum: \"DD.MM.YYYY", .date),
        ("[Blue]yyyy-mm-dd", .date),
        ("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", .date),
        ("[$-F400]h:mm:ss\\ AM/PM", .time),
        ("QQ/YYYY", .date),
    ]

    @Test("classifies format codes", arguments: table)
    func classify(code: String, kind: NumberFormat.Kind) {
        #expect(NumberFormat(code).kind == kind, "\(code)")
    }
}
