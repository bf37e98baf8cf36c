import Foundation

// ozg-fuzz: libFuzzer targets for the XLSX, ODS and CSV readers and the working-sheet mapping.
//
//   ozg-fuzz TARGET [libFuzzer flags] [CORPUS_DIR...]   built with -sanitize=fuzzer,address
//                                                       and -DOZG_LIBFUZZER (scripts/fuzz.sh)
//   ozg-fuzz TARGET FILE_OR_DIR...                      ordinary build: replays the inputs once
//                                                       (the regression tests run it this way)
//   ozg-fuzz --list                                     the target names
//
// The target can also come from the environment (OZG_FUZZ_TARGET), which libFuzzer's child
// processes inherit.

let usage = "usage: ozg-fuzz TARGET [options] [CORPUS...]; targets: "
    + FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")

var arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "--list" {
    print(FuzzTarget.allCases.map(\.rawValue).joined(separator: "\n"))
    exit(0)
}
let activeTarget: FuzzTarget
if arguments.count > 1, let t = FuzzTarget(rawValue: arguments[1]) {
    activeTarget = t
    arguments.remove(at: 1)
    setenv("OZG_FUZZ_TARGET", t.rawValue, 1)
} else if let name = ProcessInfo.processInfo.environment["OZG_FUZZ_TARGET"], let t = FuzzTarget(rawValue: name) {
    activeTarget = t
} else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(64)
}
let scratch = Scratch()
if activeTarget == .mapping { _ = FuzzCatalog.mapper }

func runInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    activeTarget.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), scratch: scratch)
    return 0
}

#if OZG_LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's runtime (linked whole) refers to this symbol; the driver below passes the same function.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { runInput(data, size) }

var argc = CInt(arguments.count)
var cStrings = arguments.map { strdup($0) } + [nil]
let status = cStrings.withUnsafeMutableBufferPointer { buffer -> CInt in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv, { data, size in runInput(data, size) })
}
exit(status)
#else
var files: [String] = []
for path in arguments.dropFirst() {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        FileHandle.standardError.write(Data("ozg-fuzz: \(path): no such file or folder\n".utf8))
        exit(66)
    }
    if isDirectory.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        files += names.sorted().filter { !$0.hasPrefix(".") }.map { (path as NSString).appendingPathComponent($0) }
    } else {
        files.append(path)
    }
}
var slowest: (seconds: Double, file: String) = (0, "")
for file in files {
    guard let data = FileManager.default.contents(atPath: file) else { continue }
    let start = Date()
    data.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        _ = runInput(bytes.baseAddress, bytes.count)
    }
    let seconds = Date().timeIntervalSince(start)
    if seconds > slowest.seconds { slowest = (seconds, file) }
}
print("\(activeTarget.rawValue): \(files.count) inputs replayed, slowest \(String(format: "%.3f", slowest.seconds)) s"
    + (slowest.file.isEmpty ? "" : " (\((slowest.file as NSString).lastPathComponent))"))
#endif
