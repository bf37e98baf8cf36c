/// ISO 8601 durations as ODF stores times (`PT13H45M00S`, `PT1042374H09M57S`).
public enum ISODuration {
    /// `PT<h>H<mm>M<ss>S` with fractional seconds when there are any; negative with `-PT`.
    public static func format(seconds: Double) -> String {
        let negative = seconds < 0
        let total = abs(seconds)
        guard total < 9e15 else { return (negative ? "-PT" : "PT") + "0S" }
        let ms = Int64((total * 1000).rounded())
        let whole = ms / 1000, frac = ms % 1000
        let h = whole / 3600, m = (whole % 3600) / 60, s = whole % 60
        var out = (negative ? "-PT" : "PT") + String(h) + "H" + two(m) + "M" + two(s)
        if frac > 0 {
            var f = String(frac)
            f = String(repeating: "0", count: 3 - f.count) + f
            while f.hasSuffix("0") { f.removeLast() }
            out += "." + f
        }
        return out + "S"
    }

    /// Seconds of `[-]P[nD]T[nH][nM][n[.f]S]` (years and months are refused: they have no fixed length).
    public static func parse(_ text: Substring) -> Double? {
        var s = text
        var sign = 1.0
        if s.first == "-" { sign = -1; s = s.dropFirst() }
        guard s.first == "P" else { return nil }
        s = s.dropFirst()
        var total = 0.0
        var number = ""
        var inTime = false
        var any = false
        for c in s {
            switch c {
            case "0"..."9", ".", ",": number.append(c == "," ? "." : c)
            case "T": inTime = true
            case "D", "H", "M", "S", "W":
                guard let v = Double(number) else { return nil }
                number = ""
                any = true
                switch c {
                case "W": total += v * 604_800
                case "D": total += v * 86_400
                case "H": total += v * 3600
                case "M":
                    guard inTime else { return nil }
                    total += v * 60
                default: total += v
                }
            default: return nil
            }
        }
        // Beyond ±10^15 s (about 30 million years) a duration is not a spreadsheet value.
        guard any, number.isEmpty, total.isFinite, total < 1e15 else { return nil }
        return sign * total
    }

    private static func two(_ v: Int64) -> String { v < 10 ? "0" + String(v) : String(v) }
}
