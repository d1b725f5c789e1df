/// A sentence of the article: a range of its tokens and the exact text.
public struct Sentence: Sendable, Hashable {
    public let index: Int
    /// Token indices `tokens[range]` into the article's token array.
    public let range: Range<Int>
    public let start: Int
    public let end: Int
    public let text: String
    /// The paragraph it belongs to (0-based).
    public let paragraph: Int
}
