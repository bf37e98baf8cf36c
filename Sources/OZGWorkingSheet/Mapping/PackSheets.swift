import OZGSpreadsheet

/// The sheets of a status return as ``WorkingSheetMapper/mapStatusReturn(_:headers:into:)``
/// reads them: the first rows of each sheet (its header, the cover's labels, a title) and every
/// row on demand, from a workbook in memory (``WorkbookPackSheets``) or streamed from a reader
/// (``StreamedPackSheets``).
protocol PackSheets {
    associatedtype Failure: Error
    var count: Int { get }
    /// Sheet `i` with its first rows: at least its first ``headRows`` rows and its first
    /// ``headNonBlankRows`` non-blank rows (every row of a shorter sheet).
    func head(_ i: Int) -> Sheet
    /// Calls `body` with every row of sheet `i` in the sheet's order until it returns `false`.
    /// With `columns` the rows need hold only the cells of those columns, and rows without such
    /// a cell may be left out.
    func forEachRow(_ i: Int, columns: [Int]?, _ body: (Row) -> Bool) throws(Failure)
}

extension PackSheets {
    /// What the mapping looks at in a sheet's head: the cover's first 40 rows, the reply
    /// column's header in the first 30, the status header in the first 30 non-blank rows.
    static var headRows: Int { 40 }
    static var headNonBlankRows: Int { 30 }
}

/// The sheets of a workbook in memory.
struct WorkbookPackSheets: PackSheets {
    let workbook: Workbook
    var count: Int { workbook.sheets.count }
    func head(_ i: Int) -> Sheet { workbook.sheets[i] }
    func forEachRow(_ i: Int, columns: [Int]?, _ body: (Row) -> Bool) {
        for row in workbook.sheets[i].rows where !body(row) { return }
    }
}

/// The sheets of a reader, streamed: the heads are read once up front; every call of
/// ``forEachRow(_:columns:_:)`` streams the sheet from its start (with only the columns asked
/// for, when the reader can leave out the others), so no sheet is held in memory whole.
struct StreamedPackSheets: PackSheets {
    let reader: any SpreadsheetReader
    let heads: [Sheet]

    /// Reads the head of every sheet.
    init(reader: any SpreadsheetReader) throws {
        self.reader = reader
        var heads: [Sheet] = []
        for i in reader.sheets.indices {
            let stream = try reader.rows(ofSheet: i)
            var rows: [Row] = []
            var nonBlank = 0
            while rows.count < Self.headRows || nonBlank < Self.headNonBlankRows, let row = try stream.next() {
                rows.append(row)
                if !row.isBlank { nonBlank += 1 }
            }
            heads.append(Sheet(info: reader.sheets[i], rows: rows, layout: .empty))
        }
        self.heads = heads
    }

    var count: Int { heads.count }
    func head(_ i: Int) -> Sheet { heads[i] }

    func forEachRow(_ i: Int, columns: [Int]?, _ body: (Row) -> Bool) throws(any Error) {
        let stream: any RowStream
        if let columns, let selecting = reader as? any ColumnSelectingReader {
            stream = try selecting.rows(ofSheet: i, onlyColumns: columns)
        } else {
            stream = try reader.rows(ofSheet: i)
        }
        while let row = try stream.next() {
            if !body(row) { return }
        }
    }
}
