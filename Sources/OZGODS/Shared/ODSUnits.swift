/// Length conversions between ODF measures and Excel's column width in characters.
///
/// LibreOffice converts an Excel width of `w` characters to `w × 7/72` inch (7 pixels of the
/// default font's digit at 72 dpi) when it opens an .xlsx; the same factor is used both ways
/// here, so a width survives xlsx → ods → xlsx.
public enum ODSUnits {
    /// Centimetres per Excel character of column width (7/72 inch).
    public static let centimetresPerCharacter = 2.54 * 7 / 72

    /// `style:column-width` for a width in characters, in cm with three decimals.
    public static func columnWidth(characters: Double) -> String {
        let cm = (max(characters, 0) * centimetresPerCharacter * 1000).rounded() / 1000
        return format(cm) + "cm"
    }

    /// Characters for an ODF length (`2.5cm`, `0.972in`, `72pt`, `25mm`), rounded to 1/100.
    public static func characters(length: String) -> Double? {
        guard let cm = centimetres(length) else { return nil }
        return (cm / centimetresPerCharacter * 100).rounded() / 100
    }

    /// An ODF length in centimetres.
    public static func centimetres(_ length: String) -> Double? {
        let units: [(String, Double)] = [("cm", 1), ("mm", 0.1), ("in", 2.54), ("pt", 2.54 / 72), ("pc", 2.54 / 6), ("px", 2.54 / 96)]
        for (suffix, factor) in units where length.hasSuffix(suffix) {
            guard let v = Double(length.dropLast(suffix.count)) else { return nil }
            return v * factor
        }
        return nil
    }

    /// Points for an ODF length (row heights).
    public static func points(_ length: String) -> Double? {
        centimetres(length).map { ($0 / 2.54 * 72 * 100).rounded() / 100 }
    }

    /// `0.5`, `12`, without a trailing `.0`.
    static func format(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e12 { return String(Int64(v)) }
        return String(v)
    }
}
