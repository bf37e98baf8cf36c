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
                if memcmp(keys + Int(e.keyStart), p, n) == 0 { return e }
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
