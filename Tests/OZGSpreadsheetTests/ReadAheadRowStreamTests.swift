import Foundation
import OZGSpreadsheet
import Testing

/// `ReadAheadRowStream` reads a stream on a thread of its own: the same rows in the same order,
/// the error after the rows before it, and a stream dropped early stops its thread and lets go
/// of the stream it reads.
@Suite("Read-ahead row stream")
struct ReadAheadRowStreamTests {
    struct Failure: Error, Equatable { let after: Int }

    /// `count` rows, then `nil` or (with `failAfter`) an error; counts how far it was read.
    final class Counting: RowStream {
        let count: Int
        let failAfter: Int?
        private(set) var read = 0
        init(count: Int, failAfter: Int? = nil) {
            self.count = count
            self.failAfter = failAfter
        }
        func next() throws -> Row? {
            if let failAfter, read == failAfter { throw Failure(after: read) }
            guard read < count else { return nil }
            read += 1
            return Row(index: read * 2, cells: [Cell(column: read % 3, value: .number(Double(read)))])
        }
    }

    static func drain(_ stream: any RowStream) throws -> [Row] {
        var rows: [Row] = []
        while let row = try stream.next() { rows.append(row) }
        return rows
    }

    @Test("the same rows in the same order, at any batch size", arguments: [1, 2, 7, 256])
    func sameRows(batchSize: Int) throws {
        let expected = try Self.drain(Counting(count: 1000))
        let stream = ReadAheadRowStream(Counting(count: 1000), batchSize: batchSize, batches: 2)
        #expect(try Self.drain(stream) == expected)
        #expect(try stream.next() == nil)
        #expect(try Self.drain(ReadAheadRowStream(Counting(count: 0), batchSize: batchSize)).isEmpty)
    }

    @Test("an error comes after the rows read before it", arguments: [1, 3, 50])
    func errorAfterRows(batchSize: Int) throws {
        let stream = ReadAheadRowStream(Counting(count: 100, failAfter: 10), batchSize: batchSize)
        var rows = 0
        #expect(throws: Failure(after: 10)) {
            while try stream.next() != nil { rows += 1 }
        }
        #expect(rows == 10)
    }

    @Test("a stream dropped early stops reading and lets go of its source")
    func droppedEarly() throws {
        weak var source: Counting?
        do {
            let base = Counting(count: 1_000_000)
            source = base
            let stream = ReadAheadRowStream(base, batchSize: 4, batches: 2)
            _ = try stream.next()
        }
        // Released by the reading thread before the stream's release returned.
        #expect(source == nil)
    }
}
