import OZGSpreadsheet

/// Conditional formats as LibreOffice writes them: `calcext:conditional-formats` at the end of
/// a table, conditions applying named cell styles kept in `styles.xml` (`office:styles`).
///
/// A text rule becomes `calcext:condition` with `calcext:value="=&quot;ja&quot;"` (cell value
/// equal to the text); colour scales become `calcext:color-scale` with minimum, (50th
/// percentile,) maximum.
final class ConditionalFormatXML {
    private var names: [CellStyle: String] = [:]
    private var order: [(CellStyle, String)] = []

    /// The name of the common style for a conditional format's look.
    func styleName(_ style: CellStyle) -> String {
        if let n = names[style] { return n }
        let n = "OZG_Bedingt_\(names.count + 1)"
        names[style] = n
        order.append((style, n))
        return n
    }

    /// The common styles for `styles.xml`.
    func commonStylesXML() -> String {
        order.map { style, name in
            "<style:style style:name=\"\(name)\" style:family=\"table-cell\" style:parent-style-name=\"Default\">"
                + StyleRegistry.properties(style) + "</style:style>"
        }.joined()
    }

    /// `calcext:conditional-formats` for a sheet, empty when it has none.
    func tableXML(_ formats: [ConditionalFormat], sheet: String) -> String {
        guard !formats.isEmpty else { return "" }
        let q = FormulaTranslator.quoteSheet(sheet)
        var out = "<calcext:conditional-formats>"
        for cf in formats {
            let range = q + "." + cf.range.start.a1 + ":" + q + "." + cf.range.end.a1
            out += "<calcext:conditional-format calcext:target-range-address=\"" + DataStyleWriter.escape(range) + "\">"
            switch cf.rule {
            case .textEquals(let text, let style):
                let value = "=\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                out += "<calcext:condition calcext:apply-style-name=\"\(styleName(style))\" calcext:value=\""
                    + DataStyleWriter.escape(value) + "\" calcext:base-cell-address=\"" + DataStyleWriter.escape(q + "." + cf.range.start.a1) + "\"/>"
            case .colorScale(let low, let high):
                out += "<calcext:color-scale>" + entry("minimum", "0", low) + entry("maximum", "0", high) + "</calcext:color-scale>"
            case .colorScale3(let low, let mid, let high):
                out += "<calcext:color-scale>" + entry("minimum", "0", low) + entry("percentile", "50", mid)
                    + entry("maximum", "0", high) + "</calcext:color-scale>"
            }
            out += "</calcext:conditional-format>"
        }
        return out + "</calcext:conditional-formats>"
    }

    private func entry(_ type: String, _ value: String, _ color: RGBColor) -> String {
        "<calcext:color-scale-entry calcext:value=\"\(value)\" calcext:type=\"\(type)\" calcext:color=\"\(color.hex.lowercased())\"/>"
    }
}
