// swift-tools-version:6.0
import PackageDescription

// A report plug-in written in Swift, outside OZGKit: it depends on OZGKit like any package
// would (here by path; elsewhere by URL) and adds a generator by conforming to
// `ReportGenerator`. Build and test with `swift build` and `swift test` in this folder.
let package = Package(
    name: "OZGReportLebenslagen",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LebenslagenReport", targets: ["LebenslagenReport"]),
        .executable(name: "ozg-report-lebenslagen", targets: ["ozg-report-lebenslagen"]),
    ],
    dependencies: [
        .package(name: "OZGKit", path: "../../.."),
    ],
    targets: [
        .target(name: "LebenslagenReport", dependencies: [.product(name: "OZGReports", package: "OZGKit")]),
        .executableTarget(
            name: "ozg-report-lebenslagen",
            dependencies: ["LebenslagenReport", .product(name: "OZGReports", package: "OZGKit")]),
        .testTarget(
            name: "LebenslagenReportTests",
            dependencies: ["LebenslagenReport", .product(name: "OZGReports", package: "OZGKit")]),
    ],
    swiftLanguageModes: [.v5]
)
