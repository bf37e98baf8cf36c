import Foundation
import PropertyBased
import Testing

@testable import OZGDomain

@Suite("Domain properties: keys, verdict spellings and ids survive the ways people write them")
struct DomainPropertyTests {
    @Test("every LeiKa key reads back from text, spaced text, numbers and scientific notation")
    func leikaKeys() async {
        await propertyCheck(input: Gen.int(in: 0...999_999_999_999), Gen.int(in: 1...13)) { suffix, cut in
            let digits = "99" + String(format: "%012lld", Int64(suffix))
            let number = Double(digits) ?? 0
            #expect(LeikaKey(text: digits)?.digits == digits)
            #expect(LeikaKey(number: number)?.digits == digits)
            // Excel's full-precision scientific form and a space typed somewhere in the middle.
            #expect(LeikaKey(text: String(format: "%.13E", number))?.digits == digits)
            let i = digits.index(digits.startIndex, offsetBy: cut)
            #expect(LeikaKey(text: " " + digits[..<i] + " " + digits[i...] + "\u{00A0}")?.digits == digits)
            // One digit more or less is never a key.
            #expect(LeikaKey(text: digits + "0") == nil)
            #expect(LeikaKey(text: String(digits.dropLast())) == nil)
        }
    }

    static let spellings: [(String, Relevanz)] = [
        ("ja", .ja), ("x", .ja), ("wahr", .ja), ("true", .ja), ("nein", .nein), ("falsch", .nein), ("teilweise", .teilweise),
        ("teilw.", .teilweise), ("(x)", .teilweise), ("offen", .offen),
    ]

    @Test("verdict spellings in any letter case with any surrounding white space")
    func relevanzCase() async {
        await propertyCheck(
            input: Gen.int(in: 0...(Self.spellings.count - 1)), Gen.int(in: 0...1023), Gen.int(in: 0...3)
        ) { which, caseBits, padding in
            let (word, expected) = Self.spellings[which]
            var text = ""
            for (n, c) in word.enumerated() {
                text += (caseBits >> (n % 10)) & 1 == 1 ? c.uppercased() : String(c)
            }
            let pad = ["", " ", "\t", "\u{00A0}\n"][padding]
            #expect(Relevanz.parse(pad + text + pad) == expected, "\(text)")
        }
    }

    @Test("EinzelleistungID keys round-trip for any Bezeichnung")
    func idKeys() async {
        let name = Gen.letterOrNumber.string(of: 0...20)
        await propertyCheck(input: name, Gen.int(in: 10000...99999), Gen.int(in: 0...3)) { text, ozgId, occurrence in
            let bezeichnung = text + ": #@" + text
            let id = EinzelleistungID(leika: nil, ozgId: ozgId, bezeichnung: bezeichnung, occurrence: occurrence)
            #expect(EinzelleistungID(key: id.key) == id)
            let keyed = EinzelleistungID(leika: LeikaKey(digits: "99000000000001"), ozgId: ozgId, occurrence: occurrence)
            #expect(EinzelleistungID(key: keyed.key) == keyed)
        }
    }
}
