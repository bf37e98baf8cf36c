import OZGSpreadsheet

/// The number formats Excel knows by id without writing them into styles.xml.
///
/// Ids 14–22 and 45–47 are the Western dates and times; 27–36 and 50–58 the East-Asian ones
/// (here in their Japanese form, which has the same date/time kind as the other locales').
/// Ids 5–8 and 41–44 are locale currencies, which only matter for display.
enum BuiltinFormats {
    static let codes: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        5: "\"$\"#,##0_);(\"$\"#,##0)", 6: "\"$\"#,##0_);[Red](\"$\"#,##0)",
        7: "\"$\"#,##0.00_);(\"$\"#,##0.00)", 8: "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)",
        9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
        20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
        27: "[$-411]ge.m.d", 28: "[$-411]ggge\"年\"m\"月\"d\"日\"", 29: "[$-411]ggge\"年\"m\"月\"d\"日\"",
        30: "m/d/yy", 31: "yyyy\"年\"m\"月\"d\"日\"", 32: "h\"時\"mm\"分\"", 33: "h\"時\"mm\"分\"ss\"秒\"",
        34: "yyyy\"年\"m\"月\"", 35: "m\"月\"d\"日\"", 36: "[$-411]ge.m.d",
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        41: "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", 42: "_(\"$\"* #,##0_);_(\"$\"* (#,##0);_(\"$\"* \"-\"_);_(@_)",
        43: "_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)",
        44: "_(\"$\"* #,##0.00_);_(\"$\"* (#,##0.00);_(\"$\"* \"-\"??_);_(@_)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
        50: "[$-411]ge.m.d", 51: "[$-411]ggge\"年\"m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"", 53: "m\"月\"d\"日\"",
        54: "[$-411]ggge\"年\"m\"月\"d\"日\"", 55: "yyyy\"年\"m\"月\"", 56: "m\"月\"d\"日\"",
        57: "[$-411]ge.m.d", 58: "[$-411]ggge\"年\"m\"月\"d\"日\"",
    ]

    /// The format of a built-in id, `nil` for General and unknown ids.
    static func format(id: Int) -> NumberFormat? {
        guard id != 0, let code = codes[id] else { return nil }
        return NumberFormat(code)
    }
}
