/// The longest phrase at every token of one article, looked up once: the finders ask for the same
/// positions many times over.
struct PhraseCache<Value: Sendable> {
    private let index: PhraseIndex<Value>
    private let longest: [(value: Value, length: Int)?]
    /// Rewrites a match for this article (a capital read as its state at the time of publication).
    private let adjust: (Value, Range<Int>) -> Value

    init(
        _ index: PhraseIndex<Value>, tokens: [Token],
        adjust: @escaping (Value, Range<Int>) -> Value = { value, _ in value }
    ) {
        self.index = index
        self.adjust = adjust
        longest = tokens.indices.map { position in
            index.match(tokens, at: position).map { (adjust($0.value, position..<(position + $0.length)), $0.length) }
        }
    }

    /// The longest phrase at `position` that ends by `end`.
    func match(_ tokens: [Token], at position: Int, end: Int) -> (value: Value, length: Int)? {
        guard position < end, let hit = longest[position] else { return nil }
        if position + hit.length <= end { return hit }
        // The longest runs past the sentence's end; a shorter one may fit.
        return index.match(tokens, at: position, end: end).map {
            (adjust($0.value, position..<(position + $0.length)), $0.length)
        }
    }
}
