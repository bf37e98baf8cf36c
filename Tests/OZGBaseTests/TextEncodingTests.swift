import Foundation
import OZGBase
import Testing

/// The one text-encoding layer: JSON strings, CSV fields and the formula-injection policy, each
/// with its table of inputs and outputs.
@Suite("Text encoding")
struct TextEncodingTests {
    @Test(
        "JSON string literals",
        arguments: [
            ("", #""""#), ("Wohngeld", #""Wohngeld""#), ("a\"b", #""a\"b""#), ("a\\b", #""a\\b""#),
            ("1\n2\r3\t4", #""1\n2\r3\t4""#), ("\u{01}\u{1F}", #""\u0001\u001f""#),
            ("Zeile\u{2028}Absatz\u{2029}", #""Zeile\u2028Absatz\u2029""#), ("Größe €", #""Größe €""#),
            ("</script>", #""</script>""#), ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
        ])
    func jsonString(input: String, expected: String) {
        #expect(JSONString.quoted(input) == expected)
        var s = "x"
        JSONString.append(input, to: &s)
        #expect(s == "x" + expected)
    }

    @Test("JSON strings parse back to the same text")
    func jsonRoundTrip() throws {
        for text in ["", "ä\"\\\n\u{0}\u{7F}\u{2028}😀", String(repeating: "ab\u{2029}", count: 100)] {
            let parsed = try JSONValue.parse(Data(("[" + JSONString.quoted(text) + "]").utf8))
            #expect(parsed == .array([.string(text)]))
        }
    }

    @Test(
        "CSV fields (RFC 4180)",
        arguments: [
            ("plain", ",", "plain"), ("a,b", ",", "\"a,b\""), ("a;b", ",", "a;b"), ("a;b", ";", "\"a;b\""),
            ("say \"hi\"", ",", "\"say \"\"hi\"\"\""), ("1\n2", ",", "\"1\n2\""), ("1\r2", ";", "\"1\r2\""),
            ("a\tb", "\t", "\"a\tb\""), ("", ",", ""),
        ])
    func csvField(input: String, delimiter: String, expected: String) throws {
        let d = try #require(delimiter.utf8.first)
        #expect(CSVField.quoted(input, delimiter: d) == expected)
        var bytes: [UInt8] = []
        CSVField.append(input, delimiter: d, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test(
        "formula-injection policy: the documented table",
        arguments: [
            ("=SUM(A1)", "'=SUM(A1)"), ("+49 30 1234", "'+49 30 1234"), ("-x", "'-x"), ("- 1 + 2", "'- 1 + 2"),
            ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("-5", "-5"), ("+49", "+49"),
            ("-1,5", "-1,5"), ("+3.25", "+3.25"), ("-", "-"), ("+", "+"), ("=", "="), ("@", "@"),
            ("Wohngeld", "Wohngeld"), ("", ""), ("-1,", "'-1,"), ("+1.2.3", "'+1.2.3"), ("a=b", "a=b"),
        ])
    func formulaGuard(input: String, expected: String) {
        #expect(FormulaInjectionGuard.guarded(input) == expected)
        #expect(FormulaInjectionGuard.needsGuard(input) == (input != expected))
    }

    @Test("numbers in their shortest form")
    func numberText() {
        #expect(NumberText.shortest(3) == "3")
        #expect(NumberText.shortest(-0.0) == "0")
        #expect(NumberText.shortest(1.5) == "1.5")
        #expect(NumberText.shortest(1e20) == "1e+20")
        #expect(JSONValue.array([.number(2), .number(0.1), .number(.nan)]).serialized() == "[2,0.1,null]")
    }
}
