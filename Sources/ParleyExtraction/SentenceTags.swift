import ParleyTagging

/// The parts of speech of one sentence's tokens, tagged the first time a rule asks and kept for the rest.
///
/// A class so that the copies of a finder made for one sentence share one tagging: most sentences need
/// none, and none needs it twice.
final class SentenceTags {
    private let sentence: Sentence
    private let tokens: [Token]
    private var tags: [PartOfSpeech]?

    init(_ sentence: Sentence, _ tokens: [Token]) {
        self.sentence = sentence
        self.tokens = tokens
    }

    /// The part of speech of the token at `index`, nil outside the sentence.
    subscript(index: Int) -> PartOfSpeech? {
        guard sentence.range.contains(index) else { return nil }
        if tags == nil { tags = PartOfSpeechTagger.shared.tags(of: sentence, in: tokens) }
        guard let tags, tags.indices.contains(index - sentence.range.lowerBound) else { return nil }
        return tags[index - sentence.range.lowerBound]
    }

    /// Whether the tagger reads a word of `range` as a proper noun: "People said" and "African states" are
    /// common words opening a sentence, "Tamir said" a name.
    func namesSomeone(_ range: Range<Int>) -> Bool {
        range.contains { self[$0]?.isProperNoun == true }
    }
}
