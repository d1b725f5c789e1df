import ArgumentParser
import ParleyStore

extension Parley {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "One meeting, statement, article or actor, with the sentences it came from.",
            discussion: "Examples: parley show meeting 12; parley show article 3 --text")

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case meeting, statement, article, actor
        }

        @ParentCommand var parley: Parley
        @Argument(help: "What to show.") var kind: Kind
        @Argument(help: "The id (as listed; a letter prefix such as m12 or p7 is accepted).") var id: String
        @Flag(help: "For an article: print the stored main text.") var text = false

        func run() throws {
            let store = try parley.global.openStore()
            guard let number = Int64(id.drop(while: \.isLetter)) else {
                throw CommandFailure("'\(id)' is not an id; ids are numbers such as 12 (or m12)")
            }
            do {
                switch kind {
                case .meeting: printMeeting(try store.meeting(number))
                case .statement: printStatement(try store.statement(number))
                case .article: try printArticle(store, number)
                case .actor: ActorCommand.show(try store.actorDetail(number), format: .table)
                }
            } catch let error as StoreError {
                throw CommandFailure(error.description)
            }
        }

        private func printMeeting(_ meeting: MeetingRecord) {
            print("meeting m\(meeting.id): \(meeting.kind.rawValue), \(meeting.status.rawValue)")
            print("date:         \(Formatting.date(meeting.date).isEmpty ? "unknown" : Formatting.date(meeting.date))")
            print("location:     \(meeting.location ?? "unknown")")
            print("participants: \(Formatting.participants(meeting))")
            printMentions(meeting.mentions)
        }

        private func printStatement(_ statement: StatementRecord) {
            print("statement s\(statement.id): \(statement.act.rawValue)")
            print("speaker: \(statement.speaker.name)")
            if let target = statement.target { print("target:  \(target.name)") }
            if let quote = statement.quote { print("quote:   “\(quote)”") }
            print("date:    \(Formatting.date(statement.date).isEmpty ? "unknown" : Formatting.date(statement.date))")
            printMentions(statement.mentions)
        }

        private func printArticle(_ store: ParleyStore, _ id: Int64) throws {
            let article = try store.article(id)
            if text {
                print(try store.articleText(id))
                return
            }
            print("article \(article.id): \(article.title ?? "(no title)")")
            print("origin:     \(article.origin)")
            print("published:  \(article.published?.description ?? "unknown")")
            print(
                "meetings:   \(article.meetingCount)   statements: \(article.statementCount)   actors: \(article.actorIDs.count)"
            )
            print("metadata:   \(article.metadata)")
        }

        private func printMentions(_ mentions: [MentionRecord]) {
            for mention in mentions {
                print("evidence (\(mention.origin), bytes \(mention.start)-\(mention.end)):")
                print("  \(mention.sentence)")
            }
        }
    }
}
