import Foundation
import OZGSpreadsheet
import OZGXML

/// `docProps/core.xml` (title, creator, dates) and `docProps/app.xml` (application, company).
enum PropertiesParts {
    private static let names: (table: XMLNameTable, fields: [XMLName: WritableKeyPath<DocumentProperties, String?>], created: XMLName, modified: XMLName) = {
        var t = XMLNameTable()
        var f: [XMLName: WritableKeyPath<DocumentProperties, String?>] = [:]
        f[t.register("title", in: XLSXNamespaces.dublinCore)] = \.title
        f[t.register("subject", in: XLSXNamespaces.dublinCore)] = \.subject
        f[t.register("creator", in: XLSXNamespaces.dublinCore)] = \.author
        f[t.register("description", in: XLSXNamespaces.dublinCore)] = \.comments
        f[t.register("keywords", in: XLSXNamespaces.coreProperties)] = \.keywords
        f[t.register("Application", in: XLSXNamespaces.extendedProperties)] = \.application
        f[t.register("Company", in: XLSXNamespaces.extendedProperties)] = \.company
        let created = t.register("created", in: XLSXNamespaces.dublinCoreTerms)
        let modified = t.register("modified", in: XLSXNamespaces.dublinCoreTerms)
        return (t, f, created, modified)
    }()

    /// Fills `properties` from a core or app part; a missing part changes nothing.
    static func read(package: XLSXPackage, part: String, into properties: inout DocumentProperties) throws {
        let n = names
        guard let s = try package.scanner(part: part, names: n.table) else { return }
        try package.mapping(part: part) {
            while true {
                let e = try s.next()
                if e == .endOfDocument { break }
                guard case .startElement(let name) = e, s.depth == 2 else { continue }
                if let key = n.fields[name] {
                    let v = try s.elementText().trimmingXMLSpace()
                    if !v.isEmpty { properties[keyPath: key] = v }
                } else if name == n.created || name == n.modified {
                    let v = try s.elementText().trimmingXMLSpace()
                    var dt: LocalDateTime?
                    switch LocalDateTime.parseISO(v) {
                    case .dateTime(let d)?: dt = d
                    case .date(let d)?: dt = LocalDateTime(date: d, time: TimeOfDay(seconds: 0))
                    default: dt = nil
                    }
                    if name == n.created { properties.created = dt } else { properties.modified = dt }
                }
            }
        }
    }
}

extension String {
    /// Without leading and trailing XML whitespace.
    func trimmingXMLSpace() -> String {
        let chars: Set<Character> = [" ", "\n", "\t", "\r"]
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
