import Foundation
import OZGSpreadsheet
import Testing

@testable import OZGDomain

@Suite("Domain parsing: Relevanz, LeiKa keys and types, Kommunaltypen")
struct DomainParsingTests {
    @Test("Relevanz: every spelling of DOMAIN.md", arguments: [
        ("ja", Relevanz.ja), ("Ja", .ja), ("JA", .ja), (" ja ", .ja), ("x", .ja), ("X", .ja), ("✓", .ja), ("✔", .ja),
        ("1", .ja), ("WAHR", .ja), ("TRUE", .ja), ("wahr", .ja), ("Ja.", .ja), ("j", .ja),
        ("nein", .nein), ("Nein", .nein), ("NEIN", .nein), ("-", .nein), ("–", .nein), ("—", .nein), ("0", .nein),
        ("FALSCH", .nein), ("FALSE", .nein), ("n", .nein), ("N", .nein), ("nicht relevant", .nein),
        ("teilw.", .teilweise), ("teilweise", .teilweise), ("Teilweise", .teilweise), ("(x)", .teilweise),
        ("(X)", .teilweise), ("t", .teilweise), ("teilw", .teilweise), ("tw.", .teilweise),
        ("", .offen), ("   ", .offen), ("\n", .offen), ("offen", .offen), ("Offen", .offen), ("?", .offen),
        ("k.A.", .offen), ("unklar", .offen),
    ])
    func relevanzSpellings(raw: String, expected: Relevanz) {
        #expect(Relevanz.parse(raw) == expected, "\(raw.debugDescription)")
    }

    @Test("Relevanz: sentences and unknown words are not understood", arguments: [
        "nur wenn Kreis zuständig", "vielleicht", "jaein", "2", "xy", "ja, aber nur Bauaufsicht", "siehe Bemerkung",
    ])
    func relevanzNotUnderstood(raw: String) {
        #expect(Relevanz.parse(raw) == nil)
    }

    @Test("Relevanz from typed cells: booleans and 1/0")
    func relevanzCells() {
        #expect(Relevanz.parse(CellValue.boolean(true)) == .ja)
        #expect(Relevanz.parse(CellValue.boolean(false)) == .nein)
        #expect(Relevanz.parse(CellValue.number(1)) == .ja)
        #expect(Relevanz.parse(CellValue.number(0)) == .nein)
        #expect(Relevanz.parse(CellValue.number(2)) == nil)
        #expect(Relevanz.parse(CellValue.empty) == .offen)
        #expect(Relevanz.parse(CellValue.text("teilw.")) == .teilweise)
        #expect(Relevanz.parse(CellValue.date(CalendarDate(year: 2022, month: 1, day: 1))) == nil)
        #expect(Relevanz.ja.isRelevant && Relevanz.teilweise.isRelevant)
        #expect(!Relevanz.nein.isRelevant && !Relevanz.offen.isRelevant)
    }

    @Test("LeiKa key from text", arguments: [
        ("99107023017000", "99107023017000"), (" 99107 023017000 ", "99107023017000"),
        ("99107\u{00A0}023\u{00A0}017000", "99107023017000"), ("'99107023017000", "99107023017000"),
        ("9.9107023017E+13", "99107023017000"), ("9,9107023017E+13", "99107023017000"),
        ("9.9107023017e13", "99107023017000"), ("99107023017000.0", "99107023017000"),
        ("9.9017001017E+13", "99017001017000"), ("99038001000000", "99038001000000"),
    ])
    func leikaKeyValid(text: String, digits: String) {
        #expect(LeikaKey(text: text)?.digits == digits, "\(text)")
    }

    @Test("LeiKa key rejects everything that is not 14 digits starting 99", arguments: [
        "nicht im LeiKa", "", "3233", "25323525", "9910702301700", "991070230170000", "89107023017000",
        "9.91070230171234E+13", "9.9107023017E+12", "99107O23017000", "99107023017000.5", "abc", "E+13", "9.9E+13.5",
    ])
    func leikaKeyInvalid(text: String) {
        #expect(LeikaKey(text: text) == nil, "\(text)")
    }

    @Test("LeiKa key from numbers and its classification")
    func leikaKeyNumbers() {
        #expect(LeikaKey(number: 99_107_023_017_000)?.digits == "99107023017000")
        #expect(LeikaKey(number: 9.9107023017e13)?.digits == "99107023017000")
        #expect(LeikaKey(number: 99_107_023_017_000.5) == nil)
        #expect(LeikaKey(number: 3233) == nil)
        #expect(LeikaKey(number: .nan) == nil)
        #expect(LeikaKeyText.classify("nicht im LeiKa") == .notInLeika)
        #expect(LeikaKeyText.classify("Nicht im  LeiKa") == .notInLeika)
        #expect(LeikaKeyText.classify("") == .empty)
        #expect(LeikaKeyText.classify("3233") == .invalid)
        #expect(LeikaKeyText.classify("9.9107023017E+13").key?.digits == "99107023017000")
        let a = LeikaKey(text: "99000000000001"), b = LeikaKey(text: "99000000000002")
        #expect(a != nil && b != nil && a! < b!)
    }

    @Test("LeiKa-Typ keeps the raw text and parses known codes", arguments: [
        ("2/3", ["2/3"]), ("1", ["1"]), ("4", ["4"]), ("5", ["5"]), ("2", ["2"]), ("6", ["6"]),
        ("1, 2/3", ["1", "2/3"]), ("1, 2", ["1", "2"]), ("", []), ("44", []), (" 2 / 3 ", ["2/3"]), ("7", []),
    ])
    func leikaTyp(raw: String, codes: [String]) {
        let t = LeikaTyp(raw: raw)
        #expect(t.codes == codes)
        #expect(t.raw == raw.trimmingCharacters(in: .whitespaces) || raw == " 2 / 3 ")
        #expect(t.isRecognized == (raw.isEmpty || !codes.isEmpty))
    }

    @Test("Kommunaltyp matching of headers", arguments: [
        ("Kreis", "Kreis"), ("kreis", "Kreis"), ("Kreise", "Kreis"), ("Kreisverwaltung", "Kreis"), ("  KREIS ", "Kreis"),
        ("Relevanz Kreis", "Kreis"),
        ("Große kreisangehörige Stadt", "Große kreisangehörige Stadt"), ("GKS", "Große kreisangehörige Stadt"),
        ("gks", "Große kreisangehörige Stadt"), ("Große kreisang. Stadt", "Große kreisangehörige Stadt"),
        ("Große\nkreisangehörige\nStadt", "Große kreisangehörige Stadt"),
        ("Große kreis-\nangehörige Stadt", "Große kreisangehörige Stadt"),
        ("Grosse kreisangehoerige Stadt", "Große kreisangehörige Stadt"),
        ("Große kreisangehörige Städte", "Große kreisangehörige Stadt"),
        ("Große kreisangehörige Stadt (GKS)", "Große kreisangehörige Stadt"),
        ("MKS", "Mittlere kreisangehörige Stadt"), ("Mittlere kreisang. Stadt", "Mittlere kreisangehörige Stadt"),
        ("mittlere\r\nkreisangehörige Stadt", "Mittlere kreisangehörige Stadt"),
        ("kreisang. Gemeinde", "Kreisangehörige Stadt/Gemeinde"),
        ("kreisangehörige Gemeinde", "Kreisangehörige Stadt/Gemeinde"), ("Gemeinde", "Kreisangehörige Stadt/Gemeinde"),
        ("Kreisangehörige Stadt / Gemeinde", "Kreisangehörige Stadt/Gemeinde"),
        ("Kreisangehörige\nStadt/Gemeinde", "Kreisangehörige Stadt/Gemeinde"),
    ])
    func kommunaltypMatch(header: String, name: String) {
        #expect(KommunaltypSet.krzVerband.match(header)?.name == name, "\(header.debugDescription)")
    }

    @Test("white space is collapsed: NBSP, tabs, line breaks, leading and trailing, zero-width", arguments: [
        ("a b", "a b"), ("", ""), ("  a  b  ", "a b"), ("a\u{00A0}b", "a b"), ("a\tb\r\nc", "a b c"), (" ", ""),
        ("Große\nkreisangehörige", "Große kreisangehörige"), ("x\u{200B}y", "x y"), ("\u{FEFF}ja", "ja"), ("ä  ö", "ä ö"),
        ("a ", "a"), (" a", "a"), ("a\u{2009}b", "a b"),
    ])
    func collapse(raw: String, expected: String) {
        #expect(TextNormalization.collapseSpaces(raw) == expected)
    }

    @Test("Kommunaltyp matching rejects other headers", arguments: [
        "Bemerkung Kreis Lippe", "Kreisfreie Stadt", "Stadt", "Anmerkung", "LeiKa-Schlüssel", "", "Kreis Herford",
    ])
    func kommunaltypNoMatch(header: String) {
        #expect(KommunaltypSet.krzVerband.match(header) == nil, "\(header)")
    }
}
