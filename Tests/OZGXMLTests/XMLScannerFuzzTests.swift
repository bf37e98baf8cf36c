import OZGSpreadsheet
import OZGXML
import Testing

/// Mutated documents must end in events or an `XMLError`, never in a crash or a hang, and
/// the result must not depend on how the input is cut into chunks.
@Suite("XMLScanner: mutation fuzzing")
struct XMLScannerFuzzTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let interesting: [UInt8] = Array("<>/&;=\"':![]?-x#\r\n ".utf8) + [0x00, 0x80, 0xC3, 0xE2, 0xF0, 0xFF]

    @Test func mutatedDocumentsNeverCrash() {
        let base = Array(XMLScannerChunkTests.document.utf8)
        var rng = SplitMix(state: 20_240_229)
        var failures = 0, successes = 0
        for _ in 0..<1500 {
            var doc = base
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let i = Int.random(in: 0..<doc.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: doc[i] = Self.interesting.randomElement(using: &rng) ?? 0
                case 1: doc.remove(at: i)
                default: doc.insert(Self.interesting.randomElement(using: &rng) ?? 0, at: i)
                }
            }
            let whole = result(doc, chunk: Int.max)
            let chunked = result(doc, chunk: Int.random(in: 1...13, using: &rng))
            #expect(whole == chunked)
            if case .failure = whole { failures += 1 } else { successes += 1 }
        }
        #expect(failures > 100, "most mutations break the document")
        #expect(successes > 10, "some mutations (in text) keep it well-formed")
    }

    enum Outcome: Equatable {
        case events([String])
        case failure(XMLError)
        case unexpected(String)
    }

    func result(_ doc: [UInt8], chunk: Int) -> Outcome {
        do {
            return .events(try trace(doc, chunkSize: chunk))
        } catch let e as XMLError {
            return .failure(e)
        } catch {
            return .unexpected("\(error)")
        }
    }
}
