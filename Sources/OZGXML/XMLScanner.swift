import OZGSpreadsheet

/// A streaming pull scanner over UTF-8 bytes for the part of XML that SpreadsheetML and ODF use.
///
/// Input comes from an ``XMLByteSource`` in chunks of any size; tokens split across chunks are
/// handled. ``next()`` returns one ``XMLEvent`` at a time; element and attribute names are
/// resolved to namespace URIs and matched against the caller's ``XMLNameTable``, so a reader
/// compares small integers and never prefixes.
///
/// The scanner is strict where it matters for hostile input: a DTD (`<!DOCTYPE`) is refused,
/// so there are no external or expanding entities; only the five predefined entities and
/// numeric character references exist; text and attribute values are validated UTF-8 (and so
/// come out as valid `String`s); control characters other than tab, LF and CR are refused;
/// nesting depth and the length of a text, attribute value or tag are limited by
/// `ReadLimits.maxXMLDepth` and `ReadLimits.maxStringBytes`; tags must nest and match,
/// attributes must not repeat, prefixes must be declared. Documents declaring an encoding
/// other than UTF-8 (or a UTF-16 byte order mark) are refused.
///
/// Not thread-safe; one scanner per document.
public final class XMLScanner {
    public let names: XMLNameTable
    public let limits: ReadLimits

    let source: XMLByteSource
    let cls: UnsafeMutablePointer<UInt8>
    let maxTagBytes: Int
    let minRead: Int

    // The mutable scanning state lives behind a pointer: stored properties of a class pay for
    // dynamic exclusivity checks on every access, which cost a third of the time in the hot loop.
    struct State {
        var buf: UnsafeMutablePointer<UInt8>
        var cap: Int
        var pos: Int
        var end: Int
        var base: Int
        var inputDone: Bool
        var textBuf: UnsafeMutablePointer<UInt8>
        var textCap: Int
        var textLen: Int
        var discardText: Bool
        var scratch: UnsafeMutablePointer<UInt8>
        var scratchCap: Int
        var stack: ElementStack
        var rawArena: UnsafeMutablePointer<UInt8>
        var rawCap: Int
        var rawLen: Int
        var depth: Int
        var phase: Phase
        var atStart: Bool
        var pendingEnd: Bool
        var isEmptyElement: Bool
        var attrs: UnsafeMutablePointer<Attribute>
        var attrCap: Int
        var attributeCount: Int
        var nsCount: Int
    }
    let st: UnsafeMutablePointer<State>

    // Open elements.
    struct StackEntry {
        var name: XMLName
        var rawStart: Int
        var rawLength: Int
        var bindingCount: Int
        var uri: Int32
        var localOffset: Int
    }

    enum Phase { case prolog, root, epilog }

    // Attributes of the current start tag (positions index `buf`).
    struct Attribute {
        var nameStart: Int
        var nameLength: Int
        var colon: Int
        var valueStart: Int
        var valueEnd: Int
        var needsDecoding: Bool
        var name: XMLName
        var uri: Int32
    }

    var buf: UnsafeMutablePointer<UInt8> {
        @inline(__always) get { st.pointee.buf }
        @inline(__always) set { st.pointee.buf = newValue }
    }
    var cap: Int {
        @inline(__always) get { st.pointee.cap }
        @inline(__always) set { st.pointee.cap = newValue }
    }
    var pos: Int {
        @inline(__always) get { st.pointee.pos }
        @inline(__always) set { st.pointee.pos = newValue }
    }
    var end: Int {
        @inline(__always) get { st.pointee.end }
        @inline(__always) set { st.pointee.end = newValue }
    }
    var base: Int {
        @inline(__always) get { st.pointee.base }
        @inline(__always) set { st.pointee.base = newValue }
    }
    var inputDone: Bool {
        @inline(__always) get { st.pointee.inputDone }
        @inline(__always) set { st.pointee.inputDone = newValue }
    }
    var textBuf: UnsafeMutablePointer<UInt8> {
        @inline(__always) get { st.pointee.textBuf }
        @inline(__always) set { st.pointee.textBuf = newValue }
    }
    var textCap: Int {
        @inline(__always) get { st.pointee.textCap }
        @inline(__always) set { st.pointee.textCap = newValue }
    }
    var textLen: Int {
        @inline(__always) get { st.pointee.textLen }
        @inline(__always) set { st.pointee.textLen = newValue }
    }
    /// While skipping, text is validated but not collected.
    var discardText: Bool {
        @inline(__always) get { st.pointee.discardText }
        @inline(__always) set { st.pointee.discardText = newValue }
    }
    var scratch: UnsafeMutablePointer<UInt8> {
        @inline(__always) get { st.pointee.scratch }
        @inline(__always) set { st.pointee.scratch = newValue }
    }
    var scratchCap: Int {
        @inline(__always) get { st.pointee.scratchCap }
        @inline(__always) set { st.pointee.scratchCap = newValue }
    }
    var stack: ElementStack {
        @inline(__always) get { st.pointee.stack }
        @inline(__always) set { st.pointee.stack = newValue }
    }
    var rawArena: UnsafeMutablePointer<UInt8> {
        @inline(__always) get { st.pointee.rawArena }
        @inline(__always) set { st.pointee.rawArena = newValue }
    }
    var rawCap: Int {
        @inline(__always) get { st.pointee.rawCap }
        @inline(__always) set { st.pointee.rawCap = newValue }
    }
    var rawLen: Int {
        @inline(__always) get { st.pointee.rawLen }
        @inline(__always) set { st.pointee.rawLen = newValue }
    }
    /// Number of open elements; during an `.endElement` event the closed element is no longer
    /// counted.
    public var depth: Int {
        @inline(__always) get { st.pointee.depth }
        @inline(__always) set { st.pointee.depth = newValue }
    }
    var phase: Phase {
        @inline(__always) get { st.pointee.phase }
        @inline(__always) set { st.pointee.phase = newValue }
    }
    var atStart: Bool {
        @inline(__always) get { st.pointee.atStart }
        @inline(__always) set { st.pointee.atStart = newValue }
    }
    var pendingEnd: Bool {
        @inline(__always) get { st.pointee.pendingEnd }
        @inline(__always) set { st.pointee.pendingEnd = newValue }
    }
    /// Whether the current start tag was written `<a/>` (its end event follows).
    public var isEmptyElement: Bool {
        @inline(__always) get { st.pointee.isEmptyElement }
        @inline(__always) set { st.pointee.isEmptyElement = newValue }
    }
    var attrs: UnsafeMutablePointer<Attribute> {
        @inline(__always) get { st.pointee.attrs }
        @inline(__always) set { st.pointee.attrs = newValue }
    }
    var attrCap: Int {
        @inline(__always) get { st.pointee.attrCap }
        @inline(__always) set { st.pointee.attrCap = newValue }
    }
    /// Number of attributes of the current start tag (namespace declarations not counted).
    public var attributeCount: Int {
        @inline(__always) get { st.pointee.attributeCount }
        @inline(__always) set { st.pointee.attributeCount = newValue }
    }
    var nsCount: Int {
        @inline(__always) get { st.pointee.nsCount }
        @inline(__always) set { st.pointee.nsCount = newValue }
    }

    // Namespaces.
    struct Binding {
        var prefix: [UInt8]
        var uri: Int32
    }
    var bindings: [Binding] = []
    var uris: [String] = [XMLNamespace.none, XMLNamespace.xml]
    var uriIDs: [String: Int32] = [XMLNamespace.none: 0, XMLNamespace.xml: 1]
    let elementCache = QNameCache()
    let attributeCache = QNameCache()

    /// Creates a scanner reading from `source`.
    ///
    /// - Parameters:
    ///   - source: where the bytes come from.
    ///   - names: the names the caller matches; others scan as ``XMLName/unknown``.
    ///   - limits: depth and size limits (`maxXMLDepth`, `maxStringBytes`).
    ///   - bufferSize: the size of the reads asked of `source`.
    public init(source: XMLByteSource, names: XMLNameTable, limits: ReadLimits = .default, bufferSize: Int = 1 << 18) {
        self.source = source
        self.names = names
        self.limits = limits
        self.cls = ByteClass.makeTable()
        self.maxTagBytes = limits.maxStringBytes + 65536
        self.minRead = max(64, min(bufferSize, 1 << 16))
        let cap = max(bufferSize, 4096)
        let textCap = min(4096, max(1, limits.maxStringBytes))
        st = .allocate(capacity: 1)
        st.initialize(
            to: State(
                buf: .allocate(capacity: cap), cap: cap, pos: 0, end: 0, base: 0, inputDone: false,
                textBuf: .allocate(capacity: textCap), textCap: textCap, textLen: 0, discardText: false,
                scratch: .allocate(capacity: 1024), scratchCap: 1024, stack: ElementStack(),
                rawArena: .allocate(capacity: 4096), rawCap: 4096, rawLen: 0, depth: 0, phase: .prolog, atStart: true,
                pendingEnd: false, isEmptyElement: false, attrs: .allocate(capacity: 16), attrCap: 16, attributeCount: 0,
                nsCount: 0))
    }

    /// A scanner over bytes in memory.
    public convenience init(bytes: [UInt8], names: XMLNameTable, limits: ReadLimits = .default) {
        self.init(source: XMLBufferSource(bytes), names: names, limits: limits, bufferSize: max(4096, bytes.count + 1))
    }

    deinit {
        cls.deallocate()
        buf.deallocate()
        textBuf.deallocate()
        scratch.deallocate()
        rawArena.deallocate()
        attrs.deallocate()
        stack.deallocate()
        st.deinitialize(count: 1)
        st.deallocate()
    }

    /// The document offset of the next unread byte.
    public var offset: Int { base + pos }

    // MARK: - Events

    /// The next event; ``XMLEvent/endOfDocument`` at the end (and on every call after it).
    public func next() throws -> XMLEvent {
        if pendingEnd {
            pendingEnd = false
            attributeCount = 0
            return closeElement()
        }
        attributeCount = 0
        if atStart { try readProlog() }
        while true {
            if pos >= end {
                guard try fill(keeping: pos) else { return try finish() }
                continue
            }
            if buf[pos] == 0x3C {
                if end - pos < 2 {
                    guard try fill(keeping: pos) else { throw malformed("unexpected end of document after <", at: pos) }
                    continue
                }
                let b1 = buf[pos + 1]
                if b1 == 0x2F { return try endTag() }
                if b1 != 0x21 && b1 != 0x3F { return try startTag() }
            }
            if try scanText() { return .text }
        }
    }

    /// Skips the rest of the element whose start event was just returned, through its end.
    public func skipElement() throws {
        let target = depth - 1
        let saved = discardText
        discardText = true
        defer { discardText = saved }
        while depth > target {
            // Whole simple elements (a sheet's cells) in one step, with the checks of the general way.
            if scanSimple(nil, child: nil) != nil { continue }
            if case .endOfDocument = try next() { return }
        }
    }

    /// The text inside the element whose start event was just returned, through its end;
    /// text of nested elements is included.
    public func elementText() throws -> String {
        let target = depth - 1
        var out: [UInt8] = []
        while depth > target {
            switch try next() {
            case .text: out.append(contentsOf: UnsafeBufferPointer(start: textBuf, count: textLen))
            case .endOfDocument: return String(decoding: out, as: UTF8.self)
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Buffer

    /// Moves `buf[keep..<end]` to the front and reads more input behind it.
    ///
    /// `pos` moves down by `keep`; every other index a caller holds must do the same.
    /// Returns whether new bytes arrived.
    func fill(keeping keep: Int) throws -> Bool {
        if keep > 0 {
            let n = end - keep
            if n > 0 { UnsafeMutableRawPointer(buf).copyMemory(from: buf + keep, byteCount: n) }
            end = n
            pos -= keep
            base += keep
        }
        if inputDone { return false }
        if cap - end < minRead {
            let newCap = max(cap * 2, end + minRead)
            let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: newCap)
            nb.update(from: buf, count: end)
            buf.deallocate()
            buf = nb
            cap = newCap
        }
        let got = try source.read(into: UnsafeMutableRawBufferPointer(start: buf + end, count: cap - end))
        if got <= 0 {
            inputDone = true
            return false
        }
        end += got
        return true
    }

    /// Makes at least `n` bytes available at `pos` if the input has them; returns whether it did.
    func ensure(_ n: Int) throws -> Bool {
        while end - pos < n {
            guard try fill(keeping: pos) else { return false }
        }
        return true
    }

    func malformed(_ reason: String, at index: Int) -> XMLError {
        .malformed(offset: base + index, reason: reason)
    }

    // MARK: - Document structure

    private func readProlog() throws {
        atStart = false
        _ = try ensure(4)
        let avail = end - pos
        if avail >= 2, (buf[pos] == 0xFE && buf[pos + 1] == 0xFF) || (buf[pos] == 0xFF && buf[pos + 1] == 0xFE) {
            throw malformed("UTF-16 documents are not supported", at: pos)
        }
        if avail >= 3, buf[pos] == 0xEF, buf[pos + 1] == 0xBB, buf[pos + 2] == 0xBF { pos += 3 }
        guard try ensure(6) else { return }
        let decl: [UInt8] = Array("<?xml".utf8)
        for i in 0..<5 where buf[pos + i] != decl[i] { return }
        guard cls[Int(buf[pos + 5])] & ByteClass.space != 0 else { return }
        // Load the whole declaration (it is short) and look at its encoding.
        var p = pos + 5
        while true {
            while p + 1 < end {
                if buf[p] == 0x3F && buf[p + 1] == 0x3E {
                    let body = String(decoding: UnsafeBufferPointer(start: buf + pos + 5, count: p - pos - 5), as: UTF8.self)
                    try checkEncoding(body, at: pos)
                    pos = p + 2
                    return
                }
                p += 1
            }
            if p - pos > 4096 { throw malformed("XML declaration too long", at: pos) }
            let keep = pos
            guard try fill(keeping: keep) else { throw malformed("unterminated XML declaration", at: pos) }
            p -= keep
        }
    }

    private func checkEncoding(_ declaration: String, at index: Int) throws {
        guard let r = declaration.range(of: "encoding") else { return }
        let rest = declaration[r.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let q = rest.first, q == "\"" || q == "'" else { return }
        let value = rest.dropFirst().prefix { $0 != q }
        let enc = value.lowercased()
        if !["utf-8", "utf8", "us-ascii", "ascii"].contains(enc) {
            throw malformed("encoding \(value) is not supported (only UTF-8)", at: index)
        }
    }

    private func finish() throws -> XMLEvent {
        if depth > 0, let top = stack.last {
            let name = String(decoding: UnsafeBufferPointer(start: rawArena + top.rawStart, count: top.rawLength), as: UTF8.self)
            throw malformed("unexpected end of document: <\(name)> is not closed", at: pos)
        }
        if phase == .prolog { throw malformed("no root element", at: pos) }
        return .endOfDocument
    }

    func closeElement() -> XMLEvent {
        guard let top = stack.popLast() else { return .endOfDocument }
        if nsCount != top.bindingCount {
            bindings.removeLast(bindings.count - top.bindingCount)
            nsCount = bindings.count
            elementCache.clear()
            attributeCache.clear()
        }
        rawLen = top.rawStart
        depth -= 1
        if depth == 0 { phase = .epilog }
        isEmptyElement = false
        return .endElement(top.name)
    }
}
