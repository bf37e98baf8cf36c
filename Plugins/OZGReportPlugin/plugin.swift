import PackagePlugin
import Foundation

@main
struct OZGReportPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "ozg")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.url.path)
        process.arguments = ["report"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("ozg report exited with status \(process.terminationStatus)")
        }
    }
}
