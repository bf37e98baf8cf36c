import OZGSpreadsheet

/// The colours of categorical values (Relevanz, Vorhaben status, flags) and the heat-map scale.
///
/// One table for all renderers, so the workbook, the HTML page and the legend agree.
public enum ReportPalette {
    /// Fill colours by value text (compared without case).
    public static let fills: [String: RGBColor] = [
        "ja": RGBColor(0xC6EFCE),
        "teilweise": RGBColor(0xFFEB9C),
        "nein": RGBColor(0xFFC7CE),
        "offen": RGBColor(0xFFFFFF),
        "umgesetzt": RGBColor(0x63BE7B),
        "in umsetzung": RGBColor(0xFFC000),
        "geplant": RGBColor(0x9DC3E6),
        "zurückgestellt": RGBColor(0xBFBFBF),
        "verspätet": RGBColor(0xF8696B),
        "nach ozg-frist": RGBColor(0xF4B183),
        "verspätet, nach ozg-frist": RGBColor(0xF8696B),
        // A council's Umsetzungsstand (`offen` and `in Umsetzung` as above).
        "online": RGBColor(0x63BE7B),
        "in planung": RGBColor(0x9DC3E6),
        "nicht zuständig": RGBColor(0xBFBFBF),
    ]

    /// Text colours that differ from black.
    public static let fonts: [String: RGBColor] = [
        "ja": RGBColor(0x006100),
        "teilweise": RGBColor(0x9C5700),
        "nein": RGBColor(0x9C0006),
    ]

    /// The legend of the Relevanz colours, in display order.
    public static let relevanzLegend = ["ja", "teilweise", "nein", "offen"]
    /// The legend of the status colours, in display order.
    public static let statusLegend = ["geplant", "in Umsetzung", "umgesetzt", "zurückgestellt"]

    public static func fill(for value: String) -> RGBColor? { fills[value.lowercased()] }
    public static func font(for value: String) -> RGBColor? { fonts[value.lowercased()] }

    /// Heat-map scale ends: white to a strong green.
    public static let heatLow = RGBColor(0xFFFFFF)
    public static let heatHigh = RGBColor(0x63BE7B)

    /// Header fill, group-row fill, sub-group fill, total-row fill.
    public static let headerFill = RGBColor(0x1F4E79)
    public static let groupFill = RGBColor(0xD9E1F2)
    public static let subgroupFill = RGBColor(0xEDF1F9)
    public static let totalFill = RGBColor(0xE7E6E6)

    /// Series colours for charts.
    public static let series: [RGBColor] = [
        RGBColor(0x2E75B6), RGBColor(0x70AD47), RGBColor(0xFFC000), RGBColor(0xED7D31), RGBColor(0x7030A0),
        RGBColor(0x5B9BD5), RGBColor(0xA5A5A5),
    ]

    /// The colour between `low` and `high` for `t` in 0…1.
    public static func interpolate(_ low: RGBColor, _ high: RGBColor, _ t: Double) -> RGBColor {
        let t = max(0, min(1, t.isNaN ? 0 : t))
        func mix(_ a: Int, _ b: Int) -> UInt32 { UInt32((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
        return RGBColor(mix(low.red, high.red) << 16 | mix(low.green, high.green) << 8 | mix(low.blue, high.blue))
    }
}
