import Foundation
import OZGDomain
import OZGKit
import OZGReports
import OZGSpreadsheet
import OZGTestSupport
import Testing

@Suite("Reports on the councils' Umsetzungsstand")
struct UmsetzungReportTests {
    static func int(_ v: ReportValue) -> Int? { if case .integer(let n) = v { return n }; return nil }
    static func text(_ v: ReportValue) -> String? {
        switch v {
        case .text(let s), .verdict(let s): return s
        default: return nil
        }
    }

    @Test("umsetzungsstand: every council's figures, the Verband's total and per Themenfeld match a plain count")
    func umsetzungsstandFigures() throws {
        let u = try UmsetzungFixture.make()
        let doc = try UmsetzungsstandReport().generate(model: u.model, options: ReportOptions())
        try doc.validate()
        let table = doc.sheets[0].tables[0]
        let names = table.columns.map(\.name)
        #expect(Array(names.prefix(8)) == ["Kommune", "Kommunaltyp", "relevant", "online", "in Umsetzung", "in Planung", "offen", "Anteil online"])
        let themen = u.f.themen
        #expect(Array(names.suffix(themen.count)) == themen.map { $0 + " (online/relevant)" })
        var total = [Int](repeating: 0, count: 8)
        for (k, kommune) in u.model.kommunen.enumerated() {
            var c = [Int](repeating: 0, count: 8)  // relevant, online, umsetzung, planung, offen, dashboard, kreis/land, nz
            var perThema: [String: (Int, Int)] = [:]
            for i in u.f.rows.indices where u.relevant(k, i) {
                c[0] += 1
                let thema = u.f.rows[i][0]
                perThema[thema, default: (0, 0)].1 += 1
                if let s = u.own[k][i] {
                    switch s.stand {
                    case .online:
                        c[1] += 1
                        perThema[thema, default: (0, 0)].0 += 1
                    case .inUmsetzung: c[2] += 1
                    case .inPlanung: c[3] += 1
                    case .offen: c[4] += 1
                    case .nichtZustaendig: c[7] += 1
                    }
                } else if let d = u.dash[k][i] {
                    c[5] += 1
                    if d.flaechendeckung == "landesweit" { c[6] += 1 }
                } else {
                    c[4] += 1
                }
            }
            for j in c.indices { total[j] += c[j] }
            let row = try #require(table.row(startingWith: kommune.name))
            #expect(row[1] == .text(kommune.kommunaltyp))
            let got = [2, 3, 4, 5, 6, 8, 9, 10].map { Self.int(row[$0]) }
            #expect(got == c.map(Optional.some), "\(kommune.name)")
            #expect(c[0] == c[1] + c[2] + c[3] + c[4] + c[5] + c[7])
            #expect(row[7] == .percent(Double(c[1]) / Double(c[0])))
            for (n, thema) in themen.enumerated() {
                let (on, rel) = perThema[thema] ?? (0, 0)
                #expect(row[11 + n] == .text("\(on)/\(rel)"), "\(kommune.name) \(thema)")
            }
        }
        let verband = try #require(table.row(startingWith: "Verband"))
        #expect(verband.role == .total)
        #expect([2, 3, 4, 5, 6, 8, 9, 10].map { Self.int(verband[$0]) } == total.map(Optional.some))
        #expect(doc.sheets[0].charts.first?.kind == .stackedBar)
    }

    @Test("umsetzungsstand: flächendeckend counts the Leistungen online wherever relevant, own reports and with the dashboard apart")
    func flaechendeckend() throws {
        let u = try UmsetzungFixture.make()
        let doc = try UmsetzungsstandReport().generate(model: u.model, options: ReportOptions())
        let sheet = try #require(doc.sheets.first { $0.name == "Flächendeckend" })
        var somewhere = 0, ownAll = 0
        var anyAll: [String] = []
        for i in u.f.rows.indices {
            let ks = u.model.kommunen.indices.filter { u.relevant($0, i) }
            guard !ks.isEmpty else { continue }
            somewhere += 1
            if ks.allSatisfy({ u.own[$0][i]?.stand == .online }) { ownAll += 1 }
            if ks.allSatisfy({ u.onlineAnywhere($0, i) }) { anyAll.append(u.f.rows[i][4]) }
        }
        #expect(ownAll > 0 && anyAll.count > ownAll, "the fixture should have both kinds")
        let summary = sheet.tables[0]
        #expect(summary.rows.map { Self.int($0[1]) } == [5, somewhere, ownAll, anyAll.count])
        #expect(sheet.tables[1].rows.map { Self.text($0[3]) } == anyAll)
    }

    @Test("umsetzungsstand: a Themenfeld and a Kommunaltyp filter narrow rows and councils")
    func filters() throws {
        let u = try UmsetzungFixture.make()
        let thema = u.f.themen[2]
        let doc = try UmsetzungsstandReport().generate(
            model: u.model, options: ReportOptions(themenfelder: [thema], kommunaltyp: "Mittlere kreisangehörige Stadt"))
        let table = doc.sheets[0].tables[0]
        #expect(table.rows.compactMap { $0.role == .data ? Self.text($0[0]) : nil } == ["Bad Oeynhausen", "Lübbecke"])
        #expect(table.columns.last?.name == thema + " (online/relevant)")
        let k = 1
        let relevant = u.f.rowIndexes(of: thema).filter { u.relevant(k, $0) }.count
        #expect(Self.int(table.rows[0][2]) == relevant)
    }

    @Test("luecken: the council's gaps by priority and Fallzahl, with who offers them and how")
    func luecken() throws {
        let u = try UmsetzungFixture.make()
        let k = 2  // Lübbecke
        let name = u.model.kommunen[k].name
        let doc = try LueckenReport().generate(model: u.model, options: ReportOptions(kommune: name))
        try doc.validate()
        #expect(doc.title.hasSuffix(name))
        let table = doc.sheets[0].tables[0]
        #expect(table.columns.last?.name == "online bei")
        // Expected: relevant, not online anywhere for this council, not nicht zuständig.
        var expected: [(Int, Int, Int)] = []
        for i in u.f.rows.indices where u.relevant(k, i) && !u.onlineAnywhere(k, i) && u.own[k][i]?.stand != .nichtZustaendig {
            let s = u.own[k][i]
            let prio = s?.prioritaet == .hoch ? 0 : s?.prioritaet == .mittel ? 1 : s?.prioritaet == .niedrig ? 2 : 3
            expected.append((prio, -(s?.fallzahl ?? -1), i))
        }
        expected.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        #expect(table.rows.map { Self.text($0[3]) } == expected.map { u.f.rows[$0.2][4] })
        for (n, e) in expected.enumerated() {
            let i = e.2
            var bei: [String] = []
            for (j, other) in u.model.kommunen.enumerated() where j != k {
                if let s = u.own[j][i] {
                    guard s.stand == .online else { continue }
                    let how = [s.loesung, s.loesungsart?.rawValue].compactMap { $0 }
                    bei.append(how.isEmpty ? other.name : "\(other.name) (\(how.joined(separator: ", ")))")
                } else if u.dash[j][i] != nil {
                    bei.append("\(other.name) (laut Dashboard)")
                }
            }
            #expect(table.rows[n][9] == (bei.isEmpty ? .empty : .text(bei.joined(separator: "; "))), "row \(n)")
        }
        #expect(table.rows.contains { Self.text($0[9])?.contains("(Servicekonto.NRW, Landeslösung)") ?? false } == false,
            "rows online everywhere are no gaps")
        #expect(table.rows.contains { Self.text($0[9])?.contains("; ") ?? false })
    }

    @Test("luecken: one document per council with its own file stem; an unknown council is an error")
    func lueckenPerKommune() throws {
        let u = try UmsetzungFixture.make(perThema: 4)
        let reports = try LueckenReport().generatePerKommune(model: u.model, options: ReportOptions())
        #expect(reports.map(\.fileStem) == ["luecken-Kreis-Lippe", "luecken-Bad-Oeynhausen", "luecken-Luebbecke", "luecken-Huellhorst", "luecken-Minden"])
        let all = try LueckenReport().generate(model: u.model, options: ReportOptions())
        #expect(all.sheets.map(\.name) == ["Übersicht"] + u.model.kommunen.map(\.name))
        for (n, r) in reports.enumerated() {
            #expect(Self.int(all.sheets[0].tables[0].rows[n][2]) == r.document.sheets[0].tables[0].rows.count)
        }
        #expect(throws: ReportError.self) { try LueckenReport().generate(model: u.model, options: ReportOptions(kommune: "Atlantis")) }
    }

    @Test("loesungen: one row per solution name and kind, councils and Leistungen counted, Reifegrad with its model")
    func loesungen() throws {
        let u = try UmsetzungFixture.make()
        let doc = try LoesungenReport().generate(model: u.model, options: ReportOptions())
        try doc.validate()
        let overview = doc.sheets[0].tables[0]
        // Expected, by a plain loop: key = folded name + kind.
        var leistungen: [String: Set<Int>] = [:], kommunen: [String: [String]] = [:]
        for (k, kommune) in u.model.kommunen.enumerated() {
            for i in u.f.rows.indices {
                guard let s = u.own[k][i], let l = s.loesung else { continue }
                let key = l.trimmingCharacters(in: .whitespaces).lowercased() + "|" + (s.loesungsart?.rawValue ?? "")
                leistungen[key, default: []].insert(i)
                if !(kommunen[key]?.contains(kommune.name) ?? false) { kommunen[key, default: []].append(kommune.name) }
            }
        }
        #expect(overview.rows.count == leistungen.count)
        for row in overview.rows {
            let art = Self.text(row[1]) ?? ""
            var name = Self.text(row[0]) ?? ""
            if name.hasSuffix(" (\(art))") { name = String(name.dropLast(art.count + 3)) }
            let key = name.lowercased() + "|" + art
            #expect(Self.int(row[2]) == leistungen[key]?.count, "\(key)")
            #expect(Self.int(row[3]) == kommunen[key]?.count, "\(key)")
            #expect(Self.text(row[5]) == kommunen[key]?.joined(separator: "; "), "\(key)")
        }
        // „Wohngeld-Digital“ as EfA and as Marktprodukt are two solutions; the spellings of the EfA one are one.
        let wohngeld = overview.rows.compactMap { Self.text($0[0]) }.filter { $0.lowercased().hasPrefix("wohngeld-digital") }
        #expect(wohngeld.count == 2 && wohngeld.contains("Wohngeld-Digital (Marktprodukt)"))
        #expect(overview.rows.contains { Self.text($0[0]) == "Antragsmanagement OWL" })
        let detail = doc.sheets[1].tables[0]
        let reifegrade = detail.rows.filter { $0.role == .data && Self.text($0[0]) == "Antragsmanagement OWL" }
            .map { (Self.text($0[2]) ?? "", Self.int($0[7]), Self.text($0[8])) }
        #expect(!reifegrade.isEmpty)
        for (name, stufe, modell) in reifegrade {
            let k = u.model.kommunen.firstIndex { $0.name == name }!
            #expect(stufe == 2 + k % 3 && modell == (k % 2 == 0 ? "1.1" : "2.0"))
        }
    }

    @Test("roadmap: the councils' geplant bis per quarter beside the group's Vorhaben; late ones flagged")
    func roadmapKommunen() throws {
        let u = try UmsetzungFixture.make()
        let doc = try RoadmapReport().generate(model: u.model, options: ReportOptions())
        let sheet = try #require(doc.sheets.first { $0.name == "Kommunen geplant" })
        var byQuarter: [String: Int] = [:]
        var late = 0, total = 0
        for k in u.model.kommunen.indices {
            for i in u.f.rows.indices {
                guard let s = u.own[k][i], let d = s.geplantBisDatum, s.stand != .online, s.stand != .nichtZustaendig else { continue }
                byQuarter["\(d.year) Q\((d.month - 1) / 3 + 1)", default: 0] += 1
                total += 1
                if d < ReportFixture.stand { late += 1 }
            }
        }
        let quarters = sheet.tables[0]
        for row in quarters.rows where row.role == .data {
            #expect(Self.int(row[1]) == byQuarter[Self.text(row[0]) ?? ""] ?? 0, "\(row[0])")
        }
        #expect(quarters.rows.last.map { Self.int($0[1]) } == total)
        #expect(sheet.tables[1].rows.count == total)
        #expect(sheet.tables[1].rows.filter { $0[7] == .verdict("verspätet") }.count == late)
        #expect(late > 0)
        // Without council plans the sheet is absent.
        var plain = u.model
        plain.umsetzung = []
        #expect(try RoadmapReport().generate(model: plain, options: ReportOptions()).sheets.map(\.name).contains("Kommunen geplant") == false)
    }

    @Test("calendar: one council's own plans are events of its calendar; the group's calendar has none")
    func calendarKommune() throws {
        let u = try UmsetzungFixture.make()
        let k = try #require(u.model.kommunen.indices.first { k in
            u.f.rows.indices.contains { u.own[k][$0]?.geplantBisDatum != nil && u.own[k][$0]?.stand != .online }
        })
        let name = u.model.kommunen[k].name
        let expected = u.f.rows.indices.compactMap { i -> (String, CalendarDate)? in
            guard let s = u.own[k][i], let d = s.geplantBisDatum, s.stand != .online, s.stand != .nichtZustaendig else { return nil }
            return (u.model.catalog.einzelleistungen.first { $0.id == s.einzelleistung }?.bezeichnung ?? "", d)
        }
        let ics = try RoadmapCalendar.ics(model: u.model, options: ReportOptions(kommune: name))
        let lines = RoadmapReportTests.unfold(ics)
        let summaries = lines.filter { $0.hasPrefix("SUMMARY:Online geplant: ") }
        #expect(summaries.count == expected.count && !expected.isEmpty)
        for (title, d) in expected {
            let basic = String(format: "%04d%02d%02d", d.year, d.month, d.day)
            let s = try #require(lines.firstIndex(of: "SUMMARY:Online geplant: " + RoadmapCalendar.escape(title)), "\(title)")
            #expect(lines[..<s].last { $0.hasPrefix("DTSTART") } == "DTSTART;VALUE=DATE:\(basic)")
        }
        #expect(lines.filter { $0.hasPrefix("DESCRIPTION:Kommune: ") }.allSatisfy { $0.hasPrefix("DESCRIPTION:Kommune: " + RoadmapCalendar.escape(name)) })
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        #expect(!(try RoadmapCalendar.ics(model: u.model, options: ReportOptions())).contains("Online geplant"))
    }

    @Test("every renderer produces the three reports", arguments: ["umsetzungsstand", "luecken", "loesungen"])
    func everyRenderer(name: String) throws {
        let u = try UmsetzungFixture.make(perThema: 5)
        let dir = TemporaryDirectory()
        let service = ReportService(model: u.model)
        for format in ReportFormat.allCases {
            let options = ReportOptions(kommune: name == "luecken" ? "Minden" : nil)
            let files = try service.write(name, format: format.rawValue, to: dir.path("\(name).\(format.rawValue)").path, options: options)
            #expect(!files.isEmpty, "\(format)")
            for file in files {
                let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
                #expect(size > 200, "\(file)")
            }
        }
        if name == "luecken" {
            let files = try service.write(name, format: "ods", to: dir.path("luecken-alle").path)
            #expect(files.count == u.model.kommunen.count)
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.path("\(name).json")))
        #expect((json as? [String: Any])?["title"] != nil)
    }

    @Test("copies of the councils (a Verband of 60) give the same figures as the originals")
    func manyCouncils() throws {
        // 60 councils over the fixture: the figures of copies equal those of the originals.
        let u = try UmsetzungFixture.make(perThema: 6)
        var model = u.model
        var kommunen: [Kommune] = [], statuses: [KommuneStatus] = []
        for n in 0..<12 {
            for k in u.model.kommunen {
                var copy = k
                copy.name = "\(k.name) \(n)"
                kommunen.append(copy)
            }
        }
        for n in 0..<12 {
            for s in u.model.umsetzung {
                var c = s
                c.kommune = "\(s.kommune) \(n)"
                statuses.append(c)
            }
        }
        model.kommunen = kommunen
        model.umsetzung = StatusList(statuses)
        let big = try UmsetzungsstandReport().generate(model: model, options: ReportOptions()).sheets[0].tables[0]
        let small = try UmsetzungsstandReport().generate(model: u.model, options: ReportOptions()).sheets[0].tables[0]
        #expect(big.rows.count == 61)
        for (j, row) in small.rows.dropLast().enumerated() {
            #expect(Array(big.rows[j].cells.dropFirst()) == Array(row.cells.dropFirst()))
            #expect(Array(big.rows[55 + j].cells.dropFirst()) == Array(row.cells.dropFirst()))
        }
    }
    @Test("an external report program receives the umsetzung entries and counts as the built-in report does", .requires("python3"))
    func externalProgram() throws {
        try ExternalTools.require("python3")
        let u = try UmsetzungFixture.make(perThema: 8)
        let dir = TemporaryDirectory()
        let script = ExternalTools.repositoryRoot.appendingPathComponent("Tests/Scripts/umsetzung_count.py").path
        try PluginTests.script(dir, "umsetzung-zaehlung", "exec python3 '\(script)'")
        let runner = ExternalReportRunner(searchPath: dir.url.path, timeout: 60)
        let doc = try ReportRegistry().document(named: "umsetzung-zaehlung", model: u.model, external: runner)
        let counted = doc.sheets[0].tables[0]
        let builtIn = try UmsetzungsstandReport().generate(model: u.model, options: ReportOptions()).sheets[0].tables[0]
        #expect(counted.rows.count == u.model.kommunen.count)
        for (n, row) in counted.rows.enumerated() {
            let b = builtIn.rows[n]
            #expect(row[0] == b[0])
            // relevant, online, in Umsetzung, in Planung, offen, nur Dashboard, nicht zuständig
            #expect([1, 2, 3, 4, 5, 6, 7].map { Self.number(row[$0]) } == [2, 3, 4, 5, 6, 8, 10].map { Self.number(b[$0]) }, "\(row[0])")
        }
        let received = doc.sheets[0].tables[1]
        let fields = Set((Self.text(received.rows[0][1]) ?? "").components(separatedBy: ", "))
        #expect(fields.isSuperset(of: [
            "kommune", "einzelleistung", "quelle", "stand", "url", "loesung", "loesungsart", "reifegrad", "prioritaet", "fallzahl",
            "geplantBis", "geplantBisDatum", "datenstand", "flaechendeckung", "provenance",
        ]))
        #expect(received.rows[1][1] == .text("dashboard, kommune"))
        #expect(received.rows[2][1] == .text("1.1, 2.0"))
    }

    static func number(_ v: ReportValue) -> Double? { v.numericValue }
}
