/// What one ``SiteBuilder/build(into:)`` run did.
public struct SiteResult: Hashable, Sendable {
    /// The start page's path.
    public var startPage: String
    /// HTML pages of the site.
    public var pages: Int
    /// Download files (.xlsx, .ods, .csv).
    public var downloads: Int
    /// Files written in this run, and files left as they were (unchanged since the last run).
    public var written: Int
    public var unchanged: Int
    /// Files of an earlier run that this run no longer makes, removed (relative paths).
    public var removed: [String]
    /// Reports that could not be made (an external program failed); the site is complete otherwise.
    public var warnings: [String]
}
