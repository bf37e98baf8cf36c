import Foundation

/// The Kommunaltypen and member councils of a workspace, as one configuration value.
///
/// JSON: `{"kommunaltypen":{"types":[…]},"kommunen":[{"name":…,"kreis":…,"kommunaltyp":…,"status":…}]}`.
public struct KommunalConfiguration: Hashable, Codable, Sendable {
    public var kommunaltypen: KommunaltypSet
    public var kommunen: [Kommune]

    public init(kommunaltypen: KommunaltypSet, kommunen: [Kommune]) {
        self.kommunaltypen = kommunaltypen
        self.kommunen = kommunen
    }

    /// Reads the JSON form.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(KommunalConfiguration.self, from: json)
    }

    /// The krz Verband: its four Kommunaltypen and 39 councils (3 Kreise, 36 Städte und Gemeinden),
    /// as in `krz-verband-kommunen.csv`.
    public static let krzVerband = KommunalConfiguration(kommunaltypen: .krzVerband, kommunen: krzVerbandKommunen)

    /// The 39 member councils of the krz Verband (Minden-Ravensberg/Lippe).
    public static let krzVerbandKommunen: [Kommune] = [
        Kommune(name: "Kreis Herford", kreis: nil, kommunaltyp: "Kreis", status: "bestätigt"),
        Kommune(name: "Kreis Minden-Lübbecke", kreis: nil, kommunaltyp: "Kreis", status: "bestätigt"),
        Kommune(name: "Kreis Lippe", kreis: nil, kommunaltyp: "Kreis", status: "bestätigt"),
        Kommune(name: "Bünde", kreis: "Kreis Herford", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "bestätigt (VO zu § 4 GO NRW, § 2)"),
        Kommune(name: "Enger", kreis: "Kreis Herford", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Herford", kreis: "Kreis Herford", kommunaltyp: "Große kreisangehörige Stadt", status: "bestätigt (VO zu § 4 GO NRW, § 1)"),
        Kommune(name: "Hiddenhausen", kreis: "Kreis Herford", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Kirchlengern", kreis: "Kreis Herford", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Löhne", kreis: "Kreis Herford", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "ungeprüft"),
        Kommune(name: "Rödinghausen", kreis: "Kreis Herford", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Spenge", kreis: "Kreis Herford", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Vlotho", kreis: "Kreis Herford", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Bad Oeynhausen", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "bestätigt (VO zu § 4 GO NRW, § 2)"),
        Kommune(name: "Espelkamp", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "bestätigt (VO zu § 4 GO NRW, § 2)"),
        Kommune(name: "Hille", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Hüllhorst", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Lübbecke", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "ungeprüft"),
        Kommune(name: "Minden", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Große kreisangehörige Stadt", status: "bestätigt (VO zu § 4 GO NRW, § 1)"),
        Kommune(name: "Petershagen", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "ungeprüft"),
        Kommune(name: "Porta Westfalica", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "ungeprüft"),
        Kommune(name: "Preußisch Oldendorf", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Rahden", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Stemwede", kreis: "Kreis Minden-Lübbecke", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Augustdorf", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Bad Salzuflen", kreis: "Kreis Lippe", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "bestätigt (VO zu § 4 GO NRW, § 2)"),
        Kommune(name: "Barntrup", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Blomberg", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Detmold", kreis: "Kreis Lippe", kommunaltyp: "Große kreisangehörige Stadt", status: "bestätigt (VO zu § 4 GO NRW, § 1)"),
        Kommune(name: "Dörentrup", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Extertal", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Horn-Bad Meinberg", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Kalletal", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Lage", kreis: "Kreis Lippe", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "ungeprüft"),
        Kommune(name: "Lemgo", kreis: "Kreis Lippe", kommunaltyp: "Mittlere kreisangehörige Stadt", status: "ungeprüft"),
        Kommune(name: "Leopoldshöhe", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Lügde", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Oerlinghausen", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Schieder-Schwalenberg", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
        Kommune(name: "Schlangen", kreis: "Kreis Lippe", kommunaltyp: "Kreisangehörige Stadt/Gemeinde", status: "ungeprüft"),
    ]
}
