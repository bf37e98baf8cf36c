import Foundation
import OZGDomain

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An external report program found on `PATH` (`ozg-report-NAME`).
public struct ExternalReportPlugin: Hashable, Sendable {
    /// The report name (`paten` for `ozg-report-paten`).
    public var name: String
    public var path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}

/// Runs report plug-ins written in any language, the way git runs `git-NAME` subcommands.
///
/// `ozg report NAME` runs `ozg-report-NAME` from `PATH` when no built-in has that name. The
/// program gets the ``DomainModel`` as JSON on stdin and the options in the environment
/// (`OZG_REPORT_NAME`, `OZG_REPORT_THEMENFELD` — several separated by line breaks —,
/// `OZG_REPORT_KOMMUNALTYP`, `OZG_REPORT_KOMMUNE`, `OZG_REPORT_STAND` as `YYYY-MM-DD`), and
/// writes a report document as JSON (``ReportJSON``) to stdout. A non-zero exit is an error
/// carrying its stderr; output that is not a report document is an error naming the plug-in; a
/// program that runs longer than ``timeout`` seconds is stopped.
public struct ExternalReportRunner: Sendable {
    public static let prefix = "ozg-report-"

    /// The folders searched, separated by `:` (defaults to `$PATH`).
    public var searchPath: String
    public var timeout: Double

    public init(searchPath: String? = nil, timeout: Double = 300) {
        self.searchPath = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        self.timeout = timeout
    }

    /// Every `ozg-report-*` executable on the search path; the first of a name wins, as in a shell.
    public func plugins() -> [ExternalReportPlugin] {
        var seen = Set<String>()
        var out: [ExternalReportPlugin] = []
        let fm = FileManager.default
        for dir in searchPath.split(separator: ":") where !dir.isEmpty {
            guard let entries = try? fm.contentsOfDirectory(atPath: String(dir)) else { continue }
            for entry in entries.sorted() where entry.hasPrefix(ExternalReportRunner.prefix) {
                let name = String(entry.dropFirst(ExternalReportRunner.prefix.count))
                let path = "\(dir)/\(entry)"
                var isDir: ObjCBool = false
                guard !name.isEmpty, fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
                    fm.isExecutableFile(atPath: path), seen.insert(name).inserted
                else { continue }
                out.append(ExternalReportPlugin(name: name, path: path))
            }
        }
        return out.sorted { $0.name < $1.name }
    }

    /// The plug-in called `name`, if one is on the search path.
    public func plugin(named name: String) -> ExternalReportPlugin? {
        guard !name.contains("/") else { return nil }
        return plugins().first { $0.name == name }
    }

    /// Runs the plug-in `name` on a model.
    public func run(_ name: String, model: DomainModel, options: ReportOptions = ReportOptions()) throws -> ReportDocument {
        guard let plugin = plugin(named: name) else { throw ReportError.pluginNotFound(name) }
        return try run(plugin, model: model, options: options)
    }

    /// Runs a plug-in on a model.
    public func run(_ plugin: ExternalReportPlugin, model: DomainModel, options: ReportOptions = ReportOptions()) throws
        -> ReportDocument
    {
        let encoder = JSONEncoder()
        let input: Data
        do {
            input = try encoder.encode(model)
        } catch {
            throw ReportError.invalidDocument(reason: "Modell nicht als JSON darstellbar: \(error)")
        }
        var env = ProcessInfo.processInfo.environment
        env["OZG_REPORT_NAME"] = plugin.name
        if !options.themenfelder.isEmpty { env["OZG_REPORT_THEMENFELD"] = options.themenfelder.joined(separator: "\n") }
        if let k = options.kommunaltyp { env["OZG_REPORT_KOMMUNALTYP"] = k }
        if let k = options.kommune { env["OZG_REPORT_KOMMUNE"] = k }
        if let s = options.stand(for: model) { env["OZG_REPORT_STAND"] = s.iso }
        let output = try execute(plugin, input: input, environment: env)
        return try ReportJSON.decode(output, source: ExternalReportRunner.prefix + plugin.name)
    }

    /// Runs the program with `input` on stdin; returns its stdout.
    func execute(_ plugin: ExternalReportPlugin, input: Data, environment: [String: String]) throws -> Data {
        // A plug-in that exits without reading its input must not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: plugin.path)
        p.arguments = []
        p.environment = environment
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = errPipe
        do {
            try p.run()
        } catch {
            throw ReportError.pluginFailed(name: plugin.name, status: -1, stderr: "konnte nicht gestartet werden: \(error)")
        }
        let box = OutputBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            try? inPipe.fileHandleForWriting.write(contentsOf: input)
            try? inPipe.fileHandleForWriting.close()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            box.setOut(outPipe.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            box.setErr(errPipe.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            p.terminate()
            let pid = p.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) { if p.isRunning { kill(pid, SIGKILL) } }
            throw ReportError.pluginTimedOut(name: plugin.name, seconds: timeout)
        }
        p.waitUntilExit()
        let (out, err) = box.values
        if p.terminationStatus != 0 || p.terminationReason != .exit {
            let text = String(decoding: err.suffix(4000), as: UTF8.self)
            throw ReportError.pluginFailed(name: plugin.name, status: p.terminationStatus, stderr: text)
        }
        return out
    }
}

/// The output of a plug-in, filled by the reader threads.
private final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data(), err = Data()
    func setOut(_ d: Data) { lock.lock(); out = d; lock.unlock() }
    func setErr(_ d: Data) { lock.lock(); err = d; lock.unlock() }
    var values: (Data, Data) { lock.lock(); defer { lock.unlock() }; return (out, err) }
}
