import Foundation
import OZGDomain
import OZGSpreadsheet
import OZGTestSupport
import OZGWorkspace
import Testing

/// The group's settings: read as people type them, kept in the workspace, carried by the model.
@Suite("Workspace settings (contact, reply-by date, milestones)")
struct WorkspaceSettingsTests {
    @Test("text as people type it; mistakes are SettingsError and change nothing")
    func parsing() throws {
        var s = WorkspaceSettings()
        try s.set(.rueckmeldungBis, text: "31.03.2026")
        #expect(s.rueckmeldungBis == CalendarDate(year: 2026, month: 3, day: 31))
        try s.set(.meilensteine, text: "2026-06-30 Top-Leistungen online;\n31.12.2022  OZG-Frist 2022 (historisch)")
        #expect(s.meilensteine.map(\.titel) == ["OZG-Frist 2022 (historisch)", "Top-Leistungen online"])
        #expect(s.text(of: .meilensteine) == "2022-12-31 OZG-Frist 2022 (historisch)\n2026-06-30 Top-Leistungen online")
        #expect(throws: SettingsError.badDate(key: "rueckmeldung-bis", value: "31.02.2026")) { try s.set(.rueckmeldungBis, text: "31.02.2026") }
        #expect(throws: SettingsError.badMilestone("Sommer 2026")) { try s.set(.meilensteine, text: "2026-06-30 A; Sommer 2026") }
        #expect(s.meilensteine.count == 2 && s.rueckmeldungBis?.month == 3)
        try s.set(.kontakt, text: "  ")
        #expect(s.kontakt == nil)
        #expect(SettingsError.badMilestone("x").message(.german).contains("JJJJ-MM-TT Titel"))
    }

    @Test("stored as meta, in the snapshot, and in the model's JSON (optional for older documents)")
    func storage() throws {
        let dir = TemporaryDirectory("ws-settings")
        let ws = try Workspace.open(at: dir.path("ws").path, createIfMissing: true)
        try ws.setSetting(.kontakt, text: "Geschäftsstelle, ozg@example.org")
        try ws.setSetting(.meilensteine, text: "2026-06-30 Top-Leistungen online")
        #expect(throws: SettingsError.self) { try ws.setSetting(.rueckmeldungBis, text: "bald") }
        let model = try ws.snapshot()
        #expect(model.settings.kontakt == "Geschäftsstelle, ozg@example.org")
        #expect(model.settings.meilensteine == [Meilenstein(datum: CalendarDate(year: 2026, month: 6, day: 30), titel: "Top-Leistungen online")])
        let back = try JSONDecoder().decode(DomainModel.self, from: try JSONEncoder().encode(model))
        #expect(back.settings == model.settings)
        try ws.setSetting(.kontakt, text: nil)
        #expect(try ws.settings.kontakt == nil)
        // A model document without settings still decodes.
        var plain = model
        plain.settings = WorkspaceSettings()
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("\"settings\""))
        #expect(try JSONDecoder().decode(DomainModel.self, from: Data(json.utf8)).settings == WorkspaceSettings())
    }
}
