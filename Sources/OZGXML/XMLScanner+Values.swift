/// Reading the current element's name, its attributes and the current text.
///
/// Everything here is valid until the next call of ``XMLScanner/next()``.
extension XMLScanner {
    // MARK: - Current element

    /// The local name of the innermost open element (during a start event: that element).
    public var localName: String {
        guard let top = stack.last else { return "" }
        return String(
            decoding: UnsafeBufferPointer(start: rawArena + top.rawStart + top.localOffset, count: top.rawLength - top.localOffset),
            as: UTF8.self)
    }

    /// The namespace URI of the innermost open element.
    public var namespaceURI: String {
        guard let top = stack.last else { return "" }
        return uris[Int(top.uri)]
    }

    /// The registered names of the open elements, outermost first.
    public var openElements: [XMLName] { stack.map(\.name) }

    // MARK: - Attributes

    /// The registered name of attribute `i` of the current start tag.
    @inline(__always)
    public func attributeName(at i: Int) -> XMLName { attrs[i].name }

    /// The local name of attribute `i`, for messages and unknown attributes.
    public func attributeLocalName(at i: Int) -> String {
        let a = attrs[i]
        let start = a.colon >= 0 ? a.colon + 1 : a.nameStart
        return String(decoding: UnsafeBufferPointer(start: buf + start, count: a.nameStart + a.nameLength - start), as: UTF8.self)
    }

    /// The namespace URI of attribute `i` (empty for unprefixed attributes).
    public func attributeNamespaceURI(at i: Int) -> String { uris[Int(attrs[i].uri)] }

    /// The index of the attribute with a registered name, `nil` when the tag has none.
    @inline(__always)
    public func attributeIndex(of name: XMLName) -> Int? {
        for i in 0..<attributeCount where attrs[i].name == name { return i }
        return nil
    }

    /// Calls `body` with the decoded bytes of attribute `i` (references resolved, whitespace
    /// normalised as XML prescribes). The bytes are valid UTF-8.
    @inline(__always)
    public func withAttributeValue<R>(at i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let a = attrs[i]
        if !a.needsDecoding {
            return try body(UnsafeBufferPointer(start: buf + a.valueStart, count: a.valueEnd - a.valueStart))
        }
        let n = decode(a)
        return try body(UnsafeBufferPointer(start: scratch, count: n))
    }

    /// The decoded bytes of attribute `i`, valid until the next call of ``next()`` or of this
    /// method (a decoded value lives in a scratch buffer). Cheaper than the closure form
    /// across modules.
    public func attributeBytes(at i: Int) -> UnsafeBufferPointer<UInt8> {
        let a = attrs[i]
        if !a.needsDecoding {
            return UnsafeBufferPointer(start: buf + a.valueStart, count: a.valueEnd - a.valueStart)
        }
        let n = decode(a)
        return UnsafeBufferPointer(start: scratch, count: n)
    }

    /// The value of attribute `i` as a String.
    public func attributeValue(at i: Int) -> String {
        withAttributeValue(at: i) { String(decoding: $0, as: UTF8.self) }
    }

    /// The value of the attribute with a registered name, `nil` when the tag has none.
    public func attribute(_ name: XMLName) -> String? {
        attributeIndex(of: name).map { attributeValue(at: $0) }
    }

    /// The value of attribute `i` as an integer, `nil` when it is not one.
    public func attributeInt(at i: Int) -> Int? {
        withAttributeValue(at: i) { NumberScanner.int($0) }
    }

    /// The value of attribute `i` as a number, `nil` when it is not one.
    public func attributeDouble(at i: Int) -> Double? {
        withAttributeValue(at: i) { NumberScanner.double($0) }
    }

    /// The integer value of the attribute with a registered name.
    public func attributeInt(_ name: XMLName) -> Int? { attributeIndex(of: name).flatMap { attributeInt(at: $0) } }

    /// Whether attribute `i` equals an ASCII literal.
    public func attribute(at i: Int, equals literal: StaticString) -> Bool {
        withAttributeValue(at: i) { v in
            guard v.count == literal.utf8CodeUnitCount else { return false }
            let l = literal.utf8Start
            for k in 0..<v.count where v[k] != l[k] { return false }
            return true
        }
    }

    /// The decoded attribute value of `a` as a String (used for namespace URIs).
    func decodedValue(_ a: Attribute) -> String {
        if !a.needsDecoding {
            return String(decoding: UnsafeBufferPointer(start: buf + a.valueStart, count: a.valueEnd - a.valueStart), as: UTF8.self)
        }
        let n = decode(a)
        return String(decoding: UnsafeBufferPointer(start: scratch, count: n), as: UTF8.self)
    }

    /// Decodes an attribute value into `scratch`; returns the length. The value was validated
    /// while scanning, so references are known to be good.
    private func decode(_ a: Attribute) -> Int {
        let need = a.valueEnd - a.valueStart
        if need > scratchCap {
            scratch.deallocate()
            scratchCap = need
            scratch = .allocate(capacity: scratchCap)
        }
        var p = a.valueStart
        var o = 0
        while p < a.valueEnd {
            let c = buf[p]
            switch c {
            case 0x26:
                if case .character(let ch, let length) = CharacterReference.parse(buf + p, available: a.valueEnd - p) {
                    o += UTF8Check.encode(ch, into: scratch + o)
                    p += length
                } else {
                    scratch[o] = c
                    o += 1
                    p += 1
                }
            case 0x0D:
                scratch[o] = 0x20
                o += 1
                p += (p + 1 < a.valueEnd && buf[p + 1] == 0x0A) ? 2 : 1
            case 0x09, 0x0A:
                scratch[o] = 0x20
                o += 1
                p += 1
            default:
                scratch[o] = c
                o += 1
                p += 1
            }
        }
        return o
    }

    // MARK: - Text

    /// The text of the current `.text` event.
    public var text: String { String(decoding: UnsafeBufferPointer(start: textBuf, count: textLen), as: UTF8.self) }

    /// The length in bytes of the current text.
    public var textByteCount: Int { textLen }

    /// The UTF-8 bytes of the current text, valid until the next call of ``next()``.
    public var textBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: textBuf, count: textLen) }

    /// Calls `body` with the UTF-8 bytes of the current text.
    @inline(__always)
    public func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: textBuf, count: textLen))
    }

    /// The current text as a number (surrounding whitespace allowed), `nil` when it is not one.
    public var textDouble: Double? { NumberScanner.double(UnsafeBufferPointer(start: textBuf, count: textLen)) }

    /// The current text as an integer, `nil` when it is not one.
    public var textInt: Int? { NumberScanner.int(UnsafeBufferPointer(start: textBuf, count: textLen)) }

    /// Whether the current text is only XML whitespace.
    public var textIsWhitespace: Bool {
        for i in 0..<textLen where cls[Int(textBuf[i])] & ByteClass.space == 0 { return false }
        return true
    }
}
