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
    /// `Token.key(of: lower)`, computed once: the key of every phrase and word lookup (`WordTable`).
    let key: Int
    let shape: Shape
    let start: Int
    let end: Int
    /// Starts with an upper-case letter.
    let isCapitalized: Bool
    /// Has letters, all of them upper case ("NATO", "QIN").
    let isAllCaps: Bool
    /// `text.count`, counted once: the rules ask for it often, and counting a `Substring` walks it.
    let characterCount: Int

    init(
        text: Substring, lower: String, shape: Shape, start: Int, end: Int, isCapitalized: Bool, isAllCaps: Bool,
        characterCount: Int
    ) {
        self.text = text
        self.lower = lower
        self.key = Token.key(of: lower)
        self.shape = shape
        self.start = start
        self.end = end
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.characterCount = characterCount
    }

    /// The key of a lower-case word in a `WordTable`: FNV-1a over its bytes, mixed so that the low bits the
    /// table uses depend on every byte. Cheaper than `hashValue` (SipHash) for the short words of a text, and
    /// computed once per token; the tables compare words after keys, so a shared key is only a longer probe.
    static func key(of word: String) -> Int {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        var hash = word.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(word.utf8)
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        return Int(bitPattern: UInt(hash))
    }

    var isWordLike: Bool { shape == .word || shape == .abbreviation }

    /// Whether the first character is a lower-case letter (`text.first?.isLowercase`), answered from the
    /// first bytes when they are ASCII.
    var startsInLowerCase: Bool {
        let bytes = text.utf8
        guard let first = bytes.first else { return false }
        // A combining mark after the first letter belongs to its character: only then is Unicode asked.
        let second = bytes.dropFirst().first
        if first < 0x80, second.map({ $0 < 0x80 }) ?? true { return first >= 0x61 && first <= 0x7A }
        return text.first?.isLowercase == true
    }

    /// Whether the text holds U+2019 (E2 80 99 in UTF-8), found in its bytes: Foundation's `contains` took 5%
    /// of extraction for a question that nearly always answers no.
    var hasTypographicApostrophe: Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x99 && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
