import Foundation
import OZGArchive
import OZGSpreadsheet
import OZGTestSupport
import Testing

@Suite("ZipArchive (reading)")
struct XLSXReaderZipArchiveTests {
    /// A zip written by the `zip` tool from files with known contents.
    private func makeZip(_ dir: TemporaryDirectory, files: [String: [UInt8]]) throws -> String {
        try ExternalTools.require("zip")
        let src = dir.path("src")
        for (name, bytes) in files {
            let url = src.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let out = dir.path("a.zip").path
        try ExternalTools.check(["zip", "-q", "-r", out] + files.keys.sorted(), cwd: src)
        return out
    }

    private func pattern(_ n: Int) -> [UInt8] {
        var x: UInt32 = 12345
        return (0..<n).map { i in
            x = x &* 1_103_515_245 &+ 12345
            return i % 7 == 0 ? UInt8(truncatingIfNeeded: x >> 16) : UInt8(65 + i % 26)
        }
    }

    @Test func listsFindsAndReadsEntries() throws {
        let dir = TemporaryDirectory("zip-read")
        let big = pattern(3_000_000)
        let path = try makeZip(dir, files: ["xl/Workbook.xml": Array("<w/>".utf8), "data/big.bin": big])
        let zip = try ZipArchive(path: path)
        #expect(zip.entries.filter { !$0.isDirectory }.map(\.name).sorted() == ["data/big.bin", "xl/Workbook.xml"])
        #expect(zip.entry(named: "xl/Workbook.xml") != nil)
        #expect(zip.entry(named: "xl/workbook.xml")?.name == "xl/Workbook.xml", "case-insensitive fallback")
        #expect(zip.entry(named: "/xl/workbook.xml") != nil)
        #expect(zip.entry(named: "xl/missing.xml") == nil)
        #expect(try zip.read(named: "xl/workbook.xml") == Array("<w/>".utf8))
        guard let entry = zip.entry(named: "data/big.bin") else { return }
        #expect(entry.uncompressedSize == 3_000_000)
        #expect(entry.compressionMethod == 8)
        for background in [false, true] {
            let stream = try zip.stream(entry, background: background, chunkSize: 65536)
            var got: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 100_000)
            while true {
                let n = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
                if n == 0 { break }
                got += buffer[0..<n]
            }
            #expect(got == big, "background: \(background)")
        }
    }

    @Test func totalSizeLimitCountsInflatedBytes() throws {
        let dir = TemporaryDirectory("zip-total")
        let path = try makeZip(dir, files: ["a.txt": pattern(600_000), "b.txt": pattern(600_000)])
        var limits = ReadLimits()
        limits.maxTotalSize = 1_000_000
        let zip = try ZipArchive(path: path, limits: limits)
        _ = try zip.read(named: "a.txt")
        #expect(throws: SpreadsheetError.self) { _ = try zip.read(named: "b.txt") }
        limits.maxEntries = 1
        #expect(throws: SpreadsheetError.self) { _ = try ZipArchive(path: path, limits: limits) }
    }

    @Test func notAZipAndEmptyFile() throws {
        let dir = TemporaryDirectory("zip-bad")
        let text = dir.path("x.zip")
        try Data("hello".utf8).write(to: text)
        #expect(throws: SpreadsheetError.notASpreadsheet(path: text.path, detected: "not a zip archive")) {
            _ = try ZipArchive(path: text.path)
        }
        #expect(throws: SpreadsheetError.fileNotFound(path: dir.path("none.zip").path)) {
            _ = try ZipArchive(path: dir.path("none.zip").path)
        }
    }

    @Test(.requires("zip")) func encryptedEntriesAreRefused() throws {
        try ExternalTools.require("zip")
        let dir = TemporaryDirectory("zip-enc")
        let src = dir.path("s.txt")
        try Data("secret".utf8).write(to: src)
        let out = dir.path("e.zip").path
        try ExternalTools.check(["zip", "-q", "-j", "-P", "pw", out, src.path])
        let zip = try ZipArchive(path: out)
        #expect(zip.entries.first?.isEncrypted == true)
        #expect(throws: SpreadsheetError.encrypted(path: out)) { _ = try zip.read(named: "s.txt") }
    }
}
