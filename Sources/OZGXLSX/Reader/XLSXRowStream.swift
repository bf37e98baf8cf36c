import OZGSpreadsheet
import OZGXML

/// Streams the rows of one worksheet part (`<sheetData>`), typing values as it goes.
final class XLSXRowStream: RowStream {
    struct Names {
        var table = XMLNameTable()
        let worksheet, sheetData, row, c, v, f, is_, t, r, rPh: XMLName
        let aR, aT, aS, aHt, aHidden, aCustomHeight, aRef, aSi: XMLName

        init() {
            let m = XLSXNamespaces.main
            worksheet = table.register("worksheet", in: m)
            sheetData = table.register("sheetData", in: m)
            row = table.register("row", in: m)
            c = table.register("c", in: m)
            v = table.register("v", in: m)
            f = table.register("f", in: m)
            is_ = table.register("is", in: m)
            t = table.register("t", in: m)
            r = table.register("r", in: m)
            rPh = table.register("rPh", in: m)
            let none = XMLNamespace.none
            aR = table.register("r", in: none)
            aT = table.register("t", in: none)
            aS = table.register("s", in: none)
            aHt = table.register("ht", in: none)
            aHidden = table.register("hidden", in: none)
            aCustomHeight = table.register("customHeight", in: none)
            aRef = table.register("ref", in: none)
            aSi = table.register("si", in: none)
        }
    }

    static let names = Names()

    private enum CellType { case number, shared, inline, string, boolean, error, date }

    private struct SharedFormula {
        var text: String
        var row: Int
        var column: Int
    }

    private let path: String
    private let part: String
    private let scanner: XMLScanner
    private let strings: [String]
    private let styles: StylesPart
    private let dateSystem: DateSystem
    private let maxCells: Int
    private let n = XLSXRowStream.names
    private var finished = false
    private var nextRowIndex = 0
    private var cellCount = 0
    private var sharedFormulas: [Int: SharedFormula] = [:]
    private var valueBytes: [UInt8] = []
    /// Reused for inline strings: no allocation per cell.
    private var inlineBytes: [UInt8] = []
    /// The columns whose cells are handed out; `nil` for all. The others are parsed and counted
    /// as always (so the same files fail the same way), but their text is not built.
    private let onlyColumns: [Int]?
    private var countedColumns: [Int] = []
    /// By position of a `<c>` in its row: the first row index in which the one-step reading is
    /// tried again (see ``parseRow()``); which way a cell is read never changes what it gives.
    private var notSimpleUntil = [Int](repeating: 0, count: XLSXRowStream.positions)
    private static let positions = 64

    init(
        package: XLSXPackage, part: String, strings: [String], styles: StylesPart, dateSystem: DateSystem, onlyColumns: [Int]? = nil
    ) throws {
        self.onlyColumns = onlyColumns
        self.path = package.path
        self.part = part
        guard let s = try package.scanner(part: part, names: XLSXRowStream.names.table) else {
            throw SpreadsheetError.corrupt(path: package.path, part: part, reason: "the worksheet part is missing")
        }
        self.scanner = s
        self.strings = strings
        self.styles = styles
        self.dateSystem = dateSystem
        self.maxCells = package.limits.maxCells
    }

    func next() throws -> Row? {
        do {
            return try nextRow()
        } catch let e as XMLError {
            finished = true
            throw XLSXPackage.map(e, path: path, part: part)
        }
    }

    private func nextRow() throws -> Row? {
        let s = scanner
        while !finished {
            switch try s.next() {
            case .startElement(let name):
                if name == n.row {
                    if let row = try parseRow() { return row }
                } else if s.depth == 2 && name != n.sheetData {
                    try s.skipElement()
                } else if s.depth == 3 {
                    try s.skipElement()
                }
            case .endElement(let name):
                if name == n.sheetData { finished = true }
            case .endOfDocument:
                finished = true
            case .text:
                break
            }
        }
        return nil
    }

    private func parseRow() throws -> Row? {
        let s = scanner
        var index = nextRowIndex
        var height: Double?
        var hidden = false
        var customHeight = false
        for i in 0..<s.attributeCount {
            let a = s.attributeName(at: i)
            if a == n.aR {
                if let r = s.attributeInt(at: i), r >= 1, r <= CellReference.maxRows { index = r - 1 }
            } else if a == n.aHt {
                height = s.attributeDouble(at: i)
            } else if a == n.aHidden {
                hidden = s.attribute(at: i, equals: "1") || s.attribute(at: i, equals: "true")
            } else if a == n.aCustomHeight {
                customHeight = s.attribute(at: i, equals: "1") || s.attribute(at: i, equals: "true")
            }
        }
        nextRowIndex = index + 1
        var cells: [Cell] = []
        cells.reserveCapacity(16)
        var positionInRow = 0
        var nextColumn = 0
        var lastColumn = -1
        var sorted = true
        // Cells with something in them, handed out or not (their columns, for duplicates).
        var counted = 0
        countedColumns.removeAll(keepingCapacity: true)
        do {
            while true {
                // The commonest cell (`<c r="B6" s="7"><v>10073</v></c>`, `<c r="M6" s="12"/>`) in
                // one step of the scanner; anything else (inline strings, formulas) the general way.
                // A position whose cell was not simple in an earlier row (an inline string) is not
                // tried for a few rows: a failed try costs a second reading of the start tag.
                let position = min(positionInRow, XLSXRowStream.positions - 1)
                let trySimple = notSimpleUntil[position] <= index
                let simple = trySimple ? s.scanSimpleElement(n.c, child: n.v) : nil
                if trySimple && simple == nil { notSimpleUntil[position] = index + 8 }
                positionInRow += 1
                let e: XMLEvent = simple == nil ? try s.next() : .startElement(n.c)
                if case .startElement(let name) = e {
                    if name == n.c {
                        let parsed = try simple.map { try simpleCell($0, row: index, defaultColumn: nextColumn) }
                        if let cell = try parsed ?? parseCell(row: index, defaultColumn: nextColumn) {
                            if lastColumn >= cell.column { sorted = false }
                            lastColumn = cell.column
                            nextColumn = cell.column + 1
                            counted += 1
                            if let only = onlyColumns {
                                countedColumns.append(cell.column)
                                if only.contains(cell.column) { cells.append(cell) }
                            } else {
                                cells.append(cell)
                            }
                        } else {
                            nextColumn += 1
                        }
                    } else {
                        try s.skipElement()
                    }
                } else if case .endElement = e {
                    break
                } else if e == .endOfDocument {
                    break
                }
            }
        }
        // Duplicate columns count once, the last one kept (below).
        if !sorted { counted = onlyColumns == nil ? Set(cells.map(\.column)).count : Set(countedColumns).count }
        cellCount += counted
        if cellCount > maxCells {
            throw SpreadsheetError.limitExceeded(
                path: path, part: part, limit: "number of cells in a sheet", value: String(cellCount),
                maximum: String(maxCells))
        }
        if cells.isEmpty { return nil }
        if !sorted {
            // Keep the last of duplicate columns, in column order.
            var byColumn: [Int: Cell] = [:]
            for c in cells { byColumn[c.column] = c }
            cells = byColumn.keys.sorted().compactMap { byColumn[$0] }
        }
        return Row(index: index, cells: cells, height: customHeight ? height : nil, hidden: hidden)
    }

    /// The column, type and style of the `<c>` whose attributes are current.
    private func cellAttributes(defaultColumn: Int) -> (column: Int, type: CellType, styleIndex: Int) {
        let s = scanner
        var column = defaultColumn
        var type = CellType.number
        var styleIndex = 0
        for i in 0..<s.attributeCount {
            let a = s.attributeName(at: i)
            if a == n.aR {
                if let c = XLSXRowStream.column(of: s.attributeBytes(at: i)) { column = c }
            } else if a == n.aT {
                type = XLSXRowStream.cellType(s.attributeBytes(at: i))
            } else if a == n.aS {
                styleIndex = s.attributeInt(at: i) ?? 0
            }
        }
        return (column, type, styleIndex)
    }

    /// Takes the text of a `<v>` as the cell's type reads it.
    @inline(__always)
    private func takeValue(
        _ bytes: UnsafeBufferPointer<UInt8>, type: CellType, row: Int, column: Int, value: inout CellValue, number: inout Double,
        boolean: inout Bool
    ) throws {
        switch type {
        case .number:
            guard let d = NumberScanner.double(bytes) else { throw badValue(row: row, column: column, "not a number") }
            number = d
        case .shared:
            guard let i = NumberScanner.int(bytes), i >= 0, i < strings.count else {
                throw SpreadsheetError.corrupt(
                    path: path, part: part,
                    reason: "cell \(CellReference(row: row, column: column).a1): shared string index \(String(decoding: bytes, as: UTF8.self)) out of range (\(strings.count) strings)")
            }
            value = .text(strings[i])
        case .boolean:
            boolean = XLSXRowStream.isTrue(bytes)
        case .string, .error, .date, .inline:
            valueBytes.removeAll(keepingCapacity: true)
            valueBytes.append(contentsOf: bytes)
        }
    }

    /// A `<c>` the scanner read whole (``XMLScanner/scanSimpleElement(_:child:)``): empty, or with
    /// a `<v>` of plain text; read as ``parseCell(row:defaultColumn:)`` reads it.
    private func simpleCell(_ simple: XMLScanner.SimpleElement, row: Int, defaultColumn: Int) throws -> Cell? {
        let (column, type, styleIndex) = cellAttributes(defaultColumn: defaultColumn)
        var value = CellValue.empty
        var number = 0.0
        var boolean = false
        // The general way sees no text event for `<v></v>`.
        let hasValue = simple.hasChild && simple.text.count > 0
        if hasValue {
            try takeValue(simple.text, type: type, row: row, column: column, value: &value, number: &number, boolean: &boolean)
        }
        return finishCell(
            row: row, column: column, type: type, styleIndex: styleIndex, value: value, hasValue: hasValue, number: number,
            boolean: boolean, formula: nil, wanted: onlyColumns?.contains(column) ?? true)
    }

    /// Parses one `<c>`; `nil` when it holds nothing worth keeping. Leaves the scanner after `</c>`.
    private func parseCell(row: Int, defaultColumn: Int) throws -> Cell? {
        let s = scanner
        let attributes = cellAttributes(defaultColumn: defaultColumn)
        let column = attributes.column, styleIndex = attributes.styleIndex
        var type = attributes.type
        let wanted = onlyColumns?.contains(column) ?? true
        var value = CellValue.empty
        var formula: String?
        var hasValue = false
        var number = 0.0
        var boolean = false
        do {
            while true {
                // The commonest inline string (`<is><t>text</t></is>`) in one step of the scanner.
                if let simple = s.scanSimpleElement(n.is_, child: n.t) {
                    if wanted {
                        value = .text(OOXMLEscapes.string(simple.text))
                    } else {
                        value = simple.text.count == 0 ? .empty : .boolean(true)
                    }
                    hasValue = true
                    type = .inline
                    continue
                }
                let e = try s.next()
                switch e {
                case .startElement(let name):
                    if name == n.v {
                        if s.isEmptyElement {
                            _ = try s.next()
                            continue
                        }
                        var text = false
                        // One text event at most, then </v>.
                        while true {
                            let ve = try s.next()
                            if ve == .text {
                                text = true
                                try takeValue(s.textBytes, type: type, row: row, column: column, value: &value, number: &number, boolean: &boolean)
                            } else if case .startElement = ve {
                                try s.skipElement()
                            } else {
                                break
                            }
                        }
                        hasValue = text
                    } else if name == n.f {
                        formula = try parseFormula(row: row, column: column)
                    } else if name == n.is_ {
                        // A cell not handed out needs only whether it is empty (a placeholder otherwise).
                        value = wanted ? .text(try inlineString()) : (try inlineStringIsEmpty() ? .empty : .boolean(true))
                        hasValue = true
                        type = .inline
                    } else {
                        try s.skipElement()
                    }
                case .endElement, .endOfDocument:
                    return finishCell(
                        row: row, column: column, type: type, styleIndex: styleIndex, value: value, hasValue: hasValue,
                        number: number, boolean: boolean, formula: formula, wanted: wanted)
                case .text:
                    continue
                }
            }
        }
        return finishCell(
            row: row, column: column, type: type, styleIndex: styleIndex, value: value, hasValue: hasValue,
            number: number, boolean: boolean, formula: formula, wanted: wanted)
    }

    private func finishCell(
        row: Int, column: Int, type: CellType, styleIndex: Int, value v: CellValue, hasValue: Bool, number: Double,
        boolean: Bool, formula: String?, wanted: Bool = true
    ) -> Cell? {
        let fmt = styles.formatting(styleIndex)
        var value = v
        if hasValue {
            switch type {
            case .number:
                value = XLSXRowStream.typed(number, kind: fmt.kind, dateSystem: dateSystem)
            case .boolean:
                value = .boolean(boolean)
            case .string where !wanted:
                // Not handed out: only whether it is empty (the escapes never make a text empty).
                value = valueBytes.isEmpty ? .empty : .boolean(true)
            case .string:
                let text = OOXMLEscapes.string(valueBytes)
                // An error literal as a formula (`=#N/A`, what libxlsxwriter writes for an error
                // value) evaluates to that error: Excel shows it as one.
                if let formula, formula == text, CellValue.knownErrors.contains(text) {
                    value = .error(text)
                } else {
                    value = .text(text)
                }
            case .error:
                value = .error(String(decoding: valueBytes, as: UTF8.self))
            case .date:
                let text = String(decoding: valueBytes, as: UTF8.self)
                value = LocalDateTime.parseISO(text) ?? .text(text)
            case .shared, .inline:
                break
            }
        }
        if case .text(let t) = value, t.isEmpty { value = .empty }
        if value.isEmpty && formula == nil && fmt.style == nil { return nil }
        return Cell(column: column, value: value, formula: formula, format: fmt.format, style: fmt.style)
    }

    /// A number typed by its format's kind: a serial in a date format becomes a date.
    static func typed(_ number: Double, kind: NumberFormat.Kind, dateSystem: DateSystem) -> CellValue {
        switch kind {
        case .date, .dateTime:
            // Excel shows no dates before 1900 (negative serials are ####).
            if number < 0 && dateSystem == .excel1900 { return .number(number) }
            guard let dt = dateSystem.dateTime(serial: number) else { return .number(number) }
            if kind == .date && dt.time.seconds == 0 { return .date(dt.date) }
            return .dateTime(dt)
        case .time:
            if number >= 0 && number < 1 {
                let seconds = (number * 86_400_000).rounded() / 1000
                if seconds < 86_400 { return .time(TimeOfDay(seconds: seconds)) }
            }
            guard let dt = dateSystem.dateTime(serial: number) else { return .number(number) }
            return .dateTime(dt)
        case .duration:
            return .duration((number * 86_400_000).rounded() / 1000)
        default:
            return .number(number)
        }
    }

    private func badValue(row: Int, column: Int, _ reason: String) -> SpreadsheetError {
        .corrupt(path: path, part: part, reason: "cell \(CellReference(row: row, column: column).a1): \(reason)")
    }

    /// The text of an `<is>` inline string: `t` elements joined, phonetic runs left out.
    private func inlineString() throws -> String {
        var bytes = inlineBytes
        bytes.removeAll(keepingCapacity: true)
        inlineBytes = []
        defer { inlineBytes = bytes }
        try walkInlineString { bytes.append(contentsOf: $0.textBytes) }
        return OOXMLEscapes.string(bytes)
    }

    /// Whether the text of an `<is>` inline string is empty, read as ``inlineString()`` reads it
    /// without building the text.
    private func inlineStringIsEmpty() throws -> Bool {
        var empty = true
        try walkInlineString { if !$0.textBytes.isEmpty { empty = false } }
        return empty
    }

    /// Walks an `<is>` inline string to its end, handing the text of its `t` elements to `text`
    /// (phonetic runs left out): the one reading of inline strings.
    private func walkInlineString(_ text: (XMLScanner) -> Void) throws {
        let s = scanner
        var inT = false
        let depth = s.depth
        while true {
            switch try s.next() {
            case .startElement(let name):
                if name == n.t { inT = true } else if name == n.rPh { try s.skipElement() }
            case .endElement(let name):
                if name == n.t { inT = false }
                if s.depth < depth { return }
            case .text:
                if inT { text(s) }
            case .endOfDocument:
                return
            }
        }
    }

    /// The formula of an `<f>`: its text; for a shared formula's dependents the master's text
    /// moved to this cell when that can be done exactly, otherwise `nil`.
    private func parseFormula(row: Int, column: Int) throws -> String? {
        let s = scanner
        var shared = false
        var si: Int?
        for i in 0..<s.attributeCount {
            let a = s.attributeName(at: i)
            if a == n.aT { shared = s.attribute(at: i, equals: "shared") }
            if a == n.aSi { si = s.attributeInt(at: i) }
        }
        let text = try s.elementText()
        if shared, let si {
            if !text.isEmpty {
                sharedFormulas[si] = SharedFormula(text: text, row: row, column: column)
                return text
            }
            guard let master = sharedFormulas[si] else { return nil }
            return FormulaShifter.shift(master.text, rows: row - master.row, columns: column - master.column)
        }
        return text.isEmpty ? nil : text
    }

    // MARK: - Bytes

    @inline(__always)
    static func column(of v: UnsafeBufferPointer<UInt8>) -> Int? {
        var col = 0
        var letters = 0
        for b in v {
            let u = b & 0xDF
            if u >= 65 && u <= 90 {
                col = col * 26 + Int(u - 64)
                letters += 1
                if letters > 3 { return nil }
            } else {
                break
            }
        }
        guard letters > 0, col <= CellReference.maxColumns else { return nil }
        return col - 1
    }

    @inline(__always)
    private static func cellType(_ v: UnsafeBufferPointer<UInt8>) -> CellType {
        switch v.count {
        case 1:
            switch v[0] {
            case 0x73: return .shared  // s
            case 0x62: return .boolean  // b
            case 0x65: return .error  // e
            case 0x64: return .date  // d
            default: return .number
            }
        case 3 where v[0] == 0x73: return .string  // str
        case 9 where v[0] == 0x69: return .inline  // inlineStr
        default: return .number
        }
    }

    private static func isTrue(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0
        while p < v.count, v[p] == 0x20 || v[p] == 0x0A || v[p] == 0x09 || v[p] == 0x0D { p += 1 }
        guard p < v.count else { return false }
        return v[p] == 0x31 || v[p] | 0x20 == 0x74  // "1" or "true"
    }
}
