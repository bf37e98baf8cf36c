/// The namespace URIs of SpreadsheetML parts, transitional and Strict.
enum XLSXNamespaces {
    static let main = [
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ]
    /// The `r:` prefix of `r:id` attributes.
    static let officeRelationships = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]
    /// `.rels` parts.
    static let packageRelationships = ["http://schemas.openxmlformats.org/package/2006/relationships"]
    static let coreProperties = ["http://schemas.openxmlformats.org/package/2006/metadata/core-properties"]
    static let dublinCore = ["http://purl.org/dc/elements/1.1/"]
    static let dublinCoreTerms = ["http://purl.org/dc/terms/"]
    static let extendedProperties = [
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    ]
}
