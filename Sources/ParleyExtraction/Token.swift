/// A word, number or punctuation mark of the article, with its UTF-8 byte offsets.
public struct Token: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        /// Letters, possibly with inner apostrophes: "Qin", "O'Neill".
        case word
        /// Letters joined by periods: "U.S.", "U.N.", "W." (the final period included).
        case abbreviation
        case number
        case punctuation
    }

    public let text: Substring
    /// Lower case, with typographic apostrophes made plain.
    public let lower: String
    public let shape: Shape
    public let start: Int
    public let end: Int
    /// Starts with an upper-case letter.
    public let isCapitalized: Bool
    /// Has letters, all of them upper case ("NATO", "QIN").
    public let isAllCaps: Bool

    public var isWordLike: Bool { shape == .word || shape == .abbreviation }
}
