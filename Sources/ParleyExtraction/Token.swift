/// A word, number or punctuation mark of the article, with its UTF-8 byte offsets.
struct Token: Sendable, Hashable {
    enum Shape: Sendable, Hashable {
        /// Letters, possibly with inner apostrophes: "Qin", "O'Neill".
        case word
        /// Letters joined by periods: "U.S.", "U.N.", "W." (the final period included).
        case abbreviation
        case number
        case punctuation
    }

    let text: Substring
    /// Lower case, with typographic apostrophes made plain.
    let lower: String
    let shape: Shape
    let start: Int
    let end: Int
    /// Starts with an upper-case letter.
    let isCapitalized: Bool
    /// Has letters, all of them upper case ("NATO", "QIN").
    let isAllCaps: Bool

    var isWordLike: Bool { shape == .word || shape == .abbreviation }
}
