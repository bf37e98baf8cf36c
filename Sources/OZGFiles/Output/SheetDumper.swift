import OZGSpreadsheet

/// Prints the cells of sheets as CSV, TSV or JSON: what `ozg cat` shows.
///
/// Cached values stand for formulas. Dates print as ISO 8601, numbers in their shortest form.
/// The JSON form is
/// `{"sheets":[{"name":"Tabelle1","rows":[[1.5,"Text",true,null,{"date":"2021-01-31"}]]}]}`:
/// rows start at row 1 and cells at column A (gaps are `null`, a blank row `[]`), trailing
/// `null`s and trailing blank rows are dropped, every sheet is listed.
/// Rows are read ahead on a second thread (``ReadAheadRowStream``) while they are printed.
public struct SheetDumper {
    public enum Format: String, CaseIterable, Sendable { case csv, tsv, json }

    public let format: Format
    private let sink: ByteSink

    public init(format: Format, sink: ByteSink = ByteSink()) {
        self.format = format
        self.sink = sink
    }

    /// Dumps the given sheets of a reader.
    public func dump(_ reader: any SpreadsheetReader, sheets indexes: [Int]) throws {
        switch format {
        case .json:
            sink.ascii("{\"sheets\":[")
            for (n, index) in indexes.enumerated() {
                if n > 0 { sink.byte(UInt8(ascii: ",")) }
                sink.ascii("{\"name\":")
                jsonString(reader.sheets[index].name)
                sink.ascii(",\"rows\":[")
                try dumpJSONRows(ReadAheadRowStream(try reader.rows(ofSheet: index)))
                sink.ascii("]}")
            }
            sink.ascii("]}\n")
        case .csv, .tsv:
            for (n, index) in indexes.enumerated() {
                if indexes.count > 1 {
                    if n > 0 { sink.byte(10) }
                    sink.ascii("# ")
                    sink.text(reader.sheets[index].name)
                    sink.byte(10)
                }
                try dumpDelimited(ReadAheadRowStream(try reader.rows(ofSheet: index)))
            }
        }
        sink.flush()
    }

    private func dumpJSONRows(_ stream: any RowStream) throws {
        var nextRow = 0
        while let row = try stream.next() {
            // Trailing nulls are dropped: find the last cell with a value.
            guard let last = row.cells.lastIndex(where: { !$0.value.isEmpty }) else { continue }
            while nextRow < row.index {
                sink.ascii(nextRow == 0 ? "[]" : ",[]")
                nextRow += 1
            }
            if nextRow > 0 { sink.byte(UInt8(ascii: ",")) }
            sink.byte(UInt8(ascii: "["))
            var col = 0
            for cell in row.cells[...last] {
                if cell.value.isEmpty { continue }
                while col < cell.column {
                    sink.ascii(col == 0 ? "null" : ",null")
                    col += 1
                }
                if col > 0 { sink.byte(UInt8(ascii: ",")) }
                jsonValue(cell.value)
                col += 1
            }
            sink.byte(UInt8(ascii: "]"))
            nextRow = row.index + 1
        }
    }

    private func jsonValue(_ v: CellValue) {
        switch v {
        case .empty: sink.ascii("null")
        case .number(let n):
            if n.isFinite { sink.number(n) } else { sink.ascii("null") }
        case .text(let s): jsonString(s)
        case .boolean(let b): sink.ascii(b ? "true" : "false")
        case .date(let d):
            sink.ascii("{\"date\":\"")
            sink.isoDate(d)
            sink.ascii("\"}")
        case .dateTime(let dt):
            sink.ascii("{\"datetime\":\"")
            sink.isoDate(dt.date)
            sink.byte(UInt8(ascii: "T"))
            sink.clock(dt.time.seconds)
            sink.ascii("\"}")
        case .time(let t):
            sink.ascii("{\"time\":\"")
            sink.clock(t.seconds)
            sink.ascii("\"}")
        case .duration(let s):
            sink.ascii("{\"duration\":")
            sink.number((s * 1000).rounded() / 1000)
            sink.ascii("}")
        case .error(let e):
            sink.ascii("{\"error\":")
            jsonString(e)
            sink.ascii("}")
        }
    }

    /// JSON strings through the one JSON string writer (``JSONString``), into the sink's buffer.
    private func jsonString(_ s: String) {
        if JSONString.needsEscaping(s) {
            sink.append { JSONString.append(s, to: &$0) }
        } else {
            sink.byte(UInt8(ascii: "\""))
            sink.text(s)
            sink.byte(UInt8(ascii: "\""))
        }
    }

    private func dumpDelimited(_ stream: any RowStream) throws {
        let delimiter: UInt8 = format == .tsv ? 9 : UInt8(ascii: ",")
        var nextRow = 0
        while let row = try stream.next() {
            while nextRow < row.index {
                sink.byte(10)
                nextRow += 1
            }
            var position = 0
            for cell in row.cells where !cell.value.isEmpty {
                while position < cell.column {
                    sink.byte(delimiter)
                    position += 1
                }
                delimitedValue(cell.value, delimiter: delimiter)
            }
            sink.byte(10)
            nextRow = row.index + 1
        }
    }

    private func delimitedValue(_ v: CellValue, delimiter: UInt8) {
        switch v {
        case .number(let n): sink.number(n)
        case .text(let s): delimitedText(s, delimiter: delimiter)
        case .date(let d): sink.isoDate(d)
        case .dateTime(let dt):
            sink.isoDate(dt.date)
            sink.byte(UInt8(ascii: "T"))
            sink.clock(dt.time.seconds)
        case .time(let t): sink.clock(t.seconds)
        case .boolean(let b): sink.ascii(b ? "TRUE" : "FALSE")
        default: delimitedText(v.plainText, delimiter: delimiter)
        }
    }

    /// RFC 4180 through the one field quoter (``CSVField``), into the sink's buffer.
    private func delimitedText(_ s: String, delimiter: UInt8) {
        if CSVField.needsQuotes(s, delimiter: delimiter) {
            sink.append { CSVField.append(s, delimiter: delimiter, to: &$0) }
        } else {
            sink.text(s)
        }
    }
}
