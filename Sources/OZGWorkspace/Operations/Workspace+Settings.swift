import GRDB
import OZGDomain

extension Workspace {
    /// The meta key a setting is stored under (`config.kontakt`).
    static func metaKey(_ key: WorkspaceSettings.Key) -> String { "config." + key.rawValue }

    /// The group's settings (contact, reply-by date, cover text, publisher, milestones).
    public var settings: WorkspaceSettings {
        get throws { try read { db in try Workspace.fetchSettings(db) } }
    }

    /// Sets one setting from text as a person types it; `nil` or blank text removes it.
    ///
    /// - Throws: ``SettingsError`` when the text cannot be read (nothing is stored).
    @discardableResult
    public func setSetting(_ key: WorkspaceSettings.Key, text: String?) throws -> WorkspaceSettings {
        // Read the text first: a mistake is the person's, not the database's.
        var probe = WorkspaceSettings()
        try probe.set(key, text: text)
        return try write { db in
            var s = try Workspace.fetchSettings(db)
            try s.set(key, text: text)
            if let stored = s.text(of: key) {
                try Workspace.setMeta(Workspace.metaKey(key), stored, db)
            } else {
                try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [Workspace.metaKey(key)])
            }
            return s
        }
    }

    /// Stores every setting of `settings` (unset ones are removed).
    public func setSettings(_ settings: WorkspaceSettings) throws {
        try write { db in
            for key in WorkspaceSettings.Key.allCases {
                if let stored = settings.text(of: key) {
                    try Workspace.setMeta(Workspace.metaKey(key), stored, db)
                } else {
                    try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [Workspace.metaKey(key)])
                }
            }
        }
    }

    /// Reads the settings from the meta table; a stored value that no longer reads is left out.
    static func fetchSettings(_ db: Database) throws -> WorkspaceSettings {
        var s = WorkspaceSettings()
        for key in WorkspaceSettings.Key.allCases {
            guard let text = try Workspace.meta(Workspace.metaKey(key), db) else { continue }
            try? s.set(key, text: text)
        }
        return s
    }
}
