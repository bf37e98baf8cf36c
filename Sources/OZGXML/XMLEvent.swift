/// What ``XMLScanner/next()`` found.
///
/// Names are the ids of the caller's ``XMLNameTable``; attributes and text are read from the
/// scanner while the event is current (they are valid until the next call).
public enum XMLEvent: Hashable, Sendable {
    /// A start tag (an empty element `<a/>` gives a start and then an end).
    case startElement(XMLName)
    case endElement(XMLName)
    /// Character data: text, references resolved, CDATA sections included, line ends
    /// normalised; comments and processing instructions inside it are left out.
    case text
    case endOfDocument
}
