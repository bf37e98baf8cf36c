import Foundation

/// Finds and runs the programs the tests check OZGKit against: LibreOffice, Python with
/// openpyxl and python-calamine, and the `ozg` binary itself.
///
/// When the environment variable `CI` is `true`, a missing tool is an error (the test fails),
/// never a skip: ``require(_:)`` throws ``ToolMissing``.
public enum ExternalTools {
    public struct ToolMissing: Error, CustomStringConvertible {
        public let tool: String
        public var description: String { "\(tool) is not installed (run `make deps`)" }
    }

    public struct ProcessFailed: Error, CustomStringConvertible {
        public let command: [String]
        public let status: Int32
        public let stderr: String
        public var description: String { "\(command.joined(separator: " ")) exited \(status): \(stderr)" }
    }

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The repository root (the folder holding Package.swift).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `Samples/data` in the repository: the real catalogue and the council list.
    public static var sampleData: URL { repositoryRoot.appendingPathComponent("Samples/data") }

    public static var samples: URL { repositoryRoot.appendingPathComponent("Samples") }

    /// Full path of an executable on PATH.
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Whether a tool is installed: an executable on PATH, or a Python module for the names
    /// `openpyxl`, `python_calamine`, `pandas`, `odf`, `selenium`, `axe_selenium_python`.
    public static func isInstalled(_ name: String) -> Bool {
        switch name {
        case "openpyxl", "python_calamine", "pandas", "odf", "selenium", "axe_selenium_python":
            return (try? run(["python3", "-c", "import \(name)"]))?.status == 0
        default:
            return which(name) != nil
        }
    }

    /// Throws ``ToolMissing`` unless every tool is installed. Pair it with the test trait
    /// `.requires(…)`, which skips the test (visibly) where a tool is missing outside CI.
    public static func require(_ names: String...) throws {
        for name in names where !isInstalled(name) { throw ToolMissing(tool: name) }
    }

    public struct Output {
        public let status: Int32
        public let stdout: Data
        public let stderr: String
        public var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs a command (first element looked up on PATH) and collects its output.
    @discardableResult
    public static func run(_ command: [String], stdin: Data? = nil, environment: [String: String] = [:], cwd: URL? = nil)
        throws -> Output
    {
        let p = Process()
        let exe = command[0].hasPrefix("/") ? command[0] : (which(command[0]) ?? command[0])
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        if let cwd { p.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try? inp.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a command and throws unless it exits 0.
    @discardableResult
    public static func check(_ command: [String], stdin: Data? = nil, cwd: URL? = nil) throws -> Output {
        let o = try run(command, stdin: stdin, cwd: cwd)
        if o.status != 0 { throw ProcessFailed(command: command, status: o.status, stderr: o.stderr) }
        return o
    }

    /// Converts a file with headless LibreOffice (`csv`, `xlsx`, `ods`, `pdf`, or a full filter
    /// such as `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`),
    /// using a private profile so parallel tests do not interfere. Returns the output path.
    public static func sofficeConvert(_ input: URL, to format: String, outputDirectory: URL) throws -> URL {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        try check([
            "soffice", "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", format,
            "--outdir", outputDirectory.path, input.path,
        ])
        let ext = String(format.split(separator: ":")[0])
        let out = outputDirectory.appendingPathComponent(input.deletingPathExtension().lastPathComponent + "." + ext)
        guard FileManager.default.fileExists(atPath: out.path) else {
            throw ProcessFailed(command: ["soffice", "--convert-to", format, input.path], status: 0, stderr: "no output file")
        }
        return out
    }

    /// Runs a Python script from `Tests/Scripts` with arguments.
    @discardableResult
    public static func python(script: String, _ arguments: [String], stdin: Data? = nil) throws -> Output {
        let path = repositoryRoot.appendingPathComponent("Tests/Scripts/\(script)").path
        return try check(["python3", path] + arguments, stdin: stdin)
    }

    /// The `ozg` binary built beside the test bundle (or `$OZG_BIN`).
    public static var ozgBinary: String {
        if let env = ProcessInfo.processInfo.environment["OZG_BIN"] { return env }
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ].compactMap { $0 }
        for dir in candidates {
            var d = dir
            for _ in 0..<4 {
                let p = d.appendingPathComponent("ozg").path
                if FileManager.default.isExecutableFile(atPath: p) { return p }
                d.deleteLastPathComponent()
            }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/ozg").path
    }

    /// Runs `ozg` with arguments.
    @discardableResult
    public static func ozg(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Output {
        try run([ozgBinary] + arguments, stdin: stdin, environment: environment)
    }
}

/// A fresh temporary folder for one test, removed when the value is released.
public final class TemporaryDirectory {
    public let url: URL
    public init(_ name: String = "ozg-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    public func path(_ name: String) -> URL { url.appendingPathComponent(name) }
    deinit { try? FileManager.default.removeItem(at: url) }
}
