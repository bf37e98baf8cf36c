import OZGSpreadsheet
import OZGXML

/// What a cell's `s` index means: its number format and its visual style, from `cellXfs`.
struct CellFormatting {
    /// `nil` for General.
    var format: NumberFormat?
    var kind: NumberFormat.Kind
    /// `nil` for the default look.
    var style: CellStyle?

    static let general = CellFormatting(format: nil, kind: .general, style: nil)
}

/// `xl/styles.xml`: number formats, fonts, fills, borders and the cell formats (`cellXfs`).
struct StylesPart {
    var cellFormats: [CellFormatting] = []

    @inline(__always)
    func formatting(_ index: Int) -> CellFormatting {
        index >= 0 && index < cellFormats.count ? cellFormats[index] : .general
    }

    private struct Font {
        var bold = false
        var italic = false
        var color: RGBColor?
    }

    private static let names: (table: XMLNameTable, e: [String: XMLName], a: [String: XMLName]) = {
        var t = XMLNameTable()
        var e: [String: XMLName] = [:]
        for n in [
            "numFmts", "numFmt", "fonts", "font", "b", "i", "color", "fills", "fill", "patternFill", "fgColor",
            "borders", "border", "left", "right", "top", "bottom", "cellXfs", "xf", "alignment", "protection",
            "cellStyleXfs", "dxfs",
        ] {
            e[n] = t.register(n, in: XLSXNamespaces.main)
        }
        var a: [String: XMLName] = [:]
        for n in [
            "numFmtId", "formatCode", "val", "rgb", "patternType", "style", "fontId", "fillId", "borderId",
            "horizontal", "vertical", "wrapText", "locked",
        ] {
            a[n] = t.register(n, in: XMLNamespace.none)
        }
        return (t, e, a)
    }()

    init() {}

    init(package: XLSXPackage, part: String) throws {
        let n = StylesPart.names
        guard let s = try package.scanner(part: part, names: n.table) else { return }
        func E(_ k: String) -> XMLName { n.e[k] ?? .unknown }
        func A(_ k: String) -> XMLName { n.a[k] ?? .unknown }
        var customFormats: [Int: String] = [:]
        var fonts: [Font] = []
        var fills: [RGBColor?] = []
        var borders: [Bool] = []
        struct XF {
            var numFmtId = 0, fontId = 0, fillId = 0, borderId = 0
            var wrap = false, horizontal = CellStyle.HorizontalAlignment.general
            var vertical: CellStyle.VerticalAlignment? = nil
            var locked = true
        }
        var xfs: [XF] = []
        func flag(_ name: XMLName, default d: Bool) -> Bool {
            guard let i = s.attributeIndex(of: name) else { return d }
            return s.attribute(at: i, equals: "1") || s.attribute(at: i, equals: "true")
        }
        try package.mapping(part: part) {
            var section: XMLName = .unknown
            var inFont = false, inFill = false, inBorder = false, inXF = false
            while true {
                let ev = try s.next()
                if ev == .endOfDocument { break }
                if case .endElement(let name) = ev {
                    if s.depth == 1 { section = .unknown }
                    if name == E("font") { inFont = false }
                    if name == E("fill") { inFill = false }
                    if name == E("border") { inBorder = false }
                    if name == E("xf") { inXF = false }
                    continue
                }
                guard case .startElement(let name) = ev else { continue }
                if s.depth == 2 {
                    section = name
                    if name == E("dxfs") || name == E("cellStyleXfs") || !name.isKnown { try s.skipElement() }
                    continue
                }
                if section == E("numFmts") && name == E("numFmt") {
                    if let id = s.attributeInt(A("numFmtId")), let code = s.attribute(A("formatCode")) {
                        customFormats[id] = code
                    }
                } else if section == E("fonts") {
                    if name == E("font") && s.depth == 3 {
                        fonts.append(Font())
                        inFont = true
                    } else if inFont, !fonts.isEmpty {
                        if name == E("b") { fonts[fonts.count - 1].bold = flag(A("val"), default: true) }
                        if name == E("i") { fonts[fonts.count - 1].italic = flag(A("val"), default: true) }
                        if name == E("color"), let rgb = s.attribute(A("rgb")), let c = RGBColor(hex: rgb), rgb.uppercased() != "FF000000" {
                            fonts[fonts.count - 1].color = c
                        }
                    }
                } else if section == E("fills") {
                    if name == E("fill") && s.depth == 3 {
                        fills.append(nil)
                        inFill = true
                    } else if inFill, name == E("patternFill") {
                        if s.attribute(A("patternType")) != "solid" {
                            try s.skipElement()
                        }
                    } else if inFill, name == E("fgColor"), let rgb = s.attribute(A("rgb")), let c = RGBColor(hex: rgb), !fills.isEmpty {
                        fills[fills.count - 1] = c
                    }
                } else if section == E("borders") {
                    if name == E("border") && s.depth == 3 {
                        borders.append(false)
                        inBorder = true
                    } else if inBorder, !borders.isEmpty,
                        name == E("left") || name == E("right") || name == E("top") || name == E("bottom"),
                        let st = s.attribute(A("style")), st != "none"
                    {
                        borders[borders.count - 1] = true
                    }
                } else if section == E("cellXfs") {
                    if name == E("xf") && s.depth == 3 {
                        var xf = XF()
                        xf.numFmtId = s.attributeInt(A("numFmtId")) ?? 0
                        xf.fontId = s.attributeInt(A("fontId")) ?? 0
                        xf.fillId = s.attributeInt(A("fillId")) ?? 0
                        xf.borderId = s.attributeInt(A("borderId")) ?? 0
                        xfs.append(xf)
                        inXF = true
                    } else if inXF, !xfs.isEmpty, name == E("alignment") {
                        xfs[xfs.count - 1].wrap = flag(A("wrapText"), default: false)
                        switch s.attribute(A("horizontal")) {
                        case "left": xfs[xfs.count - 1].horizontal = .left
                        case "center", "centerContinuous": xfs[xfs.count - 1].horizontal = .center
                        case "right": xfs[xfs.count - 1].horizontal = .right
                        case "fill": xfs[xfs.count - 1].horizontal = .fill
                        default: break
                        }
                        switch s.attribute(A("vertical")) {
                        case "top": xfs[xfs.count - 1].vertical = .top
                        case "center": xfs[xfs.count - 1].vertical = .center
                        case "bottom": xfs[xfs.count - 1].vertical = .bottom
                        default: break
                        }
                    } else if inXF, !xfs.isEmpty, name == E("protection") {
                        xfs[xfs.count - 1].locked = flag(A("locked"), default: true)
                    }
                }
            }
        }
        var formatCache: [Int: NumberFormat?] = [:]
        cellFormats = xfs.map { xf in
            let format: NumberFormat?
            if let cached = formatCache[xf.numFmtId] {
                format = cached
            } else {
                if let code = customFormats[xf.numFmtId] {
                    format = code == "General" || code.isEmpty ? nil : NumberFormat(code)
                } else {
                    format = BuiltinFormats.format(id: xf.numFmtId)
                }
                formatCache[xf.numFmtId] = format
            }
            let font = xf.fontId < fonts.count ? fonts[xf.fontId] : Font()
            let fill = xf.fillId < fills.count ? fills[xf.fillId] : nil
            let border = xf.borderId < borders.count ? borders[xf.borderId] : false
            let style = CellStyle(
                bold: font.bold, italic: font.italic, fontColor: font.color, fillColor: fill, wrapText: xf.wrap,
                horizontal: xf.horizontal, vertical: xf.vertical, locked: xf.locked, border: border)
            return CellFormatting(format: format, kind: format?.kind ?? .general, style: style == CellStyle() ? nil : style)
        }
    }
}
