/// The longest phrase at every token of one article, looked up once: the finders ask for the same
/// positions many times over.
struct PhraseCache<Value: Sendable> {
    private let index: PhraseIndex<Value>
    private let longest: [(value: Value, length: Int)?]

    init(_ index: PhraseIndex<Value>, tokens: [Token]) {
        self.index = index
        longest = tokens.indices.map { index.match(tokens, at: $0) }
    }

    /// The longest phrase at `position` that ends by `end`.
    func match(_ tokens: [Token], at position: Int, end: Int) -> (value: Value, length: Int)? {
        guard position < end, let hit = longest[position] else { return nil }
        if position + hit.length <= end { return hit }
        // The longest runs past the sentence's end; a shorter one may fit.
        return index.match(tokens, at: position, end: end)
    }
}
