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
}
