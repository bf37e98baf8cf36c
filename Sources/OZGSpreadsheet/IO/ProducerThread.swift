import Foundation

/// A thread that fills something for a consumer, and the lock the two share.
///
/// The producer runs on a thread of its own (``start(name:_:)``); both sides lock ``condition``
/// around what they share. ``stop()`` asks the producer to stop (it looks at ``isCancelled``
/// under the lock) and waits until it has returned, so that what it used may be freed or used
/// again. The zip reader's inflating (`ChunkPipeline`) and ``ReadAheadRowStream`` run on it.
public final class ProducerThread: @unchecked Sendable {
    /// The lock and condition of the producer and its consumer.
    public let condition = NSCondition()
    /// Whether ``stop()`` was called; read it with ``condition`` locked.
    public private(set) var isCancelled = false
    /// Whether the producer has returned; read it with ``condition`` locked.
    public private(set) var hasExited = false

    public init() {}

    /// Runs `body` on a new thread named `name`.
    public func start(name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in
            body()
            condition.lock()
            hasExited = true
            condition.broadcast()
            condition.unlock()
        }
        thread.name = name
        thread.start()
    }

    /// Asks the producer to stop and waits until it has returned.
    public func stop() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        while !hasExited { condition.wait() }
        condition.unlock()
    }
}
