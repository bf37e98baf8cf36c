import Foundation
import OZGSpreadsheet

/// A buffered writer of bytes to a file descriptor (stdout by default).
///
/// Dumping millions of cells must not allocate a String per cell: callers append bytes,
/// integers, numbers, dates and UTF-8 text into one reused buffer that is flushed in 256 KB
/// blocks. Text longer than the buffer is written through directly.
public final class ByteSink {
    private let fd: Int32
    private let capacity = 1 << 18
    /// Room kept behind `capacity` for the small appends that do not check (bytes, digits).
    private static let slack = 256
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0

    public init(fileDescriptor: Int32 = 1) {
        fd = fileDescriptor
        buffer = .allocate(capacity: capacity + ByteSink.slack)
    }

    deinit {
        flush()
        buffer.deallocate()
    }

    /// Appends one byte.
    @inline(__always) public func byte(_ b: UInt8) {
        buffer[count] = b
        count &+= 1
        if count >= capacity { flush() }
    }

    /// Appends ASCII text known at compile time.
    @inline(__always) public func ascii(_ s: StaticString) {
        s.withUTF8Buffer { bytes($0) }
    }

    /// Appends the UTF-8 bytes of `s`.
    @inline(__always) public func text(_ s: String) {
        var s = s
        s.withUTF8 { bytes($0) }
    }

    /// Appends raw bytes.
    public func bytes(_ b: UnsafeBufferPointer<UInt8>) {
        guard let src = b.baseAddress, b.count > 0 else { return }
        if count + b.count > capacity {
            flush()
            if b.count > capacity {
                writeAll(src, b.count)
                return
            }
        }
        (buffer + count).update(from: src, count: b.count)
        count += b.count
    }

    private var scratch: [UInt8] = []

    /// Lets an encoder (``JSONString``, ``CSVField``) append its bytes (through a reused scratch
    /// array; callers take the fast path of plain text themselves).
    public func append(_ body: (inout [UInt8]) -> Void) {
        scratch.removeAll(keepingCapacity: true)
        body(&scratch)
        scratch.withUnsafeBufferPointer { bytes($0) }
    }

    /// Appends a decimal integer without going through String.
    public func integer(_ v: Int64) {
        if count + 24 > capacity { flush() }
        if v == 0 {
            buffer[count] = 48
            count += 1
            return
        }
        var n = v.magnitude
        if v < 0 {
            buffer[count] = 45
            count += 1
        }
        var digits = 0
        var m = n
        while m > 0 {
            digits += 1
            m /= 10
        }
        var i = count + digits
        count = i
        while n > 0 {
            i -= 1
            buffer[i] = UInt8(truncatingIfNeeded: 48 + n % 10)
            n /= 10
        }
    }

    /// Appends a number in its shortest round-tripping form (`3`, `1.5`, `1e-07`).
    public func number(_ d: Double) {
        if d == d.rounded(), abs(d) < 1e15 {
            integer(Int64(d))
        } else {
            text(NumberText.shortest(d))
        }
    }

    /// Appends `v` with at least `width` digits (`7` → `07`); `v` must not be negative.
    public func padded(_ v: Int, width: Int) {
        if count + 24 > capacity { flush() }
        var digits = 1
        var m = v / 10
        while m > 0 {
            digits += 1
            m /= 10
        }
        var n = max(digits, width)
        var i = count + n
        count = i
        var x = v
        while n > 0 {
            i -= 1
            buffer[i] = UInt8(truncatingIfNeeded: 48 + x % 10)
            x /= 10
            n -= 1
        }
    }

    /// Appends `YYYY-MM-DD` (the form of ``CalendarDate/iso``).
    public func isoDate(_ d: CalendarDate) {
        if d.year < 0 {
            byte(45)
            padded(-d.year, width: 4)
        } else {
            padded(d.year, width: 4)
        }
        byte(45)
        padded(d.month, width: 2)
        byte(45)
        padded(d.day, width: 2)
    }

    /// Appends `HH:MM:SS`, rounded to the second and at most 23:59:59.
    public func clock(_ seconds: Double) {
        let s = seconds.isFinite ? min(max(Int(seconds.rounded()), 0), 86_399) : 0
        padded(s / 3600, width: 2)
        byte(58)
        padded((s % 3600) / 60, width: 2)
        byte(58)
        padded(s % 60, width: 2)
    }

    /// Writes everything buffered. Ignores EPIPE (a closed pipe such as `| head`).
    public func flush() {
        writeAll(buffer, count)
        count = 0
    }

    private func writeAll(_ p: UnsafePointer<UInt8>, _ n: Int) {
        var offset = 0
        while offset < n {
            let w = write(fd, p + offset, n - offset)
            if w <= 0 {
                if w < 0 && errno == EINTR { continue }
                break
            }
            offset += w
        }
    }

    private func writeAll(_ p: UnsafeMutablePointer<UInt8>, _ n: Int) { writeAll(UnsafePointer(p), n) }
}
