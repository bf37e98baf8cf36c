/// Start and end tags, attributes and namespace resolution.
extension XMLScanner {
    func startTag() throws -> XMLEvent {
        if phase == .epilog { throw malformed("a second root element", at: pos) }
        while try !tryStartTag() { try readMoreOfTag() }
        return .startElement(stack.items[stack.count - 1].name)
    }

    func endTag() throws -> XMLEvent {
        while try !tryEndTag() { try readMoreOfTag() }
        return closeElement()
    }

    /// Reads more input behind the incomplete tag at `pos`, which is then parsed again from its
    /// start. Reads grow with the buffer, so a long tag is parsed a few times, not once per read;
    /// the same error comes out however the input is cut.
    func readMoreOfTag() throws {
        if end - pos > maxTagBytes {
            throw XMLError.limitExceeded(offset: base + pos, limit: "tag length", value: end - pos, maximum: maxTagBytes)
        }
        guard try fill(keeping: pos) else { throw malformed("unexpected end of document inside a tag", at: pos) }
    }

    /// Parses the start tag at `pos`; `false` when the buffer ends before the tag does.
    private func tryStartTag() throws -> Bool {
        let b = buf
        let e = end
        let t = cls
        var p = pos + 1
        let nameStart = p
        let element = XMLScanner.scanName(b, from: p, to: e, classes: t)
        if element.secondColon >= 0 { throw malformed("more than one colon in a name", at: element.secondColon) }
        p = element.end
        let colon = element.colon
        let high = element.high
        if p >= e { return false }
        let nameLength = p - nameStart
        if nameLength == 0 { throw malformed("expected a name after <", at: p) }
        try checkName(nameStart, nameLength, colon: colon, high: high)
        var n = 0
        var empty = false
        while true {
            let wsStart = p
            while p < e && t[Int(b[p])] & ByteClass.space != 0 { p &+= 1 }
            if p >= e { return false }
            var c = b[p]
            if c == 0x3E {
                p += 1
                break
            }
            if c == 0x2F {
                if p + 1 >= e { return false }
                guard b[p + 1] == 0x3E else { throw malformed("expected > after / in a tag", at: p) }
                p += 2
                empty = true
                break
            }
            if p == wsStart { throw malformed("unexpected character '\(printable(c))' in a tag", at: p) }
            // Attribute name.
            let an = p
            let attribute = XMLScanner.scanName(b, from: p, to: e, classes: t)
            if attribute.secondColon >= 0 { throw malformed("more than one colon in a name", at: attribute.secondColon) }
            p = attribute.end
            let acolon = attribute.colon
            let ahigh = attribute.high
            if p >= e { return false }
            let anLength = p - an
            if anLength == 0 { throw malformed("unexpected character '\(printable(b[p]))' in a tag", at: p) }
            try checkName(an, anLength, colon: acolon, high: ahigh)
            while p < e && t[Int(b[p])] & ByteClass.space != 0 { p &+= 1 }
            if p >= e { return false }
            guard b[p] == 0x3D else { throw malformed("expected = after an attribute name", at: p) }
            p += 1
            while p < e && t[Int(b[p])] & ByteClass.space != 0 { p &+= 1 }
            if p >= e { return false }
            let q = b[p]
            guard q == 0x22 || q == 0x27 else { throw malformed("an attribute value must be quoted", at: p) }
            p += 1
            let vs = p
            var decode = false
            while true {
                p = ByteWord.attributeRun(b, from: p, to: e, classes: t)
                if p >= e { return false }
                c = b[p]
                if c == q { break }
                switch c {
                case 0x22, 0x27:
                    p += 1
                case 0x3C:
                    throw malformed("< is not allowed in an attribute value", at: p)
                case 0x26:
                    switch CharacterReference.parse(b + p, available: e - p) {
                    case .incomplete: return false
                    case .invalid(let reason): throw malformed(reason, at: p)
                    case .character(_, let length):
                        decode = true
                        p += length
                    }
                case 0x09, 0x0A, 0x0D:
                    decode = true
                    p += 1
                default:
                    if c >= 0x80 {
                        let len = UTF8Check.sequenceLength(b + p, available: e - p)
                        if len < 0 { return false }
                        if len == 0 { throw malformed("invalid UTF-8", at: p) }
                        p += len
                    } else {
                        throw malformed("control character U+\(hex2(c)) is not allowed in XML", at: p)
                    }
                }
            }
            if p - vs > limits.maxStringBytes {
                throw XMLError.limitExceeded(
                    offset: base + vs, limit: "attribute value length", value: p - vs, maximum: limits.maxStringBytes)
            }
            if n == attrCap { growAttributes() }
            attrs[n] = Attribute(
                nameStart: an, nameLength: anLength, colon: acolon, valueStart: vs, valueEnd: p,
                needsDecoding: decode, name: .unknown, uri: 0)
            n += 1
            p += 1
        }
        try finishStartTag(tagStart: pos, nameStart: nameStart, nameLength: nameLength, colon: colon, attributes: n)
        pos = p
        isEmptyElement = empty
        pendingEnd = empty
        return true
    }

    private func finishStartTag(tagStart: Int, nameStart: Int, nameLength: Int, colon: Int, attributes n: Int) throws {
        if depth + 1 > limits.maxXMLDepth {
            throw XMLError.limitExceeded(
                offset: base + tagStart, limit: "XML nesting depth", value: depth + 1, maximum: limits.maxXMLDepth)
        }
        let bindingCount = nsCount
        // Namespace declarations first: they apply to this element's own name and attributes.
        var kept = 0
        for i in 0..<n {
            if isXMLNSAttribute(attrs[i]) {
                try declareNamespace(attrs[i])
            } else {
                if kept != i { attrs[kept] = attrs[i] }
                kept += 1
            }
        }
        if nsCount != bindingCount {
            elementCache.clear()
            attributeCache.clear()
        }
        // The element's name.
        let np = UnsafePointer(buf + nameStart)
        let h = QNameCache.hash(np, nameLength)
        let resolved: QNameCache.Entry
        if let cached = elementCache.lookup(np, nameLength, hash: h) {
            resolved = cached
        } else {
            let (name, uri) = try resolve(nameStart, nameLength, colon: colon, isAttribute: false)
            elementCache.insert(np, nameLength, hash: h, name: name, uri: uri, colon: colon >= 0 ? colon - nameStart : -1)
            resolved = QNameCache.Entry(hash: h, keyStart: 0, keyLength: Int32(nameLength), name: name, uri: uri)
        }
        // Attribute names.
        for i in 0..<kept {
            let a = attrs[i]
            let ap = UnsafePointer(buf + a.nameStart)
            let ah = QNameCache.hash(ap, a.nameLength)
            if let cached = attributeCache.lookup(ap, a.nameLength, hash: ah) {
                attrs[i].name = cached.name
                attrs[i].uri = cached.uri
            } else {
                let (name, uri) = try resolve(a.nameStart, a.nameLength, colon: a.colon, isAttribute: true)
                attributeCache.insert(ap, a.nameLength, hash: ah, name: name, uri: uri, colon: a.colon >= 0 ? a.colon - a.nameStart : -1)
                attrs[i].name = name
                attrs[i].uri = uri
            }
        }
        if kept > 1 { try checkDuplicateAttributes(kept) }
        attributeCount = kept
        // Push.
        if rawLen + nameLength > rawCap {
            let newCap = max(rawCap * 2, rawLen + nameLength)
            let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: newCap)
            nb.update(from: rawArena, count: rawLen)
            rawArena.deallocate()
            rawArena = nb
            rawCap = newCap
        }
        (rawArena + rawLen).update(from: buf + nameStart, count: nameLength)
        stack.append(
            StackEntry(
                name: resolved.name, rawStart: rawLen, rawLength: nameLength, bindingCount: bindingCount,
                uri: resolved.uri, localOffset: colon >= 0 ? colon - nameStart + 1 : 0))
        rawLen += nameLength
        depth += 1
        phase = .root
    }

    /// Scans a name from `start` up to the first byte of class `nameEnd` (or `end`): where it
    /// ended, its first colon, the position of a second colon (an error; scanning stops there),
    /// and the OR of its bytes (non-ASCII names are checked further). A function of its own so
    /// that the position stays in a register: in the tag loop it lived on the stack.
    @inline(never)
    static func scanName(
        _ b: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int, classes t: UnsafeMutablePointer<UInt8>
    ) -> (end: Int, colon: Int, secondColon: Int, high: UInt8) {
        var p = start
        var colon = -1
        var high: UInt8 = 0
        while p < end {
            let c = b[p]
            if t[Int(c)] & ByteClass.nameEnd != 0 { break }
            if c == 0x3A {
                if colon >= 0 { return (p, colon, p, high) }
                colon = p
            }
            high |= c
            p &+= 1
        }
        return (p, colon, -1, high)
    }

    /// Parses the end tag at `pos`; `false` when the buffer ends before the tag does.
    private func tryEndTag() throws -> Bool {
        let b = buf
        let e = end
        let t = cls
        var p = pos + 2
        let nameStart = p
        while p < e && t[Int(b[p])] & ByteClass.nameEnd == 0 { p &+= 1 }
        if p >= e { return false }
        let nameLength = p - nameStart
        while p < e && t[Int(b[p])] & ByteClass.space != 0 { p &+= 1 }
        if p >= e { return false }
        guard b[p] == 0x3E else { throw malformed("expected > at the end of an end tag", at: p) }
        var found: String { String(decoding: UnsafeBufferPointer(start: b + nameStart, count: nameLength), as: UTF8.self) }
        guard let top = stack.last else {
            throw malformed("end tag </\(found)> without a start tag", at: pos)
        }
        var same = top.rawLength == nameLength
        if same {
            let r = rawArena + top.rawStart
            for i in 0..<nameLength where r[i] != b[nameStart + i] {
                same = false
                break
            }
        }
        if !same {
            let expected = String(decoding: UnsafeBufferPointer(start: rawArena + top.rawStart, count: top.rawLength), as: UTF8.self)
            throw malformed("mismatched end tag: expected </\(expected)>, found </\(found)>", at: pos)
        }
        pos = p + 1
        return true
    }

    // MARK: - Names and namespaces

    @inline(__always)
    private func checkName(_ start: Int, _ length: Int, colon: Int, high: UInt8) throws {
        let first = buf[start]
        if (first >= 0x30 && first <= 0x39) || first == 0x2D || first == 0x2E || first == 0x3A {
            throw malformed("a name cannot start with '\(printable(first))'", at: start)
        }
        if colon == start + length - 1 { throw malformed("a name cannot end with a colon", at: colon) }
        if high & 0x80 != 0 {
            var p = start
            while p < start + length {
                if buf[p] < 0x80 {
                    p += 1
                    continue
                }
                let n = UTF8Check.sequenceLength(buf + p, available: start + length - p)
                if n <= 0 { throw malformed("invalid UTF-8 in a name", at: p) }
                p += n
            }
        }
    }

    private func isXMLNSAttribute(_ a: Attribute) -> Bool {
        guard a.nameLength >= 5 else { return false }
        let p = buf + a.nameStart
        guard p[0] == 0x78, p[1] == 0x6D, p[2] == 0x6C, p[3] == 0x6E, p[4] == 0x73 else { return false }
        return a.nameLength == 5 || a.colon == a.nameStart + 5
    }

    private func declareNamespace(_ a: Attribute) throws {
        let prefix: [UInt8] =
            a.nameLength == 5 ? [] : Array(UnsafeBufferPointer(start: buf + a.nameStart + 6, count: a.nameLength - 6))
        let uri = decodedValue(a)
        if !prefix.isEmpty && uri.isEmpty {
            throw malformed("a namespace prefix cannot be undeclared", at: a.nameStart)
        }
        if prefix == Array("xmlns".utf8) { throw malformed("the prefix xmlns cannot be declared", at: a.nameStart) }
        if prefix == Array("xml".utf8) {
            if uri != XMLNamespace.xml { throw malformed("the prefix xml cannot be rebound", at: a.nameStart) }
            return
        }
        let id: Int32
        if let known = uriIDs[uri] {
            id = known
        } else {
            id = Int32(uris.count)
            uris.append(uri)
            uriIDs[uri] = id
        }
        bindings.append(Binding(prefix: prefix, uri: id))
        nsCount = bindings.count
    }

    /// Resolves a raw name to the caller's id and the namespace URI id.
    private func resolve(_ start: Int, _ length: Int, colon: Int, isAttribute: Bool) throws -> (XMLName, Int32) {
        let uri: Int32
        let localStart: Int
        if colon < 0 {
            localStart = start
            if isAttribute {
                uri = 0
            } else {
                uri = bindings.last(where: { $0.prefix.isEmpty })?.uri ?? 0
            }
        } else {
            localStart = colon + 1
            let prefix = Array(UnsafeBufferPointer(start: buf + start, count: colon - start))
            if prefix == Array("xml".utf8) {
                uri = 1
            } else if let b = bindings.last(where: { $0.prefix == prefix }) {
                uri = b.uri
            } else {
                throw malformed("undeclared namespace prefix \(String(decoding: prefix, as: UTF8.self))", at: start)
            }
        }
        let local = String(decoding: UnsafeBufferPointer(start: buf + localStart, count: start + length - localStart), as: UTF8.self)
        return (names.lookup(namespace: uris[Int(uri)], local: local), uri)
    }

    private func checkDuplicateAttributes(_ n: Int) throws {
        if n <= 24 {
            for i in 1..<n {
                for j in 0..<i where sameName(attrs[i], attrs[j]) {
                    throw malformed("attribute repeated in one tag", at: attrs[i].nameStart)
                }
            }
        } else {
            var seen = Set<[UInt8]>()
            for i in 0..<n {
                let a = attrs[i]
                let key = Array(UnsafeBufferPointer(start: buf + a.nameStart, count: a.nameLength))
                if !seen.insert(key).inserted { throw malformed("attribute repeated in one tag", at: a.nameStart) }
            }
        }
    }

    func sameName(_ a: Attribute, _ b: Attribute) -> Bool {
        if a.nameLength != b.nameLength { return false }
        for k in 0..<a.nameLength where buf[a.nameStart + k] != buf[b.nameStart + k] { return false }
        return true
    }

    func growAttributes() {
        let newCap = attrCap * 2
        let na = UnsafeMutablePointer<Attribute>.allocate(capacity: newCap)
        na.moveInitialize(from: attrs, count: attrCap)
        attrs.deallocate()
        attrs = na
        attrCap = newCap
    }
}

func printable(_ c: UInt8) -> String {
    c >= 0x20 && c < 0x7F ? String(UnicodeScalar(c)) : "\\u{\(String(c, radix: 16))}"
}
