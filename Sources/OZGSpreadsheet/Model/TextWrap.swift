/// How a spreadsheet program wraps a cell's text between words: the one estimate OZGKit uses to
/// size wrapped header and message rows so that nothing overlaps in print.
public enum TextWrap {
    /// Lines `text` takes wrapped between words in a column `width` characters wide; a line
    /// break starts a new line, a word longer than the line breaks where it must. `charWidth`
    /// widens every character (1.1 for bold text).
    public static func lines(_ text: String, width: Double, charWidth: Double = 1.0, padding: Double = 2) -> Int {
        let limit = max(1.0, width - padding)
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1
            var current = 0.0
            for word in paragraph.split(separator: " ") {
                let n = Double(word.count) * charWidth
                if current == 0 {
                    current = n
                } else if current + charWidth + n <= limit {
                    current += charWidth + n
                } else {
                    lines += 1
                    current = n
                }
                while current > limit {
                    lines += 1
                    current -= limit
                }
            }
            total += lines
        }
        return max(total, 1)
    }
}
