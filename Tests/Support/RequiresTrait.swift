import Testing

extension Trait where Self == ConditionTrait {
    /// Runs the test only where every named tool is installed (`soffice`, `openpyxl`,
    /// `python_calamine`, `chromium`, …), so that a test without its tool is reported as
    /// **skipped**, never as passed.
    ///
    /// With `CI=true` the condition always holds: the test runs, and its
    /// ``ExternalTools/require(_:)`` call fails it when a tool is missing. In CI nothing is
    /// skipped for want of a tool (and `scripts/test.sh` fails a run that skipped anything).
    ///
    /// ```swift
    /// @Test(.requires("soffice", "openpyxl"))
    /// func roundTrip() throws {
    ///     try ExternalTools.require("soffice", "openpyxl")
    ///     …
    /// }
    /// ```
    public static func requires(_ tools: String...) -> Self {
        .enabled(
            if: ExternalTools.isCI || tools.allSatisfy(ExternalTools.isInstalled),
            "needs \(tools.joined(separator: ", ")) (make deps installs it)")
    }
}
