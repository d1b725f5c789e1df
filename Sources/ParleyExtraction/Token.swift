/// A word, number or punctuation mark of the article, with its UTF-8 byte offsets.
public struct Token: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        /// Letters, possibly with inner hyphens or apostrophes: "Qin", "al-Assad", "O'Neill".
        case word
        /// Letters joined by periods: "U.S.", "U.N.", "Jan.", "Mr." (the final period included).
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
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// Every letter upper case ("NATO", "QIN").
    public var isAllCaps: Bool {
        var sawLetter = false
        for character in text where character.isLetter {
            if !character.isUppercase { return false }
            sawLetter = true
        }
        return sawLetter
    }

    public var isWordLike: Bool { shape == .word || shape == .abbreviation }
}
