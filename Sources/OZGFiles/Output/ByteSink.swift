import Foundation
import OZGSpreadsheet

/// A buffered writer of bytes to a file descriptor (stdout by default).
///
/// Dumping millions of cells must not allocate a String per cell: callers append bytes,
/// small integers and UTF-8 text into one buffer that is flushed in 256 KB blocks.
public final class ByteSink {
    private var buffer: [UInt8] = []
    private let fd: Int32
    private let capacity = 1 << 18

    public init(fileDescriptor: Int32 = 1) {
        fd = fileDescriptor
        buffer.reserveCapacity(capacity + 4096)
    }

    @inline(__always) public func byte(_ b: UInt8) {
        buffer.append(b)
    }

    @inline(__always) public func ascii(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
        flushIfFull()
    }

    public func text(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        flushIfFull()
    }

    /// Lets an encoder (``JSONString``, ``CSVField``) append to the buffer directly.
    @inline(__always) public func append(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        flushIfFull()
    }

    /// Appends a decimal integer without going through String.
    public func integer(_ v: Int64) {
        if v == 0 { buffer.append(48); return }
        var n = v.magnitude
        if v < 0 { buffer.append(45) }
        var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch
        withUnsafeMutableBytes(of: &tmp) { raw in
            var i = raw.count
            while n > 0 {
                i -= 1
                raw[i] = UInt8(48 + n % 10)
                n /= 10
            }
            buffer.append(contentsOf: raw[i...])
        }
    }

    /// Appends a number in its shortest round-tripping form (`3`, `1.5`, `1e-07`).
    public func number(_ d: Double) {
        if d == d.rounded(), abs(d) < 1e15 {
            integer(Int64(d))
        } else {
            text(NumberText.shortest(d))
        }
        flushIfFull()
    }

    @inline(__always) func flushIfFull() {
        if buffer.count >= capacity { flush() }
    }

    /// Writes everything buffered. Ignores EPIPE (a closed pipe such as `| head`).
    public func flush() {
        var offset = 0
        buffer.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if n < 0 && errno == EINTR { continue }
                    break
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
