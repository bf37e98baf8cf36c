import OZGSpreadsheet

/// The encoding and delimiter of a file, detected from its first bytes.
struct CSVDialect {
    var encoding: CSVReadOptions.Encoding
    /// Bytes of BOM to skip.
    var bomLength: Int
    var delimiter: UInt8
    /// The file starts with Excel's `sep=X` line, which is not data.
    var hasSepLine: Bool

    static let headSize = 64 << 10

    /// Detects what `options` leaves open from the first 64 KiB of the file.
    static func detect(path: String, options: CSVReadOptions) throws -> CSVDialect {
        let head = try CSVByteSource.head(path: path, count: headSize)
        var encoding: CSVReadOptions.Encoding
        var bom = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8; bom = 3
        } else if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian; bom = 2
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian; bom = 2
        } else if let utf16 = utf16WithoutBOM(head) {
            encoding = utf16
        } else if isValidUTF8Prefix(head) {
            encoding = .utf8
        } else {
            encoding = .windows1252
        }
        if let forced = options.encoding {
            if forced != encoding { bom = 0 }
            if forced == .utf8 && head.starts(with: [0xEF, 0xBB, 0xBF]) { bom = 3 }
            encoding = forced
        }
        // Work on an ASCII-compatible view of the head for the delimiter.
        var text = Array(head.dropFirst(bom))
        if encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
            let little = encoding == .utf16LittleEndian
            var ascii: [UInt8] = []
            var i = 0
            while i + 1 < text.count {
                let unit = little ? UInt16(text[i]) | UInt16(text[i + 1]) << 8 : UInt16(text[i]) << 8 | UInt16(text[i + 1])
                ascii.append(unit < 0x80 ? UInt8(unit) : 0x3F)
                i += 2
            }
            text = ascii
        }
        var sepLine = false
        var delimiter = options.delimiter
        if text.count >= 5, text[0] | 0x20 == UInt8(ascii: "s"), text[1] | 0x20 == UInt8(ascii: "e"),
            text[2] | 0x20 == UInt8(ascii: "p"), text[3] == UInt8(ascii: "="),
            text.count == 5 || text[5] == 0x0A || text[5] == 0x0D
        {
            sepLine = true
            if delimiter == nil { delimiter = text[4] }
        }
        return CSVDialect(
            encoding: encoding, bomLength: bom, delimiter: delimiter ?? detectDelimiter(text), hasSepLine: sepLine)
    }

    /// `,`, `;` or tab: the candidate with the same non-zero count outside quotes on most of the
    /// first 20 records; `;` wins a tie (German Excel), then `,`. Defaults to `,`.
    static func detectDelimiter(_ text: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09]
        var counts: [[Int]] = [[], [], []]
        var current = [0, 0, 0]
        var inQuotes = false
        var i = 0
        var records = 0
        while i < text.count && records < 20 {
            let b = text[i]
            if b == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes && (b == 0x0A || b == 0x0D) {
                if b == 0x0D, i + 1 < text.count, text[i + 1] == 0x0A { i += 1 }
                for k in 0..<3 { counts[k].append(current[k]) }
                current = [0, 0, 0]
                records += 1
            } else if !inQuotes, let k = candidates.firstIndex(of: b) {
                current[k] += 1
            }
            i += 1
        }
        if records < 20 && current != [0, 0, 0] { for k in 0..<3 { counts[k].append(current[k]) } }
        var best: (score: Int, width: Int, index: Int)? = nil
        for k in 0..<3 {
            var freq: [Int: Int] = [:]
            for c in counts[k] where c > 0 { freq[c, default: 0] += 1 }
            guard let (width, score) = freq.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if let b = best, score < b.score || (score == b.score && width <= b.width) { continue }
            best = (score, width, k)
        }
        return best.map { candidates[$0.index] } ?? UInt8(ascii: ",")
    }

    /// UTF-16 without BOM: most odd (LE) or even (BE) bytes of the start are NUL.
    private static func utf16WithoutBOM(_ head: [UInt8]) -> CSVReadOptions.Encoding? {
        let n = min(head.count, 512) & ~1
        guard n >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if head[i] == 0 { evenZero += 1 }
            if head[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = n / 2
        if oddZero * 10 >= pairs * 9 && evenZero * 10 < pairs { return .utf16LittleEndian }
        if evenZero * 10 >= pairs * 9 && oddZero * 10 < pairs { return .utf16BigEndian }
        return nil
    }

    /// Valid UTF-8, allowing a sequence cut off at the end of the sample.
    static func isValidUTF8Prefix(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let len: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { len = 2 } else if b & 0xF0 == 0xE0 { len = 3 } else if b & 0xF8 == 0xF0, b <= 0xF4 { len = 4 } else { return false }
            if i + len > n { return n - i < 4 && bytes[(i + 1)...].allSatisfy { $0 & 0xC0 == 0x80 } }
            for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += len
        }
        return true
    }
}
