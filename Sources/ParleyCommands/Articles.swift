import ArgumentParser
import ParleyFormats
import ParleyStore

extension Parley {
    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "articles", abstract: "List stored articles, newest first.")

        @ParentCommand var parley: Parley
        @OptionGroup var list: ListOptions

        func run() throws {
            let store = try parley.global.openStore()
            var listing = Listing(
                columns: ["id", "published", "meetings", "statements", "title / origin"],
                maxWidths: [6, 10, 8, 10])
            let articles = try store.articles(limit: list.limit)
            listing.rows = articles.map { article in
                [
                    String(article.id), article.published?.description ?? "", String(article.meetingCount),
                    String(article.statementCount), article.title ?? article.origin,
                ]
            }
            listing.objects = articles.map(RecordJSON.article)
            print(listing.render(list.format), terminator: "")
        }
    }
}
