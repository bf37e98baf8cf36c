import Foundation

/// The report generators known by name.
///
/// ``shared`` starts with the built-ins (``builtInGenerators``); another package adds its own
/// with ``register(_:)``, or builds a registry of its own with ``init(generators:)``. A later
/// registration with the same name replaces the earlier one.
public final class ReportRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var generators: [any ReportGenerator]

    /// The process-wide registry, holding the built-ins.
    public static let shared = ReportRegistry()

    /// The built-in generators, in the order `ozg report list` shows them. Adding a built-in is
    /// adding its file and one line here.
    public static var builtInGenerators: [any ReportGenerator] {
        [
            AbdeckungReport(), KommunaltypMatrixReport(), KommunenMatrixReport(), RoadmapReport(), AenderungenReport(),
            UmsetzungsstandReport(), LueckenReport(), LoesungenReport(),
        ]
    }

    public init(generators: [any ReportGenerator] = ReportRegistry.builtInGenerators) {
        self.generators = generators
    }

    /// Adds a generator, replacing one with the same name.
    public func register(_ generator: any ReportGenerator) {
        lock.lock()
        defer { lock.unlock() }
        generators.removeAll { $0.name == generator.name }
        generators.append(generator)
    }

    /// Every registered generator in registration order.
    public var all: [any ReportGenerator] {
        lock.lock()
        defer { lock.unlock() }
        return generators
    }

    public var names: [String] { all.map(\.name) }

    /// The generator called `name`, if one is registered.
    public func generator(named name: String) -> (any ReportGenerator)? {
        all.first { $0.name == name }
    }

    /// The generator called `name`, or ``ReportError/unknownReport(_:available:)``.
    public func require(_ name: String) throws -> any ReportGenerator {
        guard let g = generator(named: name) else { throw ReportError.unknownReport(name, available: names) }
        return g
    }
}
