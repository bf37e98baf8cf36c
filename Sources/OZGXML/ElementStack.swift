/// The open elements, in manually managed storage (see `XMLScanner.State`).
struct ElementStack {
    private(set) var items: UnsafeMutablePointer<XMLScanner.StackEntry>
    private(set) var count = 0
    private var capacity = 64

    init() { items = .allocate(capacity: 64) }

    var last: XMLScanner.StackEntry? { count > 0 ? items[count - 1] : nil }

    @inline(__always)
    mutating func append(_ e: XMLScanner.StackEntry) {
        if count == capacity {
            let bigger = UnsafeMutablePointer<XMLScanner.StackEntry>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: items, count: count)
            items.deallocate()
            items = bigger
            capacity *= 2
        }
        (items + count).initialize(to: e)
        count += 1
    }

    @inline(__always)
    mutating func popLast() -> XMLScanner.StackEntry? {
        guard count > 0 else { return nil }
        count -= 1
        return (items + count).move()
    }

    func map<T>(_ f: (XMLScanner.StackEntry) -> T) -> [T] { (0..<count).map { f(items[$0]) } }

    func deallocate() { items.deallocate() }
}
