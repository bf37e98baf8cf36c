import Testing

@testable import OZGReports

/// `ReportWorkbookBuilder.wrappedLines` counts a paragraph's lines by bytes where the text
/// allows it; it must count exactly as splitting at "\n" and counting `Character`s does.
@Suite("Report rows: wrapped lines")
struct WrappedLinesTests {
    static func reference(_ text: String, width: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + width - 1) / width) }
    }

    static let texts = [
        "", "a", "\n", "a\n", "\na", "Antrag auf Erteilung einer Baugenehmigung", String(repeating: "x", count: 41),
        "Größe, Maß und Übermaß: ÄÖÜäöüß", "„Zitat“ – mit Gedankenstrich … und 12 €", "Zeile 1\nZeile 2\n\nZeile 4",
        "CR LF\r\nzählt als ein Zeichen", "e\u{301} kombiniert", "Symbol mit Kombination \u{20DD}", "Emoji 👍🏽 und 🇩🇪",
        "Zero\u{200D}Width", "ʰ Modifier ˙", "Ende\r", String(repeating: "Verwaltungsleistung ", count: 9),
    ]

    @Test("the same count as Character counting, at several widths")
    func sameAsCharacterCount() {
        for text in Self.texts {
            for width in [8, 10, 20, 44] {
                #expect(ReportWorkbookBuilder.wrappedLines(text, width: width) == Self.reference(text, width: width), "\(text.debugDescription) at \(width)")
            }
        }
    }
}
