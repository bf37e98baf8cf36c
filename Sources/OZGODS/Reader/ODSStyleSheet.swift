import OZGSpreadsheet
import OZGXML

/// The styles of an .ods that matter for reading: cell styles (number format, bold, fill …),
/// data styles (translated to Excel-syntax codes), column widths and table visibility.
///
/// Filled from `styles.xml` (common styles) and from `office:automatic-styles` of
/// `content.xml`; a cell style inherits from its `style:parent-style-name`.
final class ODSStyleSheet {
    struct CellStyleInfo {
        var parent: String?
        var dataStyle: String?
        var bold: Bool?
        var italic: Bool?
        var fontColor: RGBColor?
        var fill: RGBColor?
        var wrap: Bool?
        var horizontal: CellStyle.HorizontalAlignment?
        var vertical: CellStyle.VerticalAlignment?
        var locked: Bool?
    }

    /// A data style: its Excel-syntax code, and the style a `style:map` applies to values ≥ 0.
    struct DataStyleInfo {
        var code: String
        var positiveStyle: String?
        var isDuration: Bool
        var isBoolean = false
    }

    /// What a cell style comes to after inheritance.
    struct Resolved {
        var format: NumberFormat?
        var style: CellStyle?
        var isDuration: Bool
        var isBoolean = false
    }

    var cellStyles: [String: CellStyleInfo] = [:]
    var dataStyles: [String: DataStyleInfo] = [:]
    var columnWidths: [String: Double] = [:]
    var hiddenTables: Set<String> = []
    /// The master page (print set-up) of each table style.
    var tableMasterPages: [String: String] = [:]
    private var resolved: [String: Resolved] = [:]

    /// Reads the children of `office:styles` or `office:automatic-styles` (the start event was
    /// just returned) through the end of that element.
    func read(_ x: XMLScanner, _ n: ODSNames) throws {
        let end = x.depth - 1
        while x.depth > end {
            guard case .startElement(let el) = try x.next() else { continue }
            switch el {
            case n.styleEl, n.defaultStyle:
                try readStyle(x, n, isDefault: el == n.defaultStyle)
            case n.numberStyle, n.percentageStyle, n.currencyStyle, n.dateStyle, n.timeStyle, n.booleanStyle, n.textStyle:
                let name = x.attribute(ODSNames.styleNameAttr(n)) ?? ""
                let truncate = x.attribute(n.truncate) == "false"
                let info = try DataStyleReader.read(x, n, element: el, truncateOff: truncate)
                if !name.isEmpty { dataStyles[name] = info }
            default:
                try x.skipElement()
            }
        }
        resolved.removeAll()
    }

    private func readStyle(_ x: XMLScanner, _ n: ODSNames, isDefault: Bool) throws {
        let name = isDefault ? "__default__" : (x.attribute(ODSNames.styleNameAttr(n)) ?? "")
        let family = x.attribute(n.family) ?? ""
        var info = CellStyleInfo()
        info.parent = x.attribute(n.parentStyleName) ?? (isDefault || name == "Default" ? nil : "Default")
        info.dataStyle = x.attribute(n.dataStyleName)
        if family == "table", let master = x.attribute(n.masterPageName) { tableMasterPages[name] = master }
        let end = x.depth - 1
        while x.depth > end {
            guard case .startElement(let el) = try x.next() else { continue }
            switch el {
            case n.tableCellProps:
                if let bg = x.attribute(n.backgroundColor) { info.fill = bg == "transparent" ? nil : RGBColor(hex: bg) }
                if let w = x.attribute(n.wrapOption) { info.wrap = w == "wrap" }
                if let v = x.attribute(n.verticalAlign) {
                    info.vertical = v == "top" ? .top : v == "middle" ? .center : v == "bottom" ? .bottom : nil
                }
                if let p = x.attribute(n.cellProtect) { info.locked = p != "none" }
                if x.attribute(n.repeatContent) == "true" { info.horizontal = .fill }
            case n.paragraphProps:
                if info.horizontal != .fill, let a = x.attribute(n.textAlign) {
                    info.horizontal = (a == "start" || a == "left") ? .left : a == "center" ? .center : (a == "end" || a == "right") ? .right : .general
                }
            case n.textProps:
                if let w = x.attribute(n.fontWeight) { info.bold = w == "bold" || (Int(w) ?? 400) >= 600 }
                if let s = x.attribute(n.fontStyle) { info.italic = s == "italic" || s == "oblique" }
                if let c = x.attribute(n.color) { info.fontColor = RGBColor(hex: c) }
            case n.columnProps:
                if let w = x.attribute(n.columnWidth), let chars = ODSUnits.characters(length: w) { columnWidths[name] = chars }
            case n.tableProps:
                if x.attribute(n.display) == "false" { hiddenTables.insert(name) }
            default:
                break
            }
        }
        if family == "table-cell" || isDefault { cellStyles[name] = info }
    }

    /// The number format and visual style of a cell style name.
    func resolve(_ name: String) -> Resolved {
        if let r = resolved[name] { return r }
        var chain: [CellStyleInfo] = []
        var current: String? = name
        var seen = Set<String>()
        while let c = current, let info = cellStyles[c], !seen.contains(c), chain.count < 16 {
            seen.insert(c)
            chain.append(info)
            current = info.parent
        }
        func first<T>(_ k: KeyPath<CellStyleInfo, T?>) -> T? {
            for i in chain { if let v = i[keyPath: k] { return v } }
            return nil
        }
        var format: NumberFormat?
        var isDuration = false
        var isBoolean = false
        if let ds = first(\.dataStyle), var d = dataStyles[ds] {
            if let pos = d.positiveStyle, let p = dataStyles[pos] { d = p }
            if !d.code.isEmpty, d.code != "General" { format = DataStyleReader.canonical(d.code) }
            isDuration = d.isDuration
            isBoolean = d.isBoolean
        }
        var style = CellStyle()
        style.bold = first(\.bold) ?? false
        style.italic = first(\.italic) ?? false
        style.fontColor = first(\.fontColor).flatMap { $0.rgb == 0 ? nil : $0 }
        style.fillColor = first(\.fill)
        style.wrapText = first(\.wrap) ?? false
        style.horizontal = first(\.horizontal) ?? .general
        style.vertical = first(\.vertical)
        style.locked = first(\.locked) ?? true
        let plain = CellStyle()
        var styleWorthKeeping = style
        styleWorthKeeping.vertical = style.vertical == .bottom ? nil : style.vertical
        let r = Resolved(format: format, style: styleWorthKeeping == plain ? nil : styleWorthKeeping, isDuration: isDuration, isBoolean: isBoolean)
        resolved[name] = r
        return r
    }
}

extension ODSNames {
    /// `style:name` (the attribute that names a style; `table:name` is another one).
    static func styleNameAttr(_ n: ODSNames) -> XMLName { n.styleNameStyle }
}
