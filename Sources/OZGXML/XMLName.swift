/// An element or attribute name registered in an ``XMLNameTable``: a namespace URI and a local
/// name reduced to a small integer, so that the hot loop of a reader compares integers.
public struct XMLName: Hashable, Sendable, CustomStringConvertible {
    public let id: Int32

    public init(id: Int32) { self.id = id }

    /// A name that was not registered.
    public static let unknown = XMLName(id: -1)

    public var isKnown: Bool { id >= 0 }
    public var description: String { "XMLName(\(id))" }
}

/// Well-known namespace URIs.
public enum XMLNamespace {
    /// Attributes without a prefix are in no namespace: register them with this URI.
    public static let none = ""
    /// The `xml:` prefix (`xml:space`), bound without a declaration.
    public static let xml = "http://www.w3.org/XML/1998/namespace"
}

/// The (namespace URI, local name) pairs a caller cares about, each mapped to an ``XMLName``.
///
/// Build one table before scanning (it is a value; the scanner keeps its own copy). Several URIs
/// may share one name (`register("c", in: [transitional, strict])`), which is how a reader
/// accepts Strict OOXML without a second code path. Names not in the table scan as
/// ``XMLName/unknown``.
public struct XMLNameTable: Sendable {
    private var byNamespace: [String: [String: Int32]] = [:]
    public private(set) var count: Int32 = 0

    public init() {}

    /// Registers `local` in every namespace of `namespaces` under one id and returns it.
    ///
    /// A pair that is already registered keeps its id; the first existing id among the
    /// namespaces is reused for the others.
    @discardableResult
    public mutating func register(_ local: String, in namespaces: [String]) -> XMLName {
        var id: Int32? = nil
        for ns in namespaces {
            if let existing = byNamespace[ns]?[local] { id = existing; break }
        }
        let chosen = id ?? count
        if id == nil { count += 1 }
        for ns in namespaces where byNamespace[ns]?[local] == nil {
            byNamespace[ns, default: [:]][local] = chosen
        }
        return XMLName(id: chosen)
    }

    /// Registers `local` in one namespace (``XMLNamespace/none`` for unprefixed attributes).
    @discardableResult
    public mutating func register(_ local: String, in namespace: String) -> XMLName {
        register(local, in: [namespace])
    }

    /// The id of a pair, ``XMLName/unknown`` when it is not registered.
    public func lookup(namespace: String, local: String) -> XMLName {
        if let id = byNamespace[namespace]?[local] { return XMLName(id: id) }
        return .unknown
    }
}
