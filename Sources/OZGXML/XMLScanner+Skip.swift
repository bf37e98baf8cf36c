#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The fast ways through the commonest content of a spreadsheet cell.
///
/// Both take only what the general path would accept the same way, and consume nothing
/// otherwise: names must already be resolved under the current namespace bindings (so they are
/// valid, declared names), the nesting depth must stay within the limit, text must be free of
/// references, CR, `]` and control characters (nothing to decode or refuse; UTF-8 is
/// validated), end tags must match, and all of it must be in the buffer. Anything else goes
/// the general way, with its checks and errors.
extension XMLScanner {
    /// Skips the rest of the element whose start event was just returned when it holds exactly
    /// one child without attributes and with plain text (`<text:p>87</text:p></table:table-cell>`);
    /// returns `false` and consumes nothing otherwise, and the caller uses ``skipElement()``.
    public func skipSimpleContent() -> Bool {
        guard !pendingEnd, !isEmptyElement, depth + 1 <= limits.maxXMLDepth, let parent = stack.last else { return false }
        guard let child = plainChild(at: pos), let after = endTag(at: child.end, rawArena + parent.rawStart, parent.rawLength)
        else { return false }
        pos = after
        attributeCount = 0
        _ = closeElement()
        return true
    }

    /// What ``scanSimpleElement(_:child:)`` read: whether the element had a child, and the
    /// child's text (valid until the next call of the scanner).
    public struct SimpleElement {
        /// Whether the element held its child (`<c><p>…</p></c>`); `false` for `<c/>` and `<c></c>`.
        public var hasChild: Bool
        /// The plain text of the child (empty without one): valid UTF-8 without references.
        public var text: UnsafeBufferPointer<UInt8>
    }

    /// Reads a whole element named `name` at the current position in one step when it is
    /// empty or holds exactly one child named `child` without attributes and with plain text
    /// (`<table:table-cell office:value-type="float" office:value="87"><text:p>87</text:p></table:table-cell>`).
    /// The element's attributes are then the current attributes (``attributeCount``,
    /// ``attributeName(at:)``, ``attributeBytes(at:)``…) until the next call of the scanner; no
    /// events are returned for it, and ``depth`` does not change.
    ///
    /// Returns `nil` and consumes nothing for anything else (other names, namespace
    /// declarations, attribute names not yet resolved, references or whitespace other than
    /// space in attribute values, other content, input not yet in the buffer): the caller then
    /// takes ``next()``, which reads the same element with all its checks and errors.
    public func scanSimpleElement(_ name: XMLName, child: XMLName) -> SimpleElement? {
        scanSimple(name, child: child)
    }

    /// ``scanSimpleElement(_:child:)`` for an element and a child of the names given, or of any
    /// name (`nil`): ``skipElement()`` takes a sheet's cells this way.
    @inline(__always)
    func scanSimple(_ name: XMLName?, child: XMLName?) -> SimpleElement? {
        guard !pendingEnd, depth > 0, depth + 2 <= limits.maxXMLDepth else { return nil }
        let b = buf
        let e = end
        let t = cls
        var p = pos
        guard p < e, b[p] == 0x3C else { return nil }
        p += 1
        let nameStart = p
        let np = UnsafePointer(b + nameStart)
        let nameLength: Int
        if let h = elementCache.recentMatch(np, available: e - p, endsName: { t[Int($0)] & ByteClass.nameEnd != 0 }),
            name == nil || h.name == name
        {
            nameLength = Int(h.keyLength)
        } else {
            let element = XMLScanner.scanName(b, from: p, to: e, classes: t)
            nameLength = element.end - nameStart
            guard element.secondColon < 0, nameLength > 0, element.end < e,
                let resolved = elementCache.lookup(np, nameLength, hash: QNameCache.hash(np, nameLength)),
                name == nil || resolved.name == name
            else { return nil }
            elementCache.remember(resolved)
        }
        p = nameStart + nameLength
        // Attributes, as the general path reads them when there is nothing to decode.
        var n = 0
        var empty = false
        while true {
            let wsStart = p
            // Mostly one space between attributes.
            if p + 1 < e && b[p] == 0x20 && t[Int(b[p + 1])] & ByteClass.space == 0 {
                p += 1
            } else {
                while p < e && t[Int(b[p])] & ByteClass.space != 0 { p &+= 1 }
            }
            guard p < e else { return nil }
            let c = b[p]
            if c == 0x3E {
                p += 1
                break
            }
            if c == 0x2F {
                guard p + 1 < e, b[p + 1] == 0x3E else { return nil }
                p += 2
                empty = true
                break
            }
            guard p > wsStart else { return nil }
            let an = p
            let ap = UnsafePointer(b + an)
            // Only names resolved before: never a namespace declaration, which is not cached.
            let cached: QNameCache.Entry
            if let h = attributeCache.recentMatch(ap, available: e - p, endsName: { $0 == 0x3D }) {
                cached = h
            } else {
                let attribute = XMLScanner.scanName(b, from: p, to: e, classes: t)
                let length = attribute.end - an
                guard attribute.secondColon < 0, length > 0, attribute.end < e, b[attribute.end] == 0x3D,
                    let found = attributeCache.lookup(ap, length, hash: QNameCache.hash(ap, length))
                else { return nil }
                attributeCache.remember(found)
                cached = found
            }
            let anLength = Int(cached.keyLength)
            p = an + anLength
            guard p + 1 < e else { return nil }
            let q = b[p + 1]
            guard q == 0x22 || q == 0x27 else { return nil }
            p += 2
            let vs = p
            while true {
                p = ByteWord.attributeRun(b, from: p, to: e, classes: t)
                guard p < e else { return nil }
                let v = b[p]
                if v == q { break }
                if v == 0x22 || v == 0x27 {
                    p += 1
                } else if v >= 0x80 {
                    let len = UTF8Check.sequenceLength(b + p, available: e - p)
                    guard len > 0 else { return nil }
                    p += len
                } else {
                    return nil
                }
            }
            guard p - vs <= limits.maxStringBytes else { return nil }
            if n == attrCap { growAttributes() }
            attrs[n] = Attribute(
                nameStart: an, nameLength: anLength, colon: cached.colon >= 0 ? an + Int(cached.colon) : -1, valueStart: vs, valueEnd: p,
                needsDecoding: false, name: cached.name, uri: cached.uri)
            for k in 0..<n where sameName(attrs[k], attrs[n]) { return nil }
            n += 1
            p += 1
        }
        var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var hasChild = false
        if !empty {
            if p + 1 < e, b[p] == 0x3C, b[p + 1] != 0x2F {
                guard let c = plainChild(at: p), child == nil || c.name == child else { return nil }
                text = UnsafeBufferPointer(start: b + c.textStart, count: c.end - c.textStart - c.closeLength)
                hasChild = true
                p = c.end
            }
            guard let after = endTag(at: p, np, nameLength) else { return nil }
            p = after
        }
        pos = p
        attributeCount = n
        isEmptyElement = false
        return SimpleElement(hasChild: hasChild, text: text)
    }

    /// `<name>plain text</name>` at `p` with a resolved name: the name, where the text starts,
    /// the length of the end tag and the position behind it; `nil` for anything else.
    private func plainChild(at start: Int) -> (name: XMLName, textStart: Int, closeLength: Int, end: Int)? {
        let b = buf
        let e = end
        var p = start
        guard p < e, b[p] == 0x3C else { return nil }
        p += 1
        let nameStart = p
        let np = UnsafePointer(b + nameStart)
        let resolved: QNameCache.Entry
        if let h = elementCache.recentMatch(np, available: e - p, endsName: { $0 == 0x3E }) {
            resolved = h
        } else {
            while p < e, cls[Int(b[p])] & ByteClass.nameEnd == 0 { p += 1 }
            let length = p - nameStart
            guard length > 0, p < e, b[p] == 0x3E, let found = elementCache.lookup(np, length, hash: QNameCache.hash(np, length))
            else { return nil }
            elementCache.remember(found)
            resolved = found
        }
        let nameLength = Int(resolved.keyLength)
        p = nameStart + nameLength + 1
        let textStart = p
        while p < e {
            if p + 8 <= e {
                // Eight plain bytes at a time; the byte that ends the run is looked at below.
                let v = ByteWord.load(b + p)
                let m = ByteWord.controlOrHigh(v) | ByteWord.equal(v, 0x3C) | ByteWord.equal(v, 0x26) | ByteWord.equal(v, 0x5D)
                    | ByteWord.equal(v, 0x7F)
                if m == 0 {
                    p += 8
                    continue
                }
                p += ByteWord.first(m)
            }
            let c = b[p]
            if c >= 0x20, c < 0x7F {
                guard c != 0x3C else { break }
                guard c != 0x26, c != 0x5D else { return nil }
                p += 1
            } else if c >= 0x80 {
                let len = UTF8Check.sequenceLength(b + p, available: e - p)
                guard len > 0 else { return nil }
                p += len
            } else if c == 0x09 || c == 0x0A {
                p += 1
            } else {
                return nil
            }
        }
        guard p - textStart <= limits.maxStringBytes, let after = endTag(at: p, np, nameLength) else { return nil }
        return (resolved.name, textStart, after - p, after)
    }

    /// The position behind `</name>` at `p` (written without white space), `nil` otherwise.
    @inline(__always)
    private func endTag(at p: Int, _ name: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        let b = buf
        guard p + 2 + length < end, b[p] == 0x3C, b[p + 1] == 0x2F, QNameCache.equal(b + p + 2, name, length),
            b[p + 2 + length] == 0x3E
        else { return nil }
        return p + 3 + length
    }
}
