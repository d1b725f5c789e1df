import ArgumentParser
import ParleyFormats
import ParleyStore

extension Parley {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Full-text search over the stored articles.",
            discussion: "Example: parley search \"arms embargo\"")

        @ParentCommand var parley: Parley
        @Argument(help: "Words that must all appear.") var words: [String]
        @Option(help: "At most this many articles.") var limit: Int = 20
        @Option(help: "Output format.") var format: OutputFormat = .table

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let store = try parley.global.openStore()
            var listing = Listing(columns: ["id", "published", "title", "snippet"], maxWidths: [6, 10, 24])
            let hits = try store.search(words.joined(separator: " "), limit: limit)
            listing.rows = hits.map { hit in
                [
                    String(hit.article.id), hit.article.published?.description ?? "",
                    hit.article.title ?? hit.article.origin,
                    hit.snippet.split(whereSeparator: \.isNewline).joined(separator: " "),
                ]
            }
            listing.objects = hits.map { RecordJSON.searchHit($0.article, snippet: $0.snippet) }
            print(listing.render(format), terminator: "")
        }
    }
}
