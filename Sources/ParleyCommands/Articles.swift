import ArgumentParser
import ParleyStore

extension Parley {
    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stored articles, newest first.")

        @ParentCommand var parley: Parley
        @Option(help: "At most this many articles.") var limit: Int?
        @Option(help: "table, json or csv.") var format: OutputFormat = .table

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let store = try parley.global.openStore()
            var listing = Listing(
                columns: ["id", "published", "meetings", "statements", "title / origin"],
                maxWidths: [6, 10, 8, 10])
            listing.rows = try store.articles(limit: limit).map { article in
                [
                    String(article.id), article.published?.description ?? "", String(article.meetingCount),
                    String(article.statementCount), article.title ?? article.origin,
                ]
            }
            print(listing.render(format), terminator: "")
        }
    }
}
