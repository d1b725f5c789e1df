import ParleyFormats
import ParleyModel
import ParleyStore

/// Writes the store as the export contract describes (`type` article, actor, meeting, statement).
struct ExportWriter {
    let store: ParleyStore

    func writeJSONLines(to output: inout BufferedOutput) throws {
        // Participants and speakers carry the names the reporting article used ("EU" there, though the actor
        // is "European Union" elsewhere), so that each fact reads as its sentence does.
        var namesCache: [Int64: [Int64: String]] = [:]
        func writtenNames(_ mentions: [MentionRecord]) throws -> [Int64: String] {
            guard let article = mentions.first?.articleID else { return [:] }
            if let cached = namesCache[article] { return cached }
            let names = try store.writtenNames(inArticle: article)
            namesCache[article] = names
            return names
        }
        var actorCache: [Int64: ActorSummary] = [:]
        func actor(_ id: Int64) throws -> ActorSummary? {
            if let cached = actorCache[id] { return cached }
            let summary = try store.actorSummary(id)
            actorCache[id] = summary
            return summary
        }
        try store.forEachID(of: .article) { id in
            let article = try store.article(id)
            var actorIDs: [JSONValue] = []
            for actorID in article.actorIDs {
                if let summary = try actor(actorID) { actorIDs.append(.string(Formatting.actorID(summary))) }
            }
            output.write(articleLine(article, actorIDs: actorIDs).rendered)
        }
        try store.forEachID(of: .actor) { id in
            output.write(actorLine(try store.actorDetail(id)).rendered)
        }
        try store.forEachID(of: .meeting) { id in
            let meeting = try store.meeting(id)
            output.write(meetingLine(meeting, try writtenNames(meeting.mentions)).rendered)
        }
        try store.forEachID(of: .statement) { id in
            let statement = try store.statement(id)
            output.write(statementLine(statement, try writtenNames(statement.mentions)).rendered)
        }
    }

    private func articleLine(_ article: ArticleRecord, actorIDs: [JSONValue]) -> JSONValue {
        JSONValue.object([
            ("type", .string("article")), ("id", .string("a\(article.id)")),
            ("origin", .string(article.origin)),
            ("title", .optional(article.title)), ("published", .optional(article.published?.description)),
            ("actors", .array(actorIDs)),
        ])
    }

    private func actorLine(_ detail: ActorDetail) -> JSONValue {
        JSONValue.object([
            ("type", .string("actor")), ("id", .string(Formatting.actorID(detail.actor))),
            ("name", .string(detail.actor.name)), ("kind", .string(detail.actor.kind.rawValue)),
            ("country", .optional(detail.actor.country)),
            ("aliases", .array(detail.aliases.map(JSONValue.string))),
            (
                "roles",
                .array(
                    detail.roles.map {
                        .object([("title", .string($0.title)), ("country", .optional($0.country))])
                    })
            ),
        ])
    }

    /// A meeting, its participants named as the reporting article wrote them (`names`).
    private func meetingLine(_ meeting: MeetingRecord, _ names: [Int64: String]) -> JSONValue {
        JSONValue.object([
            ("type", .string("meeting")), ("id", .string("m\(meeting.id)")),
            ("kind", .string(meeting.kind.rawValue)),
            ("status", .string(meeting.status.rawValue)), ("date", .optional(meeting.date?.date.description)),
            ("date_precision", .optional(meeting.date?.precision.rawValue)),
            ("location", .optional(meeting.location)),
            (
                "participants",
                .array(
                    meeting.participants.map { participant in
                        .object([
                            ("actor", .string(Formatting.actorID(participant))),
                            ("name", .string(names[participant.id] ?? participant.name)),
                            ("kind", .string(participant.kind.rawValue)),
                            ("country", .optional(participant.country)),
                            ("role", .string("participant")),
                        ])
                    })
            ),
            ("mentions", mentions(meeting.mentions)),
        ])
    }

    /// A statement, its speaker and target named as the reporting article wrote them (`names`).
    private func statementLine(_ statement: StatementRecord, _ names: [Int64: String]) -> JSONValue {
        JSONValue.object([
            ("type", .string("statement")), ("id", .string("s\(statement.id)")),
            ("act", .string(statement.act.rawValue)),
            ("speaker", actorObject(statement.speaker, names)),
            ("target", statement.target.map { actorObject($0, names) } ?? .null),
            ("quote", .optional(statement.quote)), ("date", .optional(statement.date?.date.description)),
            ("date_precision", .optional(statement.date?.precision.rawValue)),
            ("mentions", mentions(statement.mentions)),
        ])
    }

    func writeCSV(to output: inout BufferedOutput) throws {
        let columns = [
            "type", "id", "kind_or_act", "status", "date", "date_precision", "location", "actors", "target",
            "quote", "sentence", "origin",
        ]
        output.write(columns.joined(separator: ","))
        func line(_ cells: [String]) { output.write(cells.map(Listing.csvField).joined(separator: ",")) }
        try store.forEachID(of: .meeting) { id in
            let meeting = try store.meeting(id)
            line([
                "meeting", "m\(meeting.id)", meeting.kind.rawValue, meeting.status.rawValue,
                meeting.date?.date.description ?? "", meeting.date?.precision.rawValue ?? "", meeting.location ?? "",
                meeting.participants.map(\.name).joined(separator: "; "), "", "",
                meeting.mentions.first?.sentence ?? "", meeting.mentions.first?.origin ?? "",
            ])
        }
        try store.forEachID(of: .statement) { id in
            let statement = try store.statement(id)
            line([
                "statement", "s\(statement.id)", statement.act.rawValue, "", statement.date?.date.description ?? "",
                statement.date?.precision.rawValue ?? "", "", statement.speaker.name, statement.target?.name ?? "",
                statement.quote ?? "", statement.mentions.first?.sentence ?? "", statement.mentions.first?.origin ?? "",
            ])
        }
    }

    private func actorObject(_ actor: ActorSummary, _ names: [Int64: String]) -> JSONValue {
        .object([
            ("actor", .string(Formatting.actorID(actor))), ("name", .string(names[actor.id] ?? actor.name)),
            ("kind", .string(actor.kind.rawValue)), ("country", .optional(actor.country)),
        ])
    }

    private func mentions(_ mentions: [MentionRecord]) -> JSONValue {
        .array(
            mentions.map { mention in
                .object([
                    ("article", .string("a\(mention.articleID)")), ("sentence", .string(mention.sentence)),
                    ("start", .int(mention.start)), ("end", .int(mention.end)),
                ])
            })
    }
}
