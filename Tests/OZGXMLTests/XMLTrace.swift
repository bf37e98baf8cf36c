import OZGSpreadsheet
import OZGXML

/// Scans a whole document into a readable list of events, for comparing.
func trace(_ xml: String, chunkSize: Int = Int.max, limits: ReadLimits = .default) throws -> [String] {
    try trace(Array(xml.utf8), chunkSize: chunkSize, limits: limits)
}

func trace(_ bytes: [UInt8], chunkSize: Int = Int.max, limits: ReadLimits = .default) throws -> [String] {
    let scanner = XMLScanner(
        source: XMLBufferSource(bytes, chunkSize: chunkSize), names: XMLNameTable(), limits: limits,
        bufferSize: chunkSize < 100 ? 64 : 1 << 16)
    var out: [String] = []
    while true {
        switch try scanner.next() {
        case .startElement:
            var s = "<{\(scanner.namespaceURI)}\(scanner.localName)"
            for i in 0..<scanner.attributeCount {
                s += " {\(scanner.attributeNamespaceURI(at: i))}\(scanner.attributeLocalName(at: i))=\(scanner.attributeValue(at: i))"
            }
            if scanner.isEmptyElement { s += "/" }
            out.append(s + ">")
        case .endElement:
            out.append("</>")
        case .text:
            out.append("'" + scanner.text + "'")
        case .endOfDocument:
            return out
        }
    }
}

/// The error a document produces, `nil` when it scans.
func scanError(_ xml: String, limits: ReadLimits = .default) -> XMLError? {
    scanError(Array(xml.utf8), limits: limits)
}

func scanError(_ bytes: [UInt8], limits: ReadLimits = .default, chunkSize: Int = Int.max) -> XMLError? {
    do {
        _ = try trace(bytes, chunkSize: chunkSize, limits: limits)
        return nil
    } catch let e as XMLError {
        return e
    } catch {
        return .malformed(offset: -1, reason: "unexpected error \(error)")
    }
}
