import Foundation
import OZGTestSupport
import Testing

/// Every input that once crashed a fuzz target (Tests/Fuzz/regressions/TARGET/, each named after
/// what it found), and the seeds, replayed through the same targets in an ordinary build:
/// the process must end normally (a trap or a signal fails the test), within seconds.
@Suite("Fuzz regressions", .serialized)
struct FuzzRegressionTests {
    static let fuzzBinary: String = {
        let dir = (ExternalTools.ozgBinary as NSString).deletingLastPathComponent
        return (dir as NSString).appendingPathComponent("ozg-fuzz")
    }()

    static var root: URL { ExternalTools.repositoryRoot }

    static func files(in relative: String) -> [String] {
        let dir = root.appendingPathComponent(relative).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { (dir as NSString).appendingPathComponent($0) }
    }

    static let targets = ["xlsx", "ods", "csv", "xlsx-sheet", "xlsx-strings", "ods-content", "mapping", "convert"]

    @Test func targetListMatches() throws {
        let out = try ExternalTools.run([Self.fuzzBinary, "--list"])
        #expect(out.status == 0)
        #expect(out.text.split(separator: "\n").map(String.init) == Self.targets)
    }

    @Test(arguments: targets)
    func replaysRegressionsAndSeeds(_ target: String) throws {
        var inputs = Self.files(in: "Tests/Fuzz/regressions/\(target)")
        switch target {
        case "xlsx", "convert":
            inputs += Self.files(in: "Samples/working-sheets").filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".ods") }
        case "ods": inputs += Self.files(in: "Tests/OZGFormatTests/Fixtures/ods")
        case "csv": inputs += Self.files(in: "Tests/OZGFormatTests/Fixtures/csv")
        case "mapping": inputs += Self.files(in: "Tests/Fuzz/seeds-mapping")
        default: break
        }
        if inputs.isEmpty { inputs = [Self.root.appendingPathComponent("Samples/data/README.md").path] }
        let start = Date()
        let out = try ExternalTools.run([Self.fuzzBinary, target] + inputs, environment: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(out.status == 0, "ozg-fuzz \(target) ended with \(out.status): \(out.stderr.suffix(2000))")
        #expect(out.text.hasPrefix("\(target): \(inputs.count) inputs replayed"), "\(out.text)")
        #expect(Date().timeIntervalSince(start) < 60)
    }

    /// The committed regression inputs exist for the targets that found something.
    @Test func regressionInputsAreNamed() {
        let all = Self.targets.flatMap { Self.files(in: "Tests/Fuzz/regressions/\($0)") }
        #expect(all.count >= 4)
        for path in all {
            let name = (path as NSString).lastPathComponent
            #expect(name.contains("-"), "a regression input is named after what it found: \(name)")
        }
    }
}
