import Foundation

/// A row stream read ahead on a thread of its own, so that parsing a sheet and using its rows
/// (printing them, writing them to another file) run on two cores.
///
/// The reading thread takes rows from `base` in batches and keeps at most `batches` of them
/// waiting, so memory stays bounded. Rows come out in `base`'s order; an error of `base` comes out
/// after the rows read before it, as it would unwrapped. `base` (and the reader behind it) is used
/// only by the reading thread until the end of the stream or until this stream is released
/// (which stops the thread and waits for it), so the reader may be used again after either.
///
/// ```swift
/// let rows = ReadAheadRowStream(try reader.rows(ofSheet: 0))
/// while let row = try rows.next() { … }
/// ```
public final class ReadAheadRowStream: RowStream {
    private let channel: Channel
    private var current: [Row] = []
    private var index = 0

    /// - Parameters:
    ///   - base: the stream to read ahead; not to be used by the caller any more.
    ///   - batchSize: rows handed over at a time.
    ///   - batches: how many batches may wait.
    public init(_ base: any RowStream, batchSize: Int = 256, batches: Int = 4) {
        channel = Channel(limit: max(1, batches))
        let channel = self.channel
        let source = UncheckedStream(base: base)
        let size = max(1, batchSize)
        channel.worker.start(name: "ozg-read-ahead") { channel.produce(source, batchSize: size) }
    }

    deinit { channel.worker.stop() }

    public func next() throws -> Row? {
        if index < current.count {
            index += 1
            return current[index - 1]
        }
        guard let batch = try channel.take() else {
            current = []
            index = 0
            return nil
        }
        current = batch
        index = 1
        return batch[0]
    }

    /// The stream, dropped by the reading thread before it signals its end (a reader's stream
    /// may share the reader's resources, which must not be touched from two threads).
    private final class UncheckedStream: @unchecked Sendable {
        var base: (any RowStream)?
        init(base: any RowStream) { self.base = base }
    }

    /// The batches between the reading thread and the consumer.
    private final class Channel: @unchecked Sendable {
        let worker = ProducerThread()
        private var condition: NSCondition { worker.condition }
        private let limit: Int
        private var ready: [[Row]] = []
        private var finished = false
        private var failure: (any Error)?

        init(limit: Int) { self.limit = limit }

        func produce(_ source: UncheckedStream, batchSize: Int) {
            defer { source.base = nil }
            while true {
                var batch: [Row] = []
                batch.reserveCapacity(batchSize)
                var error: (any Error)?
                var atEnd = false
                do {
                    while batch.count < batchSize {
                        guard let row = try source.base?.next() else {
                            atEnd = true
                            break
                        }
                        batch.append(row)
                    }
                } catch let e {
                    error = e
                    atEnd = true
                }
                condition.lock()
                while ready.count >= limit && !worker.isCancelled { condition.wait() }
                if worker.isCancelled {
                    condition.unlock()
                    return
                }
                if !batch.isEmpty { ready.append(batch) }
                if atEnd {
                    failure = error
                    finished = true
                }
                condition.broadcast()
                condition.unlock()
                if atEnd { return }
            }
        }

        /// The next batch; `nil` at the end; the reading thread's error after its rows.
        func take() throws -> [Row]? {
            condition.lock()
            defer { condition.unlock() }
            while ready.isEmpty && !finished { condition.wait() }
            if !ready.isEmpty {
                condition.broadcast()
                return ready.removeFirst()
            }
            // At the end the reading thread has let go of the stream; wait until it has returned.
            while !worker.hasExited { condition.wait() }
            if let failure {
                self.failure = nil
                throw failure
            }
            return nil
        }
    }
}
