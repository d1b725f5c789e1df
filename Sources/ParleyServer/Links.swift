import Foundation

/// Addresses of the pages, with query values percent-encoded.
enum Links {
    static func actor(_ id: Int64) -> String { "/actors/\(id)" }
    static func meeting(_ id: Int64) -> String { "/meetings/\(id)" }
    static func statement(_ id: Int64) -> String { "/statements/\(id)" }
    static func article(_ id: Int64) -> String { "/articles/\(id)" }

    /// The place in an article's page where the sentence starting at this byte offset is marked.
    static func article(_ id: Int64, at start: Int) -> String { "/articles/\(id)#at-\(start)" }

    /// `path?name=value&...`, only the non-empty values.
    static func to(_ path: String, _ parameters: [(String, String)]) -> String {
        let query = parameters.filter { !$0.1.isEmpty }.map { encode($0.0) + "=" + encode($0.1) }
        return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }

    /// The same list with one parameter changed (a page number, a filter).
    static func to(_ path: String, _ parameters: [(String, String)], replacing name: String, with value: String)
        -> String
    {
        to(path, parameters.filter { $0.0 != name } + [(name, value)])
    }

    private static let unreserved = CharacterSet(charactersIn: "-._~").union(
        CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
