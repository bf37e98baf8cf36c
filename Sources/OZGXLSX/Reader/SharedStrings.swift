import OZGSpreadsheet
import OZGXML

/// The shared string table (`xl/sharedStrings.xml`): rich-text runs joined, phonetic runs
/// (`rPh`) left out.
struct SharedStrings {
    var strings: [String] = []

    static let names: (table: XMLNameTable, si: XMLName, t: XMLName, rPh: XMLName, sst: XMLName, uniqueCount: XMLName) = {
        var t = XMLNameTable()
        let si = t.register("si", in: XLSXNamespaces.main)
        let tt = t.register("t", in: XLSXNamespaces.main)
        let rPh = t.register("rPh", in: XLSXNamespaces.main)
        let sst = t.register("sst", in: XLSXNamespaces.main)
        let uniqueCount = t.register("uniqueCount", in: XMLNamespace.none)
        return (t, si, tt, rPh, sst, uniqueCount)
    }()

    init() {}

    init(package: XLSXPackage, part: String) throws {
        let n = SharedStrings.names
        guard let s = try package.scanner(part: part, names: n.table) else { return }
        var strings: [String] = []
        try package.mapping(part: part) {
            var bytes: [UInt8] = []
            var inSI = false
            var inT = false
            while true {
                switch try s.next() {
                case .startElement(let name):
                    if name == n.si {
                        inSI = true
                        bytes.removeAll(keepingCapacity: true)
                    } else if name == n.t && inSI {
                        inT = true
                    } else if name == n.rPh {
                        try s.skipElement()
                    } else if name == n.sst, let count = s.attributeInt(n.uniqueCount), count > 0 {
                        strings.reserveCapacity(min(count, 1 << 22))
                    }
                case .endElement(let name):
                    if name == n.t {
                        inT = false
                    } else if name == n.si {
                        inSI = false
                        strings.append(OOXMLEscapes.string(bytes))
                    }
                case .text:
                    if inT { bytes.append(contentsOf: s.textBytes) }
                case .endOfDocument:
                    return
                }
            }
        }
        self.strings = strings
    }
}
