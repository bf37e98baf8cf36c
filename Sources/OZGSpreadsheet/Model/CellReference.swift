/// A cell address with zero-based row and column (`A1` is row 0, column 0).
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    /// Excel's limits: 1,048,576 rows and 16,384 columns (`XFD`).
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B7`, `$B$7`, lower case too. `nil` for anything else or beyond Excel's grid.
    public init?(_ a1: String) {
        var utf8 = Array(a1.utf8)[...]
        guard let (ref, rest) = CellReference.parsePrefix(&utf8), rest else { return nil }
        self = ref
    }

    /// Parses an A1 reference from bytes; the Bool says whether the whole input was consumed.
    public static func parsePrefix(_ bytes: inout ArraySlice<UInt8>) -> (CellReference, Bool)? {
        var col = 0, row = 0, letters = 0, digits = 0
        if bytes.first == UInt8(ascii: "$") { bytes.removeFirst() }
        while let b = bytes.first {
            let u = b & 0xDF  // upper case
            guard u >= 65, u <= 90 else { break }
            col = col * 26 + Int(u - 64)
            letters += 1
            bytes.removeFirst()
            if letters > 3 { return nil }
        }
        if bytes.first == UInt8(ascii: "$") { bytes.removeFirst() }
        while let b = bytes.first, b >= 48, b <= 57 {
            row = row * 10 + Int(b - 48)
            digits += 1
            bytes.removeFirst()
            if digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, row <= maxRows, col <= maxColumns else { return nil }
        return (CellReference(row: row - 1, column: col - 1), bytes.isEmpty)
    }

    /// `A`, `Z`, `AA`, … for a zero-based column index.
    public static func columnName(_ column: Int) -> String {
        // A to Z (nearly every cell named in a message or a provenance) without building an array.
        if column >= 0 && column < 26 { return String(Character(Unicode.Scalar(UInt8(65 + column)))) }
        var n = column + 1
        var chars: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            chars.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(chars.reversed())
    }

    /// Zero-based index of a column name (`A` → 0); `nil` when it is not one.
    public static func columnIndex(_ name: String) -> Int? {
        var col = 0
        guard !name.isEmpty, name.utf8.count <= 3 else { return nil }
        for b in name.utf8 {
            let u = b & 0xDF
            guard u >= 65, u <= 90 else { return nil }
            col = col * 26 + Int(u - 64)
        }
        return col <= maxColumns ? col - 1 : nil
    }

    /// `B7`.
    public var a1: String { CellReference.columnName(column) + String(row + 1) }
    public var description: String { a1 }

    public static func < (a: CellReference, b: CellReference) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A rectangle of cells, inclusive at both ends.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var start: CellReference
    public var end: CellReference

    public init(start: CellReference, end: CellReference) {
        self.start = CellReference(row: min(start.row, end.row), column: min(start.column, end.column))
        self.end = CellReference(row: max(start.row, end.row), column: max(start.column, end.column))
    }

    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(
            start: CellReference(row: rows.lowerBound, column: columns.lowerBound),
            end: CellReference(row: rows.upperBound, column: columns.upperBound))
    }

    /// Parses `A1:C3`, `$A$1:$C$3` or a single `B2`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 1 || parts.count == 2, let a = CellReference(String(parts[0])) else { return nil }
        let b = parts.count == 2 ? CellReference(String(parts[1])) : a
        guard let b else { return nil }
        self.init(start: a, end: b)
    }

    public var rowCount: Int { end.row - start.row + 1 }
    public var columnCount: Int { end.column - start.column + 1 }

    public func contains(_ ref: CellReference) -> Bool {
        ref.row >= start.row && ref.row <= end.row && ref.column >= start.column && ref.column <= end.column
    }

    /// `A1:C3` (a single cell prints as `A1:A1` only when asked for with `alwaysRange`).
    public var a1: String { start == end ? start.a1 : start.a1 + ":" + end.a1 }
    public var description: String { a1 }
}
