import OZGSpreadsheet
import OZGXML

/// The page layouts and master pages of `styles.xml`, turned into ``PrintSetup``s by master page
/// name: paper from `fo:page-width`/`fo:page-height`, `style:print-orientation`, fit to width
/// from `style:scale-to-X` (or LibreOffice's `loext:scale-to-X`), header and footer regions
/// with `text:page-number`, `text:page-count` and `text:sheet-name`.
struct ODSPageStyles {
    private struct Names {
        var table = XMLNameTable()
        let pageLayout, pageLayoutProps, masterPage, header, footer, regionLeft, regionCenter, regionRight, p: XMLName
        let pageNumber, pageCount, sheetName, s, headerStyle, footerStyle: XMLName
        let name, pageLayoutName, width, height, orientation, scaleToX, loScaleToX, display: XMLName

        init() {
            let S = ODSNames.style, T = ODSNames.text, FO = ODSNames.fo
            pageLayout = table.register("page-layout", in: S)
            pageLayoutProps = table.register("page-layout-properties", in: S)
            masterPage = table.register("master-page", in: S)
            header = table.register("header", in: S)
            footer = table.register("footer", in: S)
            regionLeft = table.register("region-left", in: S)
            regionCenter = table.register("region-center", in: S)
            regionRight = table.register("region-right", in: S)
            headerStyle = table.register("header-style", in: S)
            footerStyle = table.register("footer-style", in: S)
            p = table.register("p", in: T)
            pageNumber = table.register("page-number", in: T)
            pageCount = table.register("page-count", in: T)
            sheetName = table.register("sheet-name", in: T)
            s = table.register("s", in: T)
            name = table.register("name", in: S)
            pageLayoutName = table.register("page-layout-name", in: S)
            width = table.register("page-width", in: FO)
            height = table.register("page-height", in: FO)
            orientation = table.register("print-orientation", in: S)
            scaleToX = table.register("scale-to-X", in: S)
            loScaleToX = table.register("scale-to-X", in: ODSNames.loext)
            display = table.register("display", in: S)
        }
    }

    private static let names = Names()

    /// Print set-ups by master page name.
    private(set) var byMasterPage: [String: PrintSetup] = [:]

    init() {}

    init(styles bytes: [UInt8], limits: ReadLimits) throws {
        let n = ODSPageStyles.names
        let x = XMLScanner(bytes: bytes, names: n.table, limits: limits)
        var layouts: [String: PrintSetup] = [:]
        var currentLayout: String?
        var master: (name: String, setup: PrintSetup)?
        var target: WritableKeyPath<PrintSetup, PageText?>?
        var region = 0
        var pieces: [[PageText.Piece]] = [[], [], []]
        var inParagraph = false
        while true {
            let ev = try x.next()
            switch ev {
            case .endOfDocument:
                return
            case .startElement(let el):
                switch el {
                case n.pageLayout:
                    currentLayout = x.attribute(n.name)
                case n.pageLayoutProps:
                    guard let name = currentLayout else { break }
                    var setup = PrintSetup(landscape: false, fitToWidth: 0, paper: .a4)
                    let w = x.attribute(n.width).flatMap(ODSUnits.centimetres)
                    let h = x.attribute(n.height).flatMap(ODSUnits.centimetres)
                    setup.landscape = x.attribute(n.orientation) == "landscape" || (w ?? 0) > (h ?? .infinity)
                    if let w, let h {
                        let short = min(w, h) * 10, long = max(w, h) * 10
                        setup.paper = PrintSetup.Paper.allCases.first {
                            abs($0.millimetres.width - short) < 2 && abs($0.millimetres.height - long) < 2
                        } ?? .a4
                    }
                    setup.fitToWidth = x.attributeInt(n.scaleToX) ?? x.attributeInt(n.loScaleToX) ?? 0
                    layouts[name] = setup
                case n.masterPage:
                    let name = x.attribute(n.name) ?? ""
                    let layout = x.attribute(n.pageLayoutName).flatMap { layouts[$0] }
                    master = layout.map { (name, $0) }
                case n.header, n.footer:
                    if x.attribute(n.display) == "false" { try x.skipElement(); break }
                    target = el == n.header ? \PrintSetup.header : \PrintSetup.footer
                    pieces = [[], [], []]
                    region = 1
                case n.regionLeft: region = 0
                case n.regionCenter: region = 1
                case n.regionRight: region = 2
                case n.p: inParagraph = true
                case n.pageNumber: pieces[region].append(.pageNumber); try x.skipElement()
                case n.pageCount: pieces[region].append(.pageCount); try x.skipElement()
                case n.sheetName: pieces[region].append(.sheetName); try x.skipElement()
                case n.s: pieces[region].append(.text(" "))
                case n.headerStyle, n.footerStyle: try x.skipElement()
                default: break
                }
            case .text:
                if inParagraph, target != nil {
                    let t = x.withText { String(decoding: $0, as: UTF8.self) }
                    if case .text(let prev)? = pieces[region].last {
                        pieces[region][pieces[region].count - 1] = .text(prev + t)
                    } else {
                        pieces[region].append(.text(t))
                    }
                }
            case .endElement(let el):
                switch el {
                case n.p: inParagraph = false
                case n.header, n.footer:
                    if let t = target, master != nil {
                        let text = PageText(left: pieces[0], center: pieces[1], right: pieces[2])
                        master?.setup[keyPath: t] = text.isEmpty ? nil : text
                    }
                    target = nil
                case n.masterPage:
                    if let m = master { byMasterPage[m.name] = m.setup }
                    master = nil
                case n.pageLayout: currentLayout = nil
                default: break
                }
            default: break
            }
        }
    }
}
