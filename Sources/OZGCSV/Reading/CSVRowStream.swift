import OZGSpreadsheet

/// Parses records from chunks of bytes: RFC 4180 quoting, CRLF, LF or CR line ends.
final class CSVRowStream: RowStream {
    private let source: CSVByteSource
    private let delimiter: UInt8
    private let windows1252: Bool
    private let limits: ReadLimits
    private let typed: Bool
    private let path: String
    private var buffer: [UInt8] = []
    private var pos = 0
    private var atEnd = false
    private var record = 0
    private var cellCount = 0
    private var skipSepLine: Bool
    private var field: [UInt8] = []

    init(source: CSVByteSource, dialect: CSVDialect, limits: ReadLimits, typed: Bool, path: String) {
        self.source = source
        self.delimiter = dialect.delimiter
        self.windows1252 = dialect.encoding == .windows1252
        self.limits = limits
        self.typed = typed
        self.path = path
        self.skipSepLine = dialect.hasSepLine
        field.reserveCapacity(256)
    }

    /// The next byte, refilling the buffer; `nil` at the end of the file.
    @inline(__always)
    private func nextByte() throws -> UInt8? {
        if pos < buffer.count {
            let b = buffer[pos]
            pos += 1
            return b
        }
        if atEnd { return nil }
        buffer = try source.next()
        pos = 0
        if buffer.isEmpty {
            atEnd = true
            return nil
        }
        pos = 1
        return buffer[0]
    }

    @inline(__always)
    private func peekByte() throws -> UInt8? {
        if pos < buffer.count { return buffer[pos] }
        if atEnd { return nil }
        buffer = try source.next()
        pos = 0
        if buffer.isEmpty {
            atEnd = true
            return nil
        }
        return buffer[0]
    }

    func next() throws -> Row? {
        while true {
            guard let (cells, index) = try readRecord() else { return nil }
            if skipSepLine {
                skipSepLine = false
                record = 0  // the hint line is not a record
                continue
            }
            if cells.isEmpty { continue }
            return Row(index: index, cells: cells)
        }
    }

    /// One record: its non-empty cells and its index; `nil` at the end of the file.
    private func readRecord() throws -> ([Cell], Int)? {
        guard try peekByte() != nil else { return nil }
        var cells: [Cell] = []
        var column = 0
        let index = record
        record += 1
        while true {
            field.removeAll(keepingCapacity: true)
            var quoted = false
            var b = try nextByte()
            if b == UInt8(ascii: "\"") {
                quoted = true
                // Inside quotes until a quote not followed by another quote.
                while true {
                    try appendRun(quoted: true, index, column)
                    guard let c = try nextByte() else { b = nil; break }
                    if c == UInt8(ascii: "\"") {
                        if try peekByte() == UInt8(ascii: "\"") {
                            pos += 1
                            try append(0x22, index, column)
                            continue
                        }
                        b = try nextByte()
                        break
                    }
                    try append(c, index, column)
                }
            }
            // Unquoted part (or what follows a closing quote, kept as Excel does).
            while let c = b, c != delimiter, c != 0x0A, c != 0x0D {
                try append(c, index, column)
                try appendRun(quoted: false, index, column)
                b = try nextByte()
            }
            if !field.isEmpty || quoted {
                if !field.isEmpty {
                    guard column < CellReference.maxColumns else {
                        throw SpreadsheetError.limitExceeded(
                            path: path, part: nil, limit: "columns in record \(index + 1)", value: "more than 16384", maximum: "16384")
                    }
                    cells.append(Cell(column: column, value: value()))
                    cellCount += 1
                    if cellCount > limits.maxCells {
                        throw SpreadsheetError.limitExceeded(
                            path: path, part: nil, limit: "cells", value: String(cellCount), maximum: String(limits.maxCells))
                    }
                }
            }
            column += 1
            guard let end = b, end == delimiter else {
                if b == 0x0D, try peekByte() == 0x0A { pos += 1 }
                return (cells, index)
            }
        }
    }

    /// Appends the bytes of the buffer from `pos` up to the next byte that needs a decision (a
    /// quote inside quotes; delimiter or line end outside; NUL in both) in one go, instead of byte
    /// by byte: long fields cost a copy, not a call per byte.
    @inline(__always)
    private func appendRun(quoted: Bool, _ record: Int, _ column: Int) throws {
        let count = buffer.count
        let start = pos
        guard start < count else { return }
        let d = delimiter
        let stop: Int = buffer.withUnsafeBufferPointer { p in
            var j = start
            if quoted {
                while j < count, p[j] != 0x22, p[j] != 0 { j &+= 1 }
            } else {
                while j < count {
                    let c = p[j]
                    if c == d || c == 0x0A || c == 0x0D || c == 0 { break }
                    j &+= 1
                }
            }
            return j
        }
        guard stop > start else { return }
        field.append(contentsOf: buffer[start..<stop])
        pos = stop
        if field.count > limits.maxStringBytes { throw fieldTooLong(record, column) }
    }

    private func fieldTooLong(_ record: Int, _ column: Int) -> SpreadsheetError {
        SpreadsheetError.limitExceeded(
            path: path, part: nil, limit: "field size at record \(record + 1), column \(column + 1)",
            value: "more than \(limits.maxStringBytes) bytes", maximum: "\(limits.maxStringBytes) bytes (a quote that never closes?)")
    }

    @inline(__always)
    private func append(_ c: UInt8, _ record: Int, _ column: Int) throws {
        if c == 0 {
            throw SpreadsheetError.notASpreadsheet(
                path: path, detected: "a NUL byte in record \(record + 1), column \(column + 1): a binary file, or UTF-16 text without a byte-order mark")
        }
        field.append(c)
        if field.count > limits.maxStringBytes { throw fieldTooLong(record, column) }
    }

    private func value() -> CellValue {
        let text: String
        if windows1252 {
            text = Windows1252.decode(field)
        } else if let s = String(validating: field, as: UTF8.self) {
            text = s
        } else {
            text = Windows1252.decode(field)
        }
        return typed ? CSVTypeInference.value(of: text) : .text(text)
    }
}
