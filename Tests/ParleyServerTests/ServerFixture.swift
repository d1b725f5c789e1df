import Foundation
import ParleyExtraction
import ParleyModel
import ParleyStore
import Testing

@testable import ParleyServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A server on an ephemeral loopback port over a store filled through the real extractor.
///
/// The articles are invented; one title carries markup, to show that pages escape what they print.
final class ServerFixture: Sendable {
    let base: String
    private let task: Task<Void, any Error>

    static let articles = [
        Article(
            origin: "wire/one.txt", title: "Carter and Li meet in Beijing <script>alert(1)</script>",
            published: CalendarDate(iso: "2023-05-10"),
            text: """
                U.S. Secretary of State John Carter met Chinese Foreign Minister Li Wen in Beijing on Monday.

                Li Wen said the talks were "candid and useful".

                Carter accused China of unfair trade practices.
                """),
        Article(
            origin: "wire/two.txt", title: "Talks in Ankara", published: CalendarDate(iso: "2023-05-12"),
            text: """
                Turkish Foreign Minister Emre Yildiz held talks with German Foreign Minister Anna Becker in Ankara \
                on Thursday.

                Becker praised Turkey for its help with refugees.
                """),
        Article(
            origin: "wire/three.txt", title: "Carter in Ankara", published: CalendarDate(iso: "2023-05-20"),
            text: "John Carter met Emre Yildiz in Ankara on Friday.\n\nCarter met Li Wen again in Tokyo on Saturday."),
    ]

    init() async throws {
        let store = try ParleyStore(.memory)
        let extractor = Extractor()
        for article in Self.articles { _ = try store.save(article, extractor.extract(article)) }
        let server = try ParleyServer(store: store, port: 0)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task { try await server.run { _, port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        base = "http://127.0.0.1:\(port)"
    }

    deinit {
        task.cancel()
    }

    struct Answer {
        let status: Int
        let headers: [String: String]
        let body: String

        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) }
        var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
    }

    /// GETs a path with its query string, exactly as given.
    func get(_ path: String) async throws -> Answer {
        let url = try #require(URL(string: base + path), "not a URL: \(path)")
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return Answer(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }
}
