#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The fast way through the commonest content of a spreadsheet cell.
extension XMLScanner {
    /// Skips the rest of the element whose start event was just returned when it holds exactly
    /// one child without attributes and with plain text (`<text:p>87</text:p></table:table-cell>`);
    /// returns `false` and consumes nothing otherwise, and the caller uses ``skipElement()``.
    ///
    /// The fast path takes only what the general path would accept the same way: the child's
    /// name must already be resolved under the current namespace bindings (so it is a valid,
    /// declared name), the nesting depth must stay within the limit, the text must be printable
    /// ASCII without `<`, `&` and `]` (nothing to decode, validate or refuse), the end tags must
    /// match, and all of it must be in the buffer. Anything else goes the general way, with its
    /// checks and errors.
    public func skipSimpleContent() -> Bool {
        guard !pendingEnd, !isEmptyElement, depth + 1 <= limits.maxXMLDepth, let parent = stack.last else { return false }
        let b = buf
        let e = end
        var p = pos
        // <name>
        guard p < e, b[p] == 0x3C else { return false }
        p += 1
        let nameStart = p
        while p < e, cls[Int(b[p])] & ByteClass.nameEnd == 0 { p += 1 }
        let nameLength = p - nameStart
        guard nameLength > 0, p < e, b[p] == 0x3E else { return false }
        let np = UnsafePointer(b + nameStart)
        guard elementCache.lookup(np, nameLength, hash: QNameCache.hash(np, nameLength)) != nil else { return false }
        p += 1
        // Plain text.
        while p < e {
            let c = b[p]
            guard c >= 0x20, c < 0x7F, c != 0x3C, c != 0x26, c != 0x5D else { break }
            p += 1
        }
        // </name>
        guard p + 2 + nameLength < e, b[p] == 0x3C, b[p + 1] == 0x2F, memcmp(b + p + 2, np, nameLength) == 0,
            b[p + 2 + nameLength] == 0x3E
        else { return false }
        p += 3 + nameLength
        // </parent>
        let parentLength = parent.rawLength
        guard p + 2 + parentLength < e, b[p] == 0x3C, b[p + 1] == 0x2F,
            memcmp(b + p + 2, rawArena + parent.rawStart, parentLength) == 0, b[p + 2 + parentLength] == 0x3E
        else { return false }
        pos = p + 3 + parentLength
        attributeCount = 0
        _ = closeElement()
        return true
    }
}
