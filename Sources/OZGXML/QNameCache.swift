#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

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
        /// Where the colon is in the name, -1 without one.
        var colon: Int32 = -1
    }

    private let slotCount = 1024
    private let mask = 1023
    private let slots: UnsafeMutablePointer<Entry>
    private let keys: UnsafeMutablePointer<UInt8>
    private let keyCapacity = 16384
    private var keyLength = 0
    private var used = 0
    /// A few names found lately, compared before a name is scanned, hashed and looked up (tag
    /// after tag a sheet repeats a handful of names): the entries, their first eight bytes and
    /// which of those bytes count (a name shorter than eight bytes has fewer).
    static let recentCount = 8
    private let recent: UnsafeMutablePointer<Entry>
    private let recentHead: UnsafeMutablePointer<UInt64>
    private let recentMask: UnsafeMutablePointer<UInt64>
    private var recentNext = 0

    init() {
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Entry(), count: slotCount)
        keys = .allocate(capacity: keyCapacity)
        recent = .allocate(capacity: QNameCache.recentCount)
        recent.initialize(repeating: Entry(), count: QNameCache.recentCount)
        recentHead = .allocate(capacity: QNameCache.recentCount)
        recentMask = .allocate(capacity: QNameCache.recentCount)
        forgetRecent()
    }

    deinit {
        slots.deallocate()
        keys.deallocate()
        recent.deallocate()
        recentHead.deallocate()
        recentMask.deallocate()
    }

    /// The recent entry whose name the `available` bytes at `p` begin with, followed by a byte
    /// for which `endsName` holds; `nil` when there is none (or fewer than eight bytes).
    @inline(__always)
    func recentMatch(_ p: UnsafePointer<UInt8>, available: Int, endsName: (UInt8) -> Bool) -> Entry? {
        guard available >= 8 else { return nil }
        let head = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        for i in 0..<QNameCache.recentCount where head & recentMask[i] == recentHead[i] {
            let e = recent[i]
            let n = Int(e.keyLength)
            guard n < available, endsName(p[n]) else { continue }
            if n <= 8 || QNameCache.equal(keys + Int(e.keyStart) + 8, p + 8, n - 8) { return e }
        }
        return nil
    }

    /// Keeps an entry that ``lookup(_:_:hash:)`` returned among the recent ones.
    func remember(_ e: Entry) {
        for i in 0..<QNameCache.recentCount where recent[i].keyStart == e.keyStart && recentMask[i] != 0 { return }
        let i = recentNext
        recentNext = (i + 1) % QNameCache.recentCount
        let n = Int(e.keyLength)
        let key = keys + Int(e.keyStart)
        var head: UInt64 = 0
        for k in 0..<min(n, 8) { head |= UInt64(key[k]) << (8 * UInt64(k)) }
        recent[i] = e
        recentHead[i] = head
        recentMask[i] = n >= 8 ? ~0 : (1 << (8 * UInt64(n))) - 1
    }

    /// Empties the recent entries (a mask of 0 with a head of 1 matches nothing).
    private func forgetRecent() {
        for i in 0..<QNameCache.recentCount {
            recentHead[i] = 1
            recentMask[i] = 0
        }
    }

    /// Whether `n` bytes at `a` and `b` are the same, eight at a time (names and end tags are
    /// short: a call of `memcmp` cost more than the comparison).
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        if n < 8 {
            for i in 0..<n where a[i] != b[i] { return false }
            return true
        }
        var i = 0
        while i + 8 <= n {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        return i == n
            || ra.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }

    /// A hash of the name's bytes, eight at a time (names of SpreadsheetML and ODF are 1 to 25
    /// bytes; a byte at a time this was a tenth of reading a sheet). Every byte counts.
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        let raw = UnsafeRawPointer(p)
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            while i < n {
                tail = (tail << 8) | UInt64(p[i])
                i += 1
            }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The cached entry for a raw name, or `nil`.
    @inline(__always)
    func lookup(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt32) -> Entry? {
        var i = Int(h) & mask
        while true {
            let e = slots[i]
            if e.keyStart < 0 { return nil }
            if e.hash == h, Int(e.keyLength) == n {
                if QNameCache.equal(keys + Int(e.keyStart), p, n) { return e }
            }
            i = (i + 1) & mask
        }
    }

    func insert(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt32, name: XMLName, uri: Int32, colon: Int) {
        if used >= slotCount / 2 || keyLength + n > keyCapacity {
            clear()
            if n > keyCapacity { return }
        }
        (keys + keyLength).update(from: p, count: n)
        var i = Int(h) & mask
        while slots[i].keyStart >= 0 { i = (i + 1) & mask }
        slots[i] = Entry(hash: h, keyStart: Int32(keyLength), keyLength: Int32(n), name: name, uri: uri, colon: Int32(colon))
        keyLength += n
        used += 1
    }

    func clear() {
        guard used > 0 else { return }
        for i in 0..<slotCount { slots[i].keyStart = -1 }
        forgetRecent()
        used = 0
        keyLength = 0
    }
}
