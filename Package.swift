// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "OZGKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "OZGKit", targets: ["OZGKit"]),
        .library(name: "OZGBase", targets: ["OZGBase"]),
        .library(name: "OZGSpreadsheet", targets: ["OZGSpreadsheet"]),
        .library(name: "OZGFiles", targets: ["OZGFiles"]),
        .library(name: "OZGReports", targets: ["OZGReports"]),
        .executable(name: "ozg", targets: ["ozg"]),
        .executable(name: "ozg-fuzz", targets: ["ozg-fuzz"]),
        .plugin(name: "OZGReportPlugin", targets: ["OZGReportPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // C system libraries. Their types never leave the format modules.
        .systemLibrary(
            name: "CXLSXWriter", path: "Sources/CXLSXWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(
            name: "CZip", path: "Sources/CZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]),

        // The base every module shares: errors that explain themselves in German or English
        // (OZGError, MessageLanguage) and the one text-encoding layer (JSON strings, CSV fields,
        // the formula-injection guard).
        .target(name: "OZGBase"),
        // Format-neutral spreadsheet model.
        .target(name: "OZGSpreadsheet", dependencies: ["OZGBase"]),
        // Zip archives (libzip) with limits against hostile files.
        .target(name: "OZGArchive", dependencies: ["CZip", "OZGSpreadsheet"]),
        // A byte-level streaming XML scanner for SpreadsheetML and ODF.
        .target(name: "OZGXML", dependencies: ["OZGSpreadsheet"]),
        // One module per format.
        .target(name: "OZGXLSX", dependencies: ["OZGSpreadsheet", "OZGArchive", "OZGXML", "CXLSXWriter"]),
        .target(name: "OZGODS", dependencies: ["OZGSpreadsheet", "OZGArchive", "OZGXML"]),
        .target(name: "OZGCSV", dependencies: ["OZGBase", "OZGSpreadsheet"]),
        // Opening and creating files by extension and content, conversion.
        .target(name: "OZGFiles", dependencies: ["OZGSpreadsheet", "OZGXLSX", "OZGODS", "OZGCSV"]),

        // The OZG domain.
        .target(name: "OZGDomain", dependencies: ["OZGSpreadsheet"]),
        .target(
            name: "OZGWorkspace",
            dependencies: [
                "OZGDomain", .product(name: "GRDB", package: "GRDB.swift"),
                // The C API, for the one row path that binds values itself (status rows).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .target(name: "OZGWorkingSheet", dependencies: ["OZGDomain", "OZGSpreadsheet", "OZGFiles"]),
        .target(name: "OZGReports", dependencies: ["OZGDomain", "OZGSpreadsheet", "OZGFiles"]),
        .target(
            name: "OZGKit",
            dependencies: ["OZGSpreadsheet", "OZGFiles", "OZGDomain", "OZGWorkspace", "OZGWorkingSheet", "OZGReports"]),

        .executableTarget(
            name: "ozg",
            dependencies: ["OZGKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Reading benchmark (Benchmarks/read/bench_read.sh): reads every cell through XLSXReader.
        // libFuzzer targets (scripts/fuzz.sh builds them with -sanitize=fuzzer,address); an
        // ordinary build replays inputs, which the regression tests use.
        .executableTarget(
            name: "ozg-fuzz", dependencies: ["OZGFiles", "OZGArchive", "OZGDomain", "OZGWorkingSheet", "OZGSpreadsheet"]),

        .executableTarget(
            name: "ozg-bench-read", dependencies: ["OZGXLSX", "OZGSpreadsheet", "OZGArchive", "OZGXML"],
            path: "Benchmarks/read/Sources/ozg-bench-read"),

        // Write benchmark (Benchmarks/write/bench_write.sh): XLSXWriter against bare libxlsxwriter.
        .executableTarget(
            name: "ozg-bench-write", dependencies: ["OZGXLSX", "OZGSpreadsheet"], path: "Benchmarks/write/swift"),

        .plugin(
            name: "OZGReportPlugin",
            capability: .command(
                intent: .custom(verb: "ozg-report", description: "Runs an OZGKit report on the package's data"),
                permissions: [.writeToPackageDirectory(reason: "Writes the report files")]),
            dependencies: ["ozg"]),

        // The timed part of Benchmarks/ods/bench_ods.sh (release build).
        .executableTarget(
            name: "ozg-bench-ods", dependencies: ["OZGODS", "OZGXLSX", "OZGSpreadsheet"], path: "Benchmarks/ods/ozg-bench-ods"),

        // Helpers shared by the test targets: external tools (LibreOffice, Python), temp folders.
        .target(name: "OZGTestSupport", path: "Tests/Support"),

        .testTarget(name: "OZGBaseTests", dependencies: ["OZGBase"]),
        .testTarget(name: "OZGSpreadsheetTests", dependencies: ["OZGTestSupport", "OZGSpreadsheet"]),
        .testTarget(name: "OZGXMLTests", dependencies: ["OZGTestSupport", "OZGXML"]),
        .testTarget(
            name: "OZGFormatTests",
            dependencies: ["OZGTestSupport", "OZGSpreadsheet", "OZGArchive", "OZGXLSX", "OZGODS", "OZGCSV", "OZGFiles"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "OZGDomainTests",
            dependencies: ["OZGTestSupport",
                "OZGDomain", "OZGWorkspace", "OZGWorkingSheet", "OZGFiles",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures"]),
        .testTarget(name: "OZGReportsTests", dependencies: ["OZGTestSupport", "OZGReports", "OZGKit"]),
        .testTarget(name: "OZGCLITests", dependencies: ["OZGTestSupport", "OZGKit", "ozg"]),
    ],
    swiftLanguageModes: [.v5]
)
