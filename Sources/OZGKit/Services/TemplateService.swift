import Foundation

/// Writes the working sheets the Paten fill in: what `ozg template` does.
///
/// A template holds every Einzelleistung of one Themenfeld with a verdict column per Kommunaltyp,
/// prefilled with what the workspace already knows, and the Pate's name.
///
/// ```swift
/// let templates = TemplateService(model: try workspace.snapshot())
/// try templates.write(themenfeld: "Bauen & Wohnen", to: "bauen.xlsx")
/// let files = try templates.writeAll(into: "boegen", format: "ods")   // one per Themenfeld
/// ```
public struct TemplateService {
    public var model: DomainModel
    /// Files no output may replace (the workspace's store files).
    public var protectedFiles: [String]
    /// Prefill verdicts, exceptions and Vorhaben the workspace holds (on by default).
    public var prefill = true

    public init(model: DomainModel, protectedFiles: [String] = []) {
        self.model = model
        self.protectedFiles = protectedFiles
    }

    /// The Themenfeld of the catalogue with this name (case-insensitive).
    public func themenfeld(named name: String) throws -> String {
        guard let tf = model.catalog.themenfelder.first(where: { $0.lowercased() == name.lowercased() }) else {
            throw ReportError.unknownThemenfeld(name, available: model.catalog.themenfelder)
        }
        return tf
    }

    /// The template workbook of one Themenfeld.
    public func workbook(themenfeld: String, pate: String? = nil) -> Workbook {
        var content = WorkingSheetTemplate.Content()
        content.pate = pate ?? model.pate(for: themenfeld)?.name
        if prefill {
            content.knownVerdicts = model.verdicts
            content.vorhaben = model.vorhaben
            content.exceptions = model.exceptions
        }
        content.stand = model.stand
        content.isSampleData = model.isSampleData
        return WorkingSheetTemplate.make(
            catalog: model.catalog, themenfeld: themenfeld, kommunaltypen: model.kommunaltypen, content: content)
    }

    /// Writes the template of one Themenfeld (format by the extension of `path`).
    public func write(themenfeld name: String, pate: String? = nil, to path: String) throws {
        let tf = try themenfeld(named: name)
        try SpreadsheetFile.write(workbook(themenfeld: tf, pate: pate), to: path, inputs: protectedFiles)
    }

    /// Writes one template per Themenfeld into `folder` as `xlsx` or `ods` (file names end in
    /// `suffix`, e.g. `-pruefen` for the review sheets after a catalogue update); returns the paths.
    @discardableResult
    public func writeAll(into folder: String, format: String = "xlsx", suffix: String = "") throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try model.catalog.themenfelder.map { tf in
            let path = (folder as NSString).appendingPathComponent(FileNames.safeStem(tf, fallback: "themenfeld") + suffix + "." + format)
            try SpreadsheetFile.write(workbook(themenfeld: tf), to: path, inputs: protectedFiles)
            return path
        }
    }
}
