/// Longest-match lookup of multi-token phrases, keyed by their first token: linear in the text.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let tokens: [String]
        /// Acronyms ("US", "UN") match only in capitals, so that "us" and "un" stay words.
        let caseSensitiveText: [Substring]?
        let value: Value
    }

    private var entries: [String: [Entry]] = [:]

    init() {}

    var isEmpty: Bool { entries.isEmpty }

    /// Adds `phrase`; later additions with the same tokens come after earlier ones.
    mutating func add(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer.tokenize(phrase)
        guard let first = tokens.first else { return }
        let isAcronym = tokens.count == 1 && first.isAllCaps && first.text.count <= 4 && first.shape == .word
        let entry = Entry(tokens: tokens.map(\.lower), caseSensitiveText: isAcronym ? [first.text] : nil, value: value)
        entries[first.lower, default: []].append(entry)
        // Longest first, so the first full match is the longest.
        entries[first.lower]!.sort { $0.tokens.count > $1.tokens.count }
    }

    /// The longest phrase starting at `index`, with its length in tokens.
    func match(_ tokens: [Token], at index: Int, end: Int? = nil) -> (value: Value, length: Int)? {
        matches(tokens, at: index, end: end).first
    }

    /// Every phrase starting at `index`, longest first.
    func matches(_ tokens: [Token], at index: Int, end: Int? = nil) -> [(value: Value, length: Int)] {
        let limit = end ?? tokens.count
        guard index < limit, let candidates = entries[tokens[index].lower] else { return [] }
        var found: [(Value, Int)] = []
        for entry in candidates where index + entry.tokens.count <= limit {
            var matched = true
            for offset in 1..<max(1, entry.tokens.count) where tokens[index + offset].lower != entry.tokens[offset] {
                matched = false
                break
            }
            if matched, let text = entry.caseSensitiveText, tokens[index].text != text[0] { matched = false }
            if matched { found.append((entry.value, entry.tokens.count)) }
        }
        return found
    }
}
