/// How a sheet is printed: paper, orientation, scaling, repeated rows, page header and footer.
///
/// Both writers honour every field: XLSX through libxlsxwriter's page set-up, ODS through a
/// page layout and master page of its own per sheet (`styles.xml`) and `table:table-header-rows`.
public struct PrintSetup: Hashable, Sendable {
    /// A paper size both formats know.
    public enum Paper: String, Hashable, Sendable, CaseIterable {
        case a4, a3, letter

        /// Excel's `paperSize` code (9 = A4, 8 = A3, 1 = Letter).
        public var excelCode: Int {
            switch self {
            case .a4: return 9
            case .a3: return 8
            case .letter: return 1
            }
        }

        /// Width and height in portrait orientation, in millimetres.
        public var millimetres: (width: Double, height: Double) {
            switch self {
            case .a4: return (210, 297)
            case .a3: return (297, 420)
            case .letter: return (215.9, 279.4)
            }
        }

        /// The paper of an Excel `paperSize` code, `nil` for codes not listed here.
        public init?(excelCode: Int) {
            guard let p = Paper.allCases.first(where: { $0.excelCode == excelCode }) else { return nil }
            self = p
        }
    }

    public var landscape: Bool
    /// Rows repeated at the top of every printed page (zero-based, inclusive).
    public var repeatRows: ClosedRange<Int>?
    /// Fit to this many pages wide (0 = no scaling); the height is never limited.
    public var fitToWidth: Int
    public var paper: Paper
    /// The page header (title and Stand), `nil` for none.
    public var header: PageText?
    /// The page footer (page `n / m`), `nil` for none.
    public var footer: PageText?
    /// Rows (zero-based) that start a new printed page, e.g. the row of a chart below a table.
    public var rowBreaks: [Int] = []
    /// Columns repeated at the left of every printed page (zero-based, inclusive), for sheets
    /// printed more than one page wide.
    public var repeatColumns: ClosedRange<Int>?

    public init(
        landscape: Bool = true, repeatRows: ClosedRange<Int>? = nil, fitToWidth: Int = 1, paper: Paper = .a4,
        header: PageText? = nil, footer: PageText? = nil
    ) {
        self.landscape = landscape
        self.repeatRows = repeatRows
        self.fitToWidth = fitToWidth
        self.paper = paper
        self.header = header
        self.footer = footer
    }

    /// The house print set-up: A4, one page wide, the title left and „Stand …“ right in the
    /// page header, „Seite n / m“ in the middle of the footer.
    ///
    /// - Parameters:
    ///   - title: What the page header names (a report or file name, not a path).
    ///   - stand: The date of the data as users read it (`31.03.2020`), or `nil`.
    ///   - landscape: Landscape for wide sheets, portrait for narrow ones.
    ///   - repeatRows: The header rows printed again on every page.
    public static func a4(title: String, stand: String? = nil, landscape: Bool = true, repeatRows: ClosedRange<Int>? = nil) -> PrintSetup {
        PrintSetup(
            landscape: landscape, repeatRows: repeatRows, fitToWidth: 1, paper: .a4,
            header: PageText(left: [.text(title)], right: stand.map { [.text("Stand: " + $0)] } ?? []),
            footer: PageText(center: [.text("Seite "), .pageNumber, .text(" / "), .pageCount]))
    }

    /// Pages wide for a sheet with these column widths: 1 up to 200 characters (about 55 % on
    /// A4 landscape, still readable), then one more page per 200 characters.
    public static func pagesWide(columnWidths: [Int: Double]) -> Int {
        max(1, Int((columnWidths.values.reduce(0, +) / 200).rounded(.up)))
    }

    /// Whether a sheet with these column widths (Excel characters) fits A4 portrait at a
    /// readable scale; the rest print landscape.
    public static func fitsPortrait(columnWidths: [Int: Double]) -> Bool {
        columnWidths.values.reduce(0, +) <= 80
    }
}
