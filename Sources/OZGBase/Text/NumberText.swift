/// Shortest decimal text for doubles, as spreadsheet tools print them.
public enum NumberText {
    /// `3` for 3.0, `1.5` for 1.5, Swift's shortest round-trip form otherwise.
    public static func shortest(_ n: Double) -> String {
        if n.isNaN { return "NaN" }
        if n.isInfinite { return n > 0 ? "Infinity" : "-Infinity" }
        if n == n.rounded(), abs(n) < 1e15 {
            if n == 0 { return "0" }
            return String(Int64(n))
        }
        return n.description
    }
}
