import Foundation
import OZGArchive
import OZGSpreadsheet
import OZGXML

/// The zip package of a workbook: parts, relationships, and XML scanners over parts with
/// errors mapped to `SpreadsheetError`.
final class XLSXPackage {
    let path: String
    let limits: ReadLimits
    let zip: ZipArchive

    /// One relationship of a `.rels` part, its target resolved to a part name.
    struct Relationship {
        var id: String
        /// The last segment of the type URI (`worksheet`, `sharedStrings`, `officeDocument`).
        var type: String
        /// The part name for internal targets, the URL for external ones.
        var target: String
        var isExternal: Bool
    }

    init(path: String, limits: ReadLimits) throws {
        self.path = path
        self.limits = limits
        self.zip = try ZipArchive(path: path, limits: limits)
    }

    func contains(_ part: String) -> Bool { zip.contains(part) }

    /// A scanner over a part; small parts are read whole, large ones inflate on a second thread.
    func scanner(part: String, names: XMLNameTable) throws -> XMLScanner? {
        guard let entry = zip.entry(named: part) else { return nil }
        let large = entry.uncompressedSize > 4 << 20 || entry.compressedSize > 1 << 20
        let reader = try zip.stream(entry, background: large, chunkSize: 1 << 21)
        return XMLScanner(source: ZipXMLSource(reader), names: names, limits: limits, bufferSize: 1 << 18)
    }

    /// Runs `body`, turning scanner errors into `SpreadsheetError`s naming the part.
    func mapping<R>(part: String, _ body: () throws -> R) throws -> R {
        do {
            return try body()
        } catch let e as XMLError {
            throw XLSXPackage.map(e, path: path, part: part)
        }
    }

    static func map(_ e: XMLError, path: String, part: String) -> SpreadsheetError {
        switch e {
        case .malformed(let offset, let reason):
            return .malformedXML(path: path, part: part, offset: offset, reason: reason)
        case .limitExceeded(_, let limit, let value, let maximum):
            return .limitExceeded(path: path, part: part, limit: limit, value: String(value), maximum: String(maximum))
        }
    }

    // MARK: - Relationships

    private static let relNames: (table: XMLNameTable, rel: XMLName, id: XMLName, type: XMLName, target: XMLName, mode: XMLName) = {
        var t = XMLNameTable()
        let rel = t.register("Relationship", in: XLSXNamespaces.packageRelationships)
        let id = t.register("Id", in: XMLNamespace.none)
        let type = t.register("Type", in: XMLNamespace.none)
        let target = t.register("Target", in: XMLNamespace.none)
        let mode = t.register("TargetMode", in: XMLNamespace.none)
        return (t, rel, id, type, target, mode)
    }()

    /// The relationships of `part` (`""` for the package itself), targets resolved.
    func relationships(of part: String) throws -> [Relationship] {
        let relsPart = XLSXPackage.relsPart(of: part)
        let n = XLSXPackage.relNames
        guard let s = try scanner(part: relsPart, names: n.table) else { return [] }
        let baseDir = XLSXPackage.directory(of: part)
        return try mapping(part: relsPart) {
            var out: [Relationship] = []
            while true {
                let e = try s.next()
                if e == .endOfDocument { break }
                guard e == .startElement(n.rel) else { continue }
                let external = s.attribute(n.mode)?.lowercased() == "external"
                let rawTarget = s.attribute(n.target) ?? ""
                let type = s.attribute(n.type) ?? ""
                out.append(
                    Relationship(
                        id: s.attribute(n.id) ?? "",
                        type: String(type.split(separator: "/").last ?? ""),
                        target: external ? rawTarget : XLSXPackage.resolve(rawTarget, against: baseDir),
                        isExternal: external))
            }
            return out
        }
    }

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`; `_rels/.rels` for the package.
    static func relsPart(of part: String) -> String {
        if part.isEmpty { return "_rels/.rels" }
        let dir = directory(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return dir + "_rels/" + name + ".rels"
    }

    /// The folder of a part with a trailing slash (`xl/`), `""` at the top.
    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// Resolves a relationship target (`/xl/worksheets/sheet1.xml`, `worksheets/sheet1.xml`,
    /// `../media/a.png`) against the source part's folder.
    static func resolve(_ target: String, against baseDir: String) -> String {
        var t = target
        if let hash = t.firstIndex(of: "#") { t = String(t[..<hash]) }
        t = t.replacingOccurrences(of: "\\", with: "/")
        let joined = t.hasPrefix("/") ? t : baseDir + t
        var parts: [Substring] = []
        for seg in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if seg == "." { continue }
            if seg == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(seg)
        }
        let path = parts.joined(separator: "/")
        return path.removingPercentEncodingIfNeeded()
    }
}

extension String {
    /// Decodes `%20` and the like in relationship targets; leaves the text as it is otherwise.
    func removingPercentEncodingIfNeeded() -> String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var it = Array(utf8)[...]
        while let b = it.first {
            it = it.dropFirst()
            if b == 0x25, it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(validatingUTF8Bytes: bytes) ?? self
    }

    init?(validatingUTF8Bytes bytes: [UInt8]) {
        var it = bytes.makeIterator()
        var utf8 = UTF8()
        var out = String.UnicodeScalarView()
        loop: while true {
            switch utf8.decode(&it) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(out)
    }
}

/// Feeds a zip entry stream to an XML scanner.
final class ZipXMLSource: XMLByteSource {
    let reader: ZipEntryReader
    init(_ reader: ZipEntryReader) { self.reader = reader }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int { try reader.read(into: buffer) }
}
