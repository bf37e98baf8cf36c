import Foundation
import OZGDomain
import OZGSpreadsheet

/// Writes the site's files incrementally: a page whose bytes are unchanged and a download whose
/// document is unchanged (same fingerprint in the manifest of the last run) are not rewritten.
///
/// Every file is written atomically (``AtomicOutput`` through ``FileOutput``). The manifest
/// `.ozg-site.json` lists what the last run wrote; files it listed that this run no longer makes
/// (a council that left the Verband) are removed at the end.
final class SiteOutput: @unchecked Sendable {
    static let manifestName = ".ozg-site.json"

    let root: URL
    private let lock = NSLock()
    private let previous: [String: String]
    /// Every file the last run's manifest lists, whatever its version.
    private let earlier: Set<String>
    private var current: [String: String] = [:]
    private(set) var written = 0
    private(set) var unchanged = 0

    init(root: String) throws {
        self.root = URL(fileURLWithPath: root)
        do {
            try FileManager.default.createDirectory(at: self.root, withIntermediateDirectories: true)
        } catch {
            throw ReportError.writeFailed(path: root, reason: error.localizedDescription)
        }
        let manifest = self.root.appendingPathComponent(SiteOutput.manifestName)
        var listed: [String: String] = [:]
        var sameVersion = false
        if let data = try? Data(contentsOf: manifest), let json = try? JSONValue.parse(data), case .object(let files)? = json["files"] {
            listed = Dictionary(files.compactMap { k, v in v.stringValue.map { (k, $0) } }, uniquingKeysWith: { a, _ in a })
            sameVersion = json["version"]?.numberValue == Double(SiteOutput.renderVersion)
        }
        // A manifest of another version still says which files the site wrote (to remove what
        // it no longer makes), but its fingerprints are not trusted.
        earlier = Set(listed.keys)
        previous = sameVersion ? listed : [:]
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The path of a file below the site's folder relative to it.
    func relative(_ full: String) -> String {
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    /// Creates the folders a relative path needs.
    func prepare(_ relative: String) throws {
        let dir = URL(fileURLWithPath: path(relative)).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw ReportError.writeFailed(path: dir.path, reason: error.localizedDescription)
        }
    }

    /// Writes a text file unless it already holds exactly this text.
    func text(_ relative: String, _ text: String) throws {
        let data = Data(text.utf8)
        let full = path(relative)
        record(relative, "")
        if let old = FileManager.default.contents(atPath: full), old == data {
            count(written: false)
            return
        }
        try prepare(relative)
        try FileOutput.write(data, to: full)
        count(written: true)
    }

    /// Whether the last run of the site wrote this file (else someone else put it there).
    func wasWrittenBefore(_ relative: String) -> Bool { earlier.contains(relative) }

    /// Whether the files of a download made from a document with this fingerprint are there.
    func isCurrent(_ files: [String], fingerprint: String) -> Bool {
        files.allSatisfy { previous[$0] == fingerprint && FileManager.default.fileExists(atPath: path($0)) }
    }

    /// Records files made (or kept) from a document with this fingerprint.
    func recordDownload(_ files: [String], fingerprint: String, written didWrite: Bool) {
        for f in files {
            record(f, fingerprint)
            count(written: didWrite)
        }
    }

    /// Removes the files of the last run that this run did not make; writes the manifest.
    func finish() throws -> [String] {
        var removed: [String] = []
        for f in earlier.sorted() where current[f] == nil && !f.hasPrefix("/") && !f.contains("..") {
            if (try? FileManager.default.removeItem(atPath: path(f))) != nil { removed.append(f) }
        }
        let manifest = JSONValue.object([
            ("generator", .string("OZGKit")), ("version", .number(Double(SiteOutput.renderVersion))),
            ("files", .object(current.keys.sorted().map { ($0, JSONValue.string(current[$0] ?? "")) })),
        ])
        try FileOutput.write(Data(manifest.serialized(pretty: true).utf8), to: path(SiteOutput.manifestName))
        return removed
    }

    /// The version of what the renderers draw from a document; raising it makes the next run
    /// render every download again (a manifest of another version is ignored).
    static let renderVersion = 2

    /// A fingerprint of a document (``SiteFingerprint``).
    static func fingerprint(_ document: ReportDocument) -> String { SiteFingerprint.of(document) }

    private func record(_ relative: String, _ fingerprint: String) {
        lock.lock()
        current[relative] = fingerprint
        lock.unlock()
    }

    private func count(written didWrite: Bool) {
        lock.lock()
        if didWrite { written += 1 } else { unchanged += 1 }
        lock.unlock()
    }
}
