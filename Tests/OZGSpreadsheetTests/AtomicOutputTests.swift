import Foundation
import OZGSpreadsheet
import OZGTestSupport
import Testing

@Suite("Atomic output")
struct AtomicOutputTests {
    @Test func commitReplacesDestination() throws {
        let dir = TemporaryDirectory()
        let dest = dir.path("out.txt")
        try Data("old".utf8).write(to: dest)
        let out = try AtomicOutput(destination: dest.path)
        try Data("new".utf8).write(to: URL(fileURLWithPath: out.temporaryPath))
        #expect(try String(contentsOf: dest, encoding: .utf8) == "old")
        try out.commit()
        #expect(try String(contentsOf: dest, encoding: .utf8) == "new")
        #expect(!FileManager.default.fileExists(atPath: out.temporaryPath))
    }

    @Test func discardKeepsOldFile() throws {
        let dir = TemporaryDirectory()
        let dest = dir.path("out.txt")
        try Data("old".utf8).write(to: dest)
        do {
            let out = try AtomicOutput(destination: dest.path)
            try Data("half".utf8).write(to: URL(fileURLWithPath: out.temporaryPath))
            out.discard()
        }
        #expect(try String(contentsOf: dest, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["out.txt"])
    }

    @Test func refusesToOverwriteInput() throws {
        let dir = TemporaryDirectory()
        let input = dir.path("in.xlsx")
        try Data("x".utf8).write(to: input)
        #expect(throws: SpreadsheetError.outputIsInput(path: dir.url.path + "/./in.xlsx")) {
            _ = try AtomicOutput(destination: dir.url.path + "/./in.xlsx", inputs: [input.path])
        }
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: SpreadsheetError.self) {
            _ = try AtomicOutput(destination: "/nonexistent-folder-ozg/x.xlsx")
        }
    }

    @Test("a batch leaves the destinations alone until it commits, then moves every file into place")
    func batchCommitsTogether() throws {
        let dir = TemporaryDirectory()
        let a = dir.path("a.txt"), b = dir.path("b.txt")
        try Data("alt".utf8).write(to: a)
        let batch = AtomicBatch()
        try AtomicOutput.write(Data("neu a".utf8), to: a.path, batch: batch)
        let out = try AtomicOutput(destination: b.path)
        try Data("neu b".utf8).write(to: URL(fileURLWithPath: out.temporaryPath))
        try out.commit(into: batch)
        #expect(batch.count == 2)
        #expect(try String(contentsOf: a, encoding: .utf8) == "alt")
        #expect(!FileManager.default.fileExists(atPath: b.path))
        #expect(FileManager.default.fileExists(atPath: out.temporaryPath))
        try batch.commit()
        #expect(batch.count == 0)
        #expect(try String(contentsOf: a, encoding: .utf8) == "neu a")
        #expect(try String(contentsOf: b, encoding: .utf8) == "neu b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["a.txt", "b.txt"])
    }

    @Test("a batch discarded or let go keeps the old files and removes its temporary ones")
    func batchDiscarded() throws {
        let dir = TemporaryDirectory()
        let a = dir.path("a.txt")
        try Data("alt".utf8).write(to: a)
        let batch = AtomicBatch()
        try AtomicOutput.write(Data("neu".utf8), to: a.path, batch: batch)
        try AtomicOutput.write(Data("neu".utf8), to: dir.path("b.txt").path, batch: batch)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).count == 3)
        batch.discard()
        #expect(try String(contentsOf: a, encoding: .utf8) == "alt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["a.txt"])
        do {
            let dropped = AtomicBatch()
            try AtomicOutput.write(Data("neu".utf8), to: a.path, batch: dropped)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["a.txt"])
        #expect(try String(contentsOf: a, encoding: .utf8) == "alt")
    }
}
