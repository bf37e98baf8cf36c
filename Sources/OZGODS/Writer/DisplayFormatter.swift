import OZGSpreadsheet

/// Renders the display text a writer puts in a cell's `text:p`, for the common formats.
///
/// Spreadsheet programs recompute the display from the typed value and the data style; the
/// text matters to tools that read only text. Numbers use a `.` decimal separator and `,`
/// grouping (the locale-neutral choice); dates and times follow the format's tokens.
struct DisplayFormatter {
    enum Part {
        case literal(String)
        case year(Int), month(Int), day(Int), hour(Int, elapsed: Bool), minute(Int), second(Int), ampm
    }

    enum Plan {
        case plain
        case number(decimals: Int, grouping: Bool, percent: Bool, prefix: String, suffix: String)
        case temporal([Part])
    }

    let plan: Plan

    init(format: NumberFormat?) {
        guard let format, format.kind != .general, format.kind != .text else { plan = .plain; return }
        let tokens = DataStyleWriter.tokenize(DataStyleWriter.firstSection(format.code))
        if format.kind.isTemporal {
            var parts: [Part] = []
            for (i, t) in tokens.enumerated() {
                switch t {
                case .literal(let s): parts.append(.literal(s))
                case .elapsed(let c):
                    parts.append(c == "h" ? .hour(2, elapsed: true) : c == "m" ? .minute(2) : .second(2))
                case .ampm: parts.append(.ampm)
                case .letters(let c, let n):
                    switch c {
                    case "y": parts.append(.year(n))
                    case "d": parts.append(.day(n))
                    case "h": parts.append(.hour(n, elapsed: false))
                    case "s": parts.append(.second(n))
                    default:
                        let prevHour = i > 0 && parts.last.map { if case .hour = $0 { return true } else { return false } } == true
                        let prevSepHour = parts.count >= 2 && { if case .hour = parts[parts.count - 2] { return true } else { return false } }()
                        var nextSecond = false
                        if i + 2 < tokens.count, case .letters("s", _) = tokens[i + 2] { nextSecond = true }
                        if i + 1 < tokens.count, case .letters("s", _) = tokens[i + 1] { nextSecond = true }
                        parts.append(prevHour || prevSepHour || nextSecond ? .minute(n) : .month(n))
                    }
                default: break
                }
            }
            plan = .temporal(parts)
            return
        }
        var decimals = 0, grouping = false, percent = false, seenNumber = false
        var prefix = "", suffix = ""
        for t in tokens {
            switch t {
            case .number(let d):
                guard !seenNumber else { continue }
                seenNumber = true
                let p = d.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                if p.count > 1 { decimals = p[1].filter { "0#?".contains($0) }.count }
                grouping = p.first?.contains(",") ?? false
            case .percent:
                percent = true
                if seenNumber { suffix += "%" } else { prefix += "%" }
            case .literal(let s), .currency(let s):
                if seenNumber { suffix += s } else { prefix += s }
            default: break
            }
        }
        if format.kind == .scientific || format.kind == .fraction || !seenNumber { plan = .plain; return }
        plan = .number(decimals: min(decimals, 15), grouping: grouping, percent: percent, prefix: prefix, suffix: suffix)
    }

    func number(_ n: Double) -> String {
        guard case .number(let decimals, let grouping, let percent, let prefix, let suffix) = plan else {
            return NumberText.shortest(n)
        }
        let v = percent ? n * 100 : n
        return prefix + DisplayFormatter.fixed(v, decimals: decimals, grouping: grouping) + suffix
    }

    /// `v` with exactly `decimals` decimals, optionally with `,` thousands grouping.
    static func fixed(_ v: Double, decimals: Int, grouping: Bool) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        guard scaled < 9e15 else { return NumberText.shortest(v) }
        let whole = Int64(scaled)
        var pow: Int64 = 1
        for _ in 0..<decimals { pow *= 10 }
        let intPart = whole / pow, frac = whole % pow
        var intText = String(intPart)
        if grouping && intText.count > 3 {
            var out = ""
            for (i, c) in intText.enumerated() {
                if i > 0 && (intText.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            intText = out
        }
        var s = (v < 0 && whole != 0 ? "-" : "") + intText
        if decimals > 0 {
            let f = String(frac)
            s += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return s
    }

    func temporal(date: CalendarDate?, seconds: Double?) -> String? {
        guard case .temporal(let parts) = plan else { return nil }
        let total = seconds ?? 0
        guard abs(total) < 9e15 else { return nil }
        let whole = Int((abs(total)).rounded(.down))
        var out = ""
        let hasAmPm = parts.contains { if case .ampm = $0 { return true } else { return false } }
        for p in parts {
            switch p {
            case .literal(let s): out += s
            case .year(let n):
                guard let d = date else { continue }
                out += n <= 2 ? pad(d.year % 100, 2) : pad(d.year, 4)
            case .month(let n):
                guard let d = date else { continue }
                out += n >= 3 ? DisplayFormatter.monthNames[max(0, min(11, d.month - 1))] : pad(d.month, n)
            case .day(let n):
                guard let d = date else { continue }
                out += n >= 3 ? DisplayFormatter.weekday(d, long: n >= 4) : pad(d.day, n)
            case .hour(let n, let elapsed):
                var h = elapsed ? whole / 3600 : (whole / 3600) % 24
                if hasAmPm { h = h % 12 == 0 ? 12 : h % 12 }
                out += (total < 0 && elapsed ? "-" : "") + pad(h, n)
            case .minute(let n): out += pad((whole % 3600) / 60, n)
            case .second(let n): out += pad(whole % 60, n)
            case .ampm: out += (whole / 3600) % 24 < 12 ? "AM" : "PM"
            }
        }
        return out
    }

    private func pad(_ v: Int, _ n: Int) -> String {
        let s = String(v)
        return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func weekday(_ d: CalendarDate, long: Bool) -> String {
        // 1970-01-01 was a Thursday.
        let names = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]
        let i = ((d.daysSinceEpoch % 7) + 7) % 7
        return long ? names[i] : String(names[i].prefix(3))
    }
}
