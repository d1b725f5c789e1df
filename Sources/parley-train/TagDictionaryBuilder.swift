import ParleyTagging

/// The words the tagger need not think about: seen at least `minimumCount` times in training,
/// with one tag at least `minimumShare` of the time ("the", "said", "."), as NLTK's tagger does.
enum TagDictionaryBuilder {
    static func build(
        from sentences: [TaggedSentence], minimumCount: Int = 20, minimumShare: Double = 0.97
    ) -> [String: PartOfSpeech] {
        var counts: [String: [PartOfSpeech: Int]] = [:]
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.tags) { counts[word, default: [:]][tag, default: 0] += 1 }
        }
        var dictionary: [String: PartOfSpeech] = [:]
        for (word, tagCounts) in counts where isStorable(word) {
            let total = tagCounts.values.reduce(0, +)
            // Ties broken by tag name, so that the dictionary never depends on hashing order.
            guard total >= minimumCount,
                let (tag, count) = tagCounts.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }),
                Double(count) / Double(total) >= minimumShare
            else { continue }
            dictionary[word] = tag
        }
        return dictionary
    }

    /// The model file keeps a word and its tag on one line, inside a raw string literal.
    private static func isStorable(_ word: String) -> Bool {
        !word.contains(where: \.isWhitespace) && !word.contains("\"\"\"")
    }
}
