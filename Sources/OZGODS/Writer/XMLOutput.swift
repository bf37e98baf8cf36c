import Foundation

/// A byte buffer for XML text that is flushed to a file descriptor in large blocks.
///
/// Used for `content.xml`, which may be hundreds of megabytes: rows are appended as they come
/// and the buffer goes to disk whenever it passes ``flushThreshold``. Text and attribute values
/// are escaped here; characters XML 1.0 cannot hold (control characters other than tab, line
/// feed and carriage return) are dropped.
final class XMLOutput {
    var bytes: [UInt8] = []
    private let fd: Int32
    private let flushThreshold = 1 << 20
    /// The first write error, reported by ``finish()``.
    private(set) var failure: String?

    /// A buffer that writes to `fd` (or stays in memory when `fd` is -1).
    init(fd: Int32 = -1) {
        self.fd = fd
        bytes.reserveCapacity(fd >= 0 ? flushThreshold + 65536 : 4096)
    }

    @inline(__always) func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always) func raw(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    @inline(__always) func byte(_ b: UInt8) { bytes.append(b) }

    func int(_ v: Int) {
        if v >= 0 && v < 10 { bytes.append(UInt8(48 + v)); return }
        raw(String(v))
    }

    /// Appends `s` escaped for an attribute value in double quotes.
    func attribute(_ s: String) {
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case 0x09: raw("&#9;")
            case 0x0A: raw("&#10;")
            case 0x0D: raw("&#13;")
            case 0..<0x20: break
            default: bytes.append(b)
            }
        }
    }

    /// Appends `s` escaped for element content (no whitespace handling).
    func text(_ s: String) {
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case 0x09, 0x0A, 0x0D: bytes.append(b)
            case 0..<0x20: break
            default: bytes.append(b)
            }
        }
    }

    /// Writes the buffer out when it is large.
    @inline(__always) func flushIfNeeded() {
        if bytes.count >= flushThreshold { flush() }
    }

    func flush() {
        guard fd >= 0, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                guard let base = raw.baseAddress else { break }
                let n = write(fd, base + off, raw.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    if failure == nil { failure = String(cString: strerror(errno)) }
                    break
                }
                off += n
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
