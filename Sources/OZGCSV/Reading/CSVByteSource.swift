import Foundation
import OZGSpreadsheet

/// Reads a file in chunks and hands out bytes in an ASCII-compatible encoding: UTF-8 as it is,
/// UTF-16 transcoded to UTF-8, Windows-1252 as it is (its fields are decoded later).
final class CSVByteSource {
    static let chunkSize = 1 << 20
    private let fd: Int32
    private let path: String
    let encoding: CSVReadOptions.Encoding
    private var pendingByte: UInt8?
    private var pendingHigh: UInt16?
    private var eof = false

    /// Opens `path`, skipping a BOM; `prefix` holds the bytes already read for detection.
    init(path: String, encoding: CSVReadOptions.Encoding, skip: Int) throws {
        self.path = path
        self.encoding = encoding
        fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { throw SpreadsheetError.fileNotFound(path: path) }
            throw SpreadsheetError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if skip > 0 { _ = lseek(fd, off_t(skip), SEEK_SET) }
    }

    deinit { Foundation.close(fd) }

    /// Reads up to `count` raw bytes from the start of a file.
    static func head(path: String, count: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { throw SpreadsheetError.fileNotFound(path: path) }
            throw SpreadsheetError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { Foundation.close(fd) }
        var buf = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, count - filled) }
            if n <= 0 { break }
            filled += n
        }
        buf.removeSubrange(filled...)
        return buf
    }

    /// The next chunk (empty at the end of the file).
    func next() throws -> [UInt8] {
        if eof { return [] }
        var raw = [UInt8](repeating: 0, count: CSVByteSource.chunkSize)
        let n = raw.withUnsafeMutableBytes { read(fd, $0.baseAddress!, CSVByteSource.chunkSize) }
        if n < 0 { throw SpreadsheetError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        if n == 0 {
            eof = true
            return []
        }
        raw.removeSubrange(n...)
        switch encoding {
        case .utf8, .windows1252:
            return raw
        case .utf16LittleEndian, .utf16BigEndian:
            return transcode(raw)
        }
    }

    /// UTF-16 to UTF-8, carrying an odd byte and a high surrogate over chunk boundaries.
    private func transcode(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + raw.count / 2)
        var bytes = raw
        if let p = pendingByte {
            bytes.insert(p, at: 0)
            pendingByte = nil
        }
        if bytes.count % 2 == 1 { pendingByte = bytes.removeLast() }
        let little = encoding == .utf16LittleEndian
        var i = 0
        while i < bytes.count {
            let unit = little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            i += 2
            var scalar: UInt32
            if let high = pendingHigh {
                pendingHigh = nil
                if unit >= 0xDC00 && unit < 0xE000 {
                    scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                } else {
                    append(0xFFFD, to: &out)
                    scalar = UInt32(unit)
                }
            } else {
                scalar = UInt32(unit)
            }
            if scalar >= 0xD800 && scalar < 0xDC00 {
                pendingHigh = UInt16(scalar)
                continue
            }
            if scalar >= 0xDC00 && scalar < 0xE000 { scalar = 0xFFFD }
            append(scalar, to: &out)
        }
        return out
    }

    private func append(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
