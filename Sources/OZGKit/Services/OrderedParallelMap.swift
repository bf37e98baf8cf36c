import Foundation

/// Runs a throwing function over inputs on worker threads and hands the results to a consumer
/// in input order, on the calling thread, while the workers go on with the next inputs: reading
/// returned files on every core while the files before them are stored. At most `window`
/// results wait for the consumer, so memory is bounded by the window, not by the inputs.
///
/// When the consumer throws, the workers take no new input, the running ones finish, and the
/// error is rethrown after every worker has returned (no thread outlives the call).
enum OrderedParallelMap {
    /// Workers and window for this machine: one worker per core; each core may be two files ahead.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func forEach<T, R>(
        _ inputs: [T], workers: Int = OrderedParallelMap.workers, window: Int? = nil,
        _ body: @escaping (T) throws -> R, each: (Int, Result<R, any Error>) throws -> Void
    ) throws {
        guard !inputs.isEmpty else { return }
        let state = State<R>(window: max(1, window ?? 2 * workers))
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "OZGKit.OrderedParallelMap", attributes: .concurrent)
        for _ in 0..<min(workers, inputs.count) {
            queue.async(group: group) {
                while let i = state.take(count: inputs.count) {
                    let r = Result { try body(inputs[i]) }
                    state.put(i, r)
                }
            }
        }
        defer {
            state.cancel()
            group.wait()
        }
        for i in inputs.indices {
            try each(i, state.result(i))
        }
    }

    /// The shared state of one run, guarded by one condition.
    private final class State<R>: @unchecked Sendable {
        let condition = NSCondition()
        let window: Int
        var next = 0
        var delivered = 0
        var cancelled = false
        var results: [Int: Result<R, any Error>] = [:]

        init(window: Int) { self.window = window }

        /// The next input to work on, waiting while `window` results are ahead of the consumer;
        /// `nil` when all are taken or the run was cancelled.
        func take(count: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !cancelled && next < count && next - delivered >= window { condition.wait() }
            guard !cancelled, next < count else { return nil }
            next += 1
            return next - 1
        }

        func put(_ i: Int, _ r: Result<R, any Error>) {
            condition.lock()
            results[i] = r
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for the result of input `i` and hands it over (the worker may go on).
        func result(_ i: Int) -> Result<R, any Error> {
            condition.lock()
            defer { condition.unlock() }
            while results[i] == nil { condition.wait() }
            delivered = i + 1
            condition.broadcast()
            return results.removeValue(forKey: i) ?? .failure(CancellationError())
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
