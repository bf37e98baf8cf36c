import Foundation

/// The work list of a fan-out: which council is next, and what each one produced.
final class FanOutResults: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var failed = false
    private var outcomes: [Result<[String], any Error>?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    /// The next council to render; `nil` when all are taken or one has failed.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !failed, next < outcomes.count else { return nil }
        next += 1
        return next - 1
    }

    func finish(_ index: Int, _ outcome: Result<[String], any Error>) {
        lock.lock()
        defer { lock.unlock() }
        outcomes[index] = outcome
        if case .failure = outcome { failed = true }
    }

    /// The paths in council order, or the first error in council order.
    func paths() throws -> [String] {
        lock.lock()
        defer { lock.unlock() }
        var out: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let p)?: out += p
            case .failure(let e)?: throw e
            case nil: continue
            }
        }
        return out
    }
}
