import ParleyModel
import ParleyStore

/// The JSON object of each record: one shape for the API and for the list commands' `--format json`.
///
/// Ids and counts are numbers, actors are objects (id, name, kind, country), dates are `YYYY-MM-DD`
/// with their precision beside them, and what is unknown is null rather than left out.
public enum RecordJSON {
    public static func actor(_ actor: ActorSummary) -> JSONValue {
        .object([
            ("id", .int(Int(actor.id))), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
            ("country", .optional(actor.country)),
        ])
    }

    public static func meeting(_ meeting: MeetingRecord) -> JSONValue {
        .object(meetingFields(meeting))
    }

    public static func statement(_ statement: StatementRecord) -> JSONValue {
        .object(statementFields(statement))
    }

    /// A meeting or a statement on a time line: the record's own object, with `type` first.
    public static func event(_ event: EventRecord) -> JSONValue {
        switch event {
        case let .meeting(meeting): .object([("type", .string("meeting"))] + meetingFields(meeting))
        case let .statement(statement): .object([("type", .string("statement"))] + statementFields(statement))
        }
    }

    public static func article(_ article: ArticleRecord) -> JSONValue {
        .object(articleFields(article))
    }

    /// A full-text search hit: the article and the words around the match (matches in `[` `]`).
    public static func searchHit(_ article: ArticleRecord, snippet: String) -> JSONValue {
        .object(articleFields(article) + [("snippet", .string(snippet))])
    }

    public static func actorDetail(_ detail: ActorDetail) -> JSONValue {
        guard case let .object(fields) = actor(detail.actor) else { return actor(detail.actor) }
        return .object(
            fields + [
                ("aliases", .array(detail.aliases.map(JSONValue.string))),
                (
                    "roles",
                    .array(
                        detail.roles.map { role in
                            .object([
                                ("title", .string(role.title)), ("country", .optional(role.country)),
                                ("first_seen", .optional(role.firstSeen?.description)),
                                ("last_seen", .optional(role.lastSeen?.description)),
                            ])
                        })
                ),
                (
                    "counterparts",
                    .array(
                        detail.counterparts.map { counterpart in
                            .object([("actor", actor(counterpart.actor)), ("meetings", .int(counterpart.meetings))])
                        })
                ),
                ("meetings", .int(detail.meetingCount)), ("statements", .int(detail.statementCount)),
                ("articles", .int(detail.articleCount)),
                (
                    "merged",
                    .array(
                        detail.merged.map { merged in
                            .object([
                                ("name", .string(merged.name)), ("country", .optional(merged.country)),
                                ("reason", .string(merged.reason)),
                            ])
                        })
                ),
            ])
    }

    public static func statistics(_ statistics: StoreStatistics) -> JSONValue {
        .object([
            ("articles", .int(statistics.articles)), ("actors", .int(statistics.actors)),
            ("meetings", .int(statistics.meetings)), ("statements", .int(statistics.statements)),
            ("mentions", .int(statistics.mentions)), ("earliest", .optional(statistics.earliest?.description)),
            ("latest", .optional(statistics.latest?.description)), ("schema_version", .int(statistics.schemaVersion)),
        ])
    }

    /// Who met whom: nodes are actors with their meeting counts, edges pairs with theirs.
    public static func graph(_ graph: MeetingGraph) -> JSONValue {
        .object([
            (
                "nodes",
                .array(
                    graph.nodes.map { node in
                        .object([("actor", actor(node.actor)), ("meetings", .int(node.meetings))])
                    })
            ),
            (
                "edges",
                .array(
                    graph.edges.map { edge in
                        .object([
                            ("source", .int(Int(edge.source))), ("target", .int(Int(edge.target))),
                            ("meetings", .int(edge.meetings)), ("first", .optional(edge.first?.description)),
                            ("last", .optional(edge.last?.description)),
                        ])
                    })
            ),
        ])
    }

    // MARK: Fields

    private static func meetingFields(_ meeting: MeetingRecord) -> [(String, JSONValue)] {
        [
            ("id", .int(Int(meeting.id))), ("kind", .string(meeting.kind.rawValue)),
            ("status", .string(meeting.status.rawValue)), ("date", .optional(meeting.date?.date.description)),
            ("date_precision", .optional(meeting.date?.precision.rawValue)), ("location", .optional(meeting.location)),
            ("participants", .array(meeting.participants.map(actor))), ("reports", reports(meeting.mentions)),
        ]
    }

    private static func statementFields(_ statement: StatementRecord) -> [(String, JSONValue)] {
        [
            ("id", .int(Int(statement.id))), ("act", .string(statement.act.rawValue)),
            ("date", .optional(statement.date?.date.description)),
            ("date_precision", .optional(statement.date?.precision.rawValue)),
            ("speaker", actor(statement.speaker)), ("target", statement.target.map(actor) ?? .null),
            ("quote", .optional(statement.quote)), ("reports", reports(statement.mentions)),
        ]
    }

    private static func articleFields(_ article: ArticleRecord) -> [(String, JSONValue)] {
        [
            ("id", .int(Int(article.id))), ("title", .optional(article.title)), ("origin", .string(article.origin)),
            ("published", .optional(article.published?.description)), ("meetings", .int(article.meetingCount)),
            ("statements", .int(article.statementCount)),
        ]
    }

    /// The sentences a fact was read from, each with its article and UTF-8 byte offsets in the article's text.
    private static func reports(_ mentions: [MentionRecord]) -> JSONValue {
        .array(
            mentions.map { mention in
                .object([
                    ("article", .int(Int(mention.articleID))), ("origin", .string(mention.origin)),
                    ("sentence", .string(mention.sentence)), ("start", .int(mention.start)),
                    ("end", .int(mention.end)),
                ])
            })
    }
}
