import CXLSXWriter
import OZGSpreadsheet

/// One `lxw_format` per distinct (number format, cell style) pair of a workbook.
///
/// libxlsxwriter owns the formats (they are freed by `workbook_close`); the cache only hands out
/// the pointers. A one-entry memo per column makes the common case (a column whose cells share
/// one format) a comparison of two small values instead of a dictionary lookup.
final class XLSXFormatCache {
    private struct Key: Hashable {
        var code: String?
        var style: CellStyle?
    }

    private struct Memo {
        var key: Key
        var format: UnsafeMutablePointer<lxw_format>?
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [Key: UnsafeMutablePointer<lxw_format>] = [:]
    private var memo: [Memo?] = []
    /// Formats for conditional-format rules (Excel's differential formats), kept apart because
    /// libxlsxwriter turns them into `dxf` records.
    private var differential: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    init(workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
    }

    /// Forgets the per-column memo (a new sheet starts).
    func resetColumns() {
        memo.removeAll(keepingCapacity: true)
    }

    /// The format for a cell; `nil` when the cell needs none (General, default style).
    ///
    /// The corresponding C function is `workbook_add_format` (called once per distinct pair).
    @inline(__always)
    func format(column: Int, numberFormat: NumberFormat?, style: CellStyle?) -> UnsafeMutablePointer<lxw_format>? {
        if numberFormat == nil && style == nil { return nil }
        let code = numberFormat.map { $0.code }
        if column < memo.count, let m = memo[column], m.key.code == code, m.key.style == style {
            return m.format
        }
        let key = Key(code: code, style: style)
        let format: UnsafeMutablePointer<lxw_format>?
        if let found = formats[key] {
            format = found
        } else {
            format = make(key)
            if let format { formats[key] = format }
        }
        if column < 16_384 {
            if column >= memo.count { memo.append(contentsOf: repeatElement(nil, count: column - memo.count + 1)) }
            memo[column] = Memo(key: key, format: format)
        }
        return format
    }

    /// A format for a conditional-format rule: only font colour, bold, italic, fill and border apply.
    func differentialFormat(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if let found = differential[style] { return found }
        guard let f = workbook_add_format(workbook) else { return nil }
        apply(style, to: f)
        differential[style] = f
        return f
    }

    private func make(_ key: Key) -> UnsafeMutablePointer<lxw_format>? {
        guard let f = workbook_add_format(workbook) else { return nil }
        if let code = key.code, code != "General", !code.isEmpty {
            format_set_num_format(f, code)
        }
        if let style = key.style { apply(style, to: f) }
        return f
    }

    private func apply(_ style: CellStyle, to f: UnsafeMutablePointer<lxw_format>) {
        if style.bold { format_set_bold(f) }
        if style.italic { format_set_italic(f) }
        if let c = style.fontColor { format_set_font_color(f, lxw_color_t(c.rgb)) }
        if let c = style.fillColor {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, lxw_color_t(c.rgb))
        }
        if style.wrapText { format_set_text_wrap(f) }
        switch style.horizontal {
        case .general: break
        case .left: format_set_align(f, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(f, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(f, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case .fill: format_set_align(f, UInt8(LXW_ALIGN_FILL.rawValue))
        }
        switch style.vertical {
        case nil: break
        case .top?: format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center?: format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .bottom?: format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
        }
        if !style.locked { format_set_unlocked(f) }
        if style.border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
    }
}
