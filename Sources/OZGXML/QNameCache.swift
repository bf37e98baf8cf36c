/// A small open-addressing map from a raw qualified name (`x:c`) to what it resolved to.
///
/// Valid only while the namespace bindings stay the same: the scanner clears it whenever an
/// element declares or drops a binding. Documents with more distinct names than it holds simply
/// clear it and start again.
final class QNameCache {
    struct Entry {
        var hash: UInt32 = 0
        var keyStart: Int32 = -1
        var keyLength: Int32 = 0
        var name: XMLName = .unknown
        var uri: Int32 = 0
    }

    private let slotCount = 1024
    private let mask = 1023
    private let slots: UnsafeMutablePointer<Entry>
    private let keys: UnsafeMutablePointer<UInt8>
    private let keyCapacity = 16384
    private var keyLength = 0
    private var used = 0

    init() {
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Entry(), count: slotCount)
        keys = .allocate(capacity: keyCapacity)
    }

    deinit {
        slots.deallocate()
        keys.deallocate()
    }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for i in 0..<n { h = (h ^ UInt32(p[i])) &* 16_777_619 }
        return h
    }

    /// The cached entry for a raw name, or `nil`.
    @inline(__always)
    func lookup(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt32) -> Entry? {
        var i = Int(h) & mask
        while true {
            let e = slots[i]
            if e.keyStart < 0 { return nil }
            if e.hash == h, Int(e.keyLength) == n {
                let k = keys + Int(e.keyStart)
                var same = true
                for j in 0..<n where k[j] != p[j] { same = false; break }
                if same { return e }
            }
            i = (i + 1) & mask
        }
    }

    func insert(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt32, name: XMLName, uri: Int32) {
        if used >= slotCount / 2 || keyLength + n > keyCapacity {
            clear()
            if n > keyCapacity { return }
        }
        (keys + keyLength).update(from: p, count: n)
        var i = Int(h) & mask
        while slots[i].keyStart >= 0 { i = (i + 1) & mask }
        slots[i] = Entry(hash: h, keyStart: Int32(keyLength), keyLength: Int32(n), name: name, uri: uri)
        keyLength += n
        used += 1
    }

    func clear() {
        guard used > 0 else { return }
        for i in 0..<slotCount { slots[i].keyStart = -1 }
        used = 0
        keyLength = 0
    }
}
