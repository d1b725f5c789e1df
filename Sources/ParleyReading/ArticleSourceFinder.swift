import Foundation

/// Expands the paths given to `ingest` into article files: folders are walked recursively.
public enum ArticleSourceFinder {
    public enum Source: Sendable, Hashable {
        case file(String)
        case standardInput
    }

    /// The files to read, in a stable order, and one error per path that gave none.
    public static func sources(for paths: [String]) -> (sources: [Source], errors: [ReadError]) {
        var sources: [Source] = []
        var errors: [ReadError] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                sources.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.unreadable(path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                sources.append(.file(path))
                continue
            }
            var found: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let ext = (relative as NSString).pathExtension.lowercased()
                    guard ArticleFileReader.articleExtensions.contains(ext) else { continue }
                    let full = (path as NSString).appendingPathComponent(relative)
                    var isFolder: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                        found.append(full)
                    }
                }
            }
            if found.isEmpty { errors.append(.noArticles(folder: path)) }
            sources += found.sorted().map(Source.file)
        }
        return (sources, errors)
    }
}
