/// Longest-match lookup of multi-token phrases, keyed by their first token: linear in the text.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let tokens: [String]
        /// The tokens' `Token.key`s: a word that differs from the phrase's is told by one comparison of numbers.
        let keys: [Int]
        /// Acronyms ("US", "UN") match only in capitals, so that "us" and "un" stay words.
        let caseSensitiveText: [Substring]?
        let value: Value
    }

    private var entries = WordTable<[Entry]>()

    init() {}

    var isEmpty: Bool { entries.isEmpty }

    /// Adds `phrase`; later additions with the same tokens come after earlier ones.
    mutating func add(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer.tokenize(phrase)
        guard let first = tokens.first else { return }
        let isAcronym = tokens.count == 1 && first.isAllCaps && first.characterCount <= 4 && first.shape == .word
        let entry = Entry(
            tokens: tokens.map(\.lower), keys: tokens.map(\.key), caseSensitiveText: isAcronym ? [first.text] : nil,
            value: value)
        var list = entries[first.key] ?? []
        list.append(entry)
        // Longest first, so the first full match is the longest.
        list.sort { $0.tokens.count > $1.tokens.count }
        entries[first.key] = list
    }

    /// The longest phrase starting at `index`, with its length in tokens.
    func match(_ tokens: [Token], at index: Int, end: Int? = nil) -> (value: Value, length: Int)? {
        let limit = end ?? tokens.count
        guard index < limit, let candidates = entries[tokens[index].key] else { return nil }
        for entry in candidates where matches(entry, tokens, at: index, limit: limit) {
            return (entry.value, entry.tokens.count)
        }
        return nil
    }

    /// Every phrase starting at `index`, longest first.
    func matches(_ tokens: [Token], at index: Int, end: Int? = nil) -> [(value: Value, length: Int)] {
        let limit = end ?? tokens.count
        guard index < limit, let candidates = entries[tokens[index].key] else { return [] }
        return candidates.filter { matches($0, tokens, at: index, limit: limit) }.map { ($0.value, $0.tokens.count) }
    }

    private func matches(_ entry: Entry, _ tokens: [Token], at index: Int, limit: Int) -> Bool {
        guard index + entry.tokens.count <= limit else { return false }
        // Equal keys almost always mean equal words; the words themselves decide.
        for offset in 0..<entry.tokens.count
        where tokens[index + offset].key != entry.keys[offset] || tokens[index + offset].lower != entry.tokens[offset] {
            return false
        }
        if let text = entry.caseSensitiveText, tokens[index].text != text[0] { return false }
        return true
    }
}
