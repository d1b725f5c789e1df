import ParleyFormats

/// `/api/articles/ID`: the article's object, its text, and where in it each fact was read.
enum ArticleJSON {
    static func render(_ content: ArticlePage.Content) -> JSONValue {
        guard case let .object(fields) = RecordJSON.article(content.article) else {
            return RecordJSON.article(content.article)
        }
        let facts = content.mentions.map { mention in
            JSONValue.object([
                ("type", .string(mention.meetingID != nil ? "meeting" : "statement")),
                ("id", .int(Int(mention.meetingID ?? mention.statementID ?? 0))), ("start", .int(mention.start)),
                ("end", .int(mention.end)),
            ])
        }
        return .object(fields + [("text", .string(content.text)), ("facts", .array(facts))])
    }
}
