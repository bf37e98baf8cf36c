/// How ``CSVWriter`` writes: delimiter, BOM, line ends, number and boolean spelling, guard.
public struct CSVWriteOptions: Hashable, Sendable {
    /// What to do when a second sheet begins.
    public enum ExtraSheets: Hashable, Sendable {
        /// Throw ``SpreadsheetError/unsupportedFormat(path:reason:)``: a CSV file holds one sheet.
        case refuse
        /// Skip the later sheets' rows (the caller chose to export the first sheet only).
        case ignore
    }

    public var delimiter: UInt8
    /// Start with a UTF-8 byte-order mark (Excel needs it to read UTF-8).
    public var byteOrderMark: Bool
    /// `"\r\n"` (RFC 4180, Excel) or `"\n"`.
    public var lineEnd: String
    /// `,` or `.` between the whole and the fractional part of a number.
    public var decimalSeparator: Character
    public var trueText: String
    public var falseText: String
    /// Prefix text that a spreadsheet could run as a formula with `'` (see ``FormulaInjectionGuard`` (OZGBase)).
    public var formulaGuard: Bool
    public var extraSheets: ExtraSheets

    public init(
        delimiter: UInt8 = UInt8(ascii: ";"), byteOrderMark: Bool = true, lineEnd: String = "\r\n",
        decimalSeparator: Character = ",", trueText: String = "WAHR", falseText: String = "FALSCH",
        formulaGuard: Bool = true, extraSheets: ExtraSheets = .refuse
    ) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.lineEnd = lineEnd
        self.decimalSeparator = decimalSeparator
        self.trueText = trueText
        self.falseText = falseText
        self.formulaGuard = formulaGuard
        self.extraSheets = extraSheets
    }

    /// For German Excel, opened by double-click: UTF-8 with BOM, `;`, CRLF, `1,5`, `WAHR`/`FALSCH`.
    public static let excel = CSVWriteOptions()
    /// For standard output and programs: UTF-8 without BOM, `,`, LF, `1.5`, `TRUE`/`FALSE`.
    public static let plain = CSVWriteOptions(
        delimiter: UInt8(ascii: ","), byteOrderMark: false, lineEnd: "\n", decimalSeparator: ".", trueText: "TRUE", falseText: "FALSE")
}
