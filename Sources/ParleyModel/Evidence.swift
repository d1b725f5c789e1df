/// The sentence a fact was read from, with its UTF-8 byte offsets in the article text.
public struct Evidence: Sendable, Hashable, Codable {
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(sentence: String, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}
