import Foundation

/// The `parley` executable that `swift build` put beside the test bundle.
///
/// `PARLEY_BINARY` overrides the search (to test an installed or release binary).
enum ParleyBinary {
    static let url: URL? = locate()

    private static func locate() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["PARLEY_BINARY"], !override.isEmpty { return URL(fileURLWithPath: override) }

        // The products folder holds both the test bundle and the executable; on Linux the bundle is the
        // running executable, on macOS it is a folder a few levels above it.
        var starts: [URL] = []
        if let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: running))
        }
        if let running = Bundle.main.executableURL { starts.append(running) }
        starts += Bundle.allBundles.map(\.bundleURL)
        for start in starts {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = folder.appendingPathComponent("parley")
                if isExecutableFile(candidate) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }

        // Last resort: the default build folder of this checkout.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return [".build/debug/parley", ".build/release/parley"].map { root.appendingPathComponent($0) }
            .first(where: isExecutableFile)
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}
