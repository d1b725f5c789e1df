/// One fact read from an article: where in its text, and which meeting or statement it told.
public struct ArticleMention: Sendable, Hashable {
    /// UTF-8 byte offsets of the sentence in the article's text.
    public let start: Int
    public let end: Int
    public let meetingID: Int64?
    public let statementID: Int64?
}
