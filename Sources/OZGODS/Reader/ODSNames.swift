import OZGXML

/// The ODF element and attribute names the reader matches, registered once.
struct ODSNames {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    static let xlink = "http://www.w3.org/1999/xlink"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
    static let calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
    static let loext = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    var table = XMLNameTable()

    // Elements.
    let automaticStyles, styles, body, spreadsheet, tableEl, tableColumn, tableColumns, tableColumnGroup,
        tableHeaderColumns, tableRow, tableRows, tableRowGroup, tableHeaderRows, tableCell, coveredCell, p, s, tab,
        lineBreak, span, a, annotation, contentValidation, databaseRange, styleEl, defaultStyle, tableCellProps,
        textProps, paragraphProps, columnProps, tableProps, map: XMLName
    let numberStyle, percentageStyle, currencyStyle, dateStyle, timeStyle, booleanStyle, textStyle, numberEl, sciNumber,
        fraction, numText, currencySymbol, day, month, year, hours, minutes, seconds, amPm, dayOfWeek, textContent,
        booleanEl: XMLName
    // Attributes.
    let name, styleName, family, parentStyleName, dataStyleName, valueType, calcValueType, value, dateValue,
        timeValue, booleanValue, stringValue, formula, colsRepeated, rowsRepeated, colsSpanned, rowsSpanned,
        validationName, visibility, display, columnWidth, fontWeight, fontStyle, color, backgroundColor, wrapOption,
        textAlign, verticalAlign, cellProtect, href, condition, applyStyleName, targetRange, filterButtons,
        numStyle, textual, decimalPlaces, minIntegerDigits, grouping, minExponentDigits, truncate, isProtected,
        allowEmpty, currency, contentValidations, databaseRanges, styleNameStyle, spacesCount, defaultCellStyle, messageTypeAttr: XMLName
    let masterPageName, creator, frame, object, svgWidth, svgHeight, repeatContent: XMLName

    init() {
        var t = XMLNameTable()
        func e(_ ns: String, _ l: String) -> XMLName { t.register(l, in: ns) }
        func at(_ ns: String, _ l: String) -> XMLName { t.register(l, in: ns) }
        let O = ODSNames.office, S = ODSNames.style, T = ODSNames.text, TB = ODSNames.table, N = ODSNames.number
        automaticStyles = e(O, "automatic-styles"); styles = e(O, "styles"); body = e(O, "body")
        spreadsheet = e(O, "spreadsheet"); tableEl = e(TB, "table"); tableColumn = e(TB, "table-column")
        tableColumns = e(TB, "table-columns"); tableColumnGroup = e(TB, "table-column-group")
        tableHeaderColumns = e(TB, "table-header-columns"); tableRow = e(TB, "table-row"); tableRows = e(TB, "table-rows")
        tableRowGroup = e(TB, "table-row-group"); tableHeaderRows = e(TB, "table-header-rows")
        tableCell = e(TB, "table-cell"); coveredCell = e(TB, "covered-table-cell"); p = e(T, "p"); s = e(T, "s")
        tab = e(T, "tab"); lineBreak = e(T, "line-break"); span = e(T, "span"); a = e(T, "a")
        annotation = e(O, "annotation"); contentValidation = e(TB, "content-validation")
        databaseRange = e(TB, "database-range"); styleEl = e(S, "style"); defaultStyle = e(S, "default-style")
        tableCellProps = e(S, "table-cell-properties"); textProps = e(S, "text-properties")
        paragraphProps = e(S, "paragraph-properties"); columnProps = e(S, "table-column-properties")
        tableProps = e(S, "table-properties"); map = e(S, "map")
        numberStyle = e(N, "number-style"); percentageStyle = e(N, "percentage-style"); currencyStyle = e(N, "currency-style")
        dateStyle = e(N, "date-style"); timeStyle = e(N, "time-style"); booleanStyle = e(N, "boolean-style")
        textStyle = e(N, "text-style"); numberEl = e(N, "number"); sciNumber = e(N, "scientific-number")
        fraction = e(N, "fraction"); numText = e(N, "text"); currencySymbol = e(N, "currency-symbol"); day = e(N, "day")
        month = e(N, "month"); year = e(N, "year"); hours = e(N, "hours"); minutes = e(N, "minutes")
        seconds = e(N, "seconds"); amPm = e(N, "am-pm"); dayOfWeek = e(N, "day-of-week"); textContent = e(N, "text-content")
        booleanEl = e(N, "boolean")
        name = at(TB, "name"); styleName = at(TB, "style-name")
        family = at(S, "family"); parentStyleName = at(S, "parent-style-name"); dataStyleName = at(S, "data-style-name")
        valueType = at(O, "value-type"); calcValueType = at(ODSNames.calcext, "value-type"); value = at(O, "value")
        dateValue = at(O, "date-value"); timeValue = at(O, "time-value"); booleanValue = at(O, "boolean-value")
        stringValue = at(O, "string-value"); formula = at(TB, "formula")
        colsRepeated = at(TB, "number-columns-repeated"); rowsRepeated = at(TB, "number-rows-repeated")
        colsSpanned = at(TB, "number-columns-spanned"); rowsSpanned = at(TB, "number-rows-spanned")
        validationName = at(TB, "content-validation-name"); visibility = at(TB, "visibility"); display = at(TB, "display")
        columnWidth = at(S, "column-width"); fontWeight = at(ODSNames.fo, "font-weight"); fontStyle = at(ODSNames.fo, "font-style")
        color = at(ODSNames.fo, "color"); backgroundColor = at(ODSNames.fo, "background-color")
        wrapOption = at(ODSNames.fo, "wrap-option"); textAlign = at(ODSNames.fo, "text-align")
        verticalAlign = at(S, "vertical-align"); cellProtect = at(S, "cell-protect"); href = at(ODSNames.xlink, "href")
        condition = at(TB, "condition"); applyStyleName = at(S, "apply-style-name")
        targetRange = at(TB, "target-range-address"); filterButtons = at(TB, "display-filter-buttons")
        numStyle = at(N, "style"); textual = at(N, "textual"); decimalPlaces = at(N, "decimal-places")
        minIntegerDigits = at(N, "min-integer-digits"); grouping = at(N, "grouping")
        minExponentDigits = at(N, "min-exponent-digits"); truncate = at(N, "truncate-on-overflow")
        isProtected = at(TB, "protected"); allowEmpty = at(TB, "allow-empty-cell"); currency = at(O, "currency")
        styleNameStyle = at(S, "name")
        contentValidations = e(TB, "content-validations"); databaseRanges = e(TB, "database-ranges")
        spacesCount = at(T, "c"); defaultCellStyle = at(TB, "default-cell-style-name")
        messageTypeAttr = at(TB, "message-type")
        masterPageName = at(S, "master-page-name"); creator = e(ODSNames.dc, "creator"); repeatContent = at(S, "repeat-content")
        let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
        frame = e(draw, "frame"); object = e(draw, "object"); svgWidth = at(svg, "width"); svgHeight = at(svg, "height")
        table = t
    }
}

extension ODSNames {
    static func defaultCellStyleName(_ n: ODSNames) -> XMLName { n.defaultCellStyle }
    static func messageType(_ n: ODSNames) -> XMLName { n.messageTypeAttr }
}
