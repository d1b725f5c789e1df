import ParleyTagging

/// The parts of speech of one sentence's tokens, tagged as far as a rule asks and kept for the rest.
///
/// A class so that the copies of a finder made for one sentence share one tagging: most sentences need
/// none, none needs it twice, and most rules read a sentence's first part only (`PartialTagging`).
final class SentenceTags {
    private let sentence: Sentence
    private let tokens: [Token]
    private var tagging: PartialTagging?

    init(_ sentence: Sentence, _ tokens: [Token]) {
        self.sentence = sentence
        self.tokens = tokens
    }

    /// The part of speech of the token at `index`, nil outside the sentence.
    subscript(index: Int) -> PartOfSpeech? {
        guard sentence.range.contains(index) else { return nil }
        let position = index - sentence.range.lowerBound
        if tagging == nil { tagging = PartialTagging(PartOfSpeechTagger.words(of: sentence, in: tokens)) }
        tagging?.tag(through: position)
        guard let tags = tagging?.tags, tags.indices.contains(position) else { return nil }
        return tags[position]
    }

    /// Whether the tagger reads a word of `range` as a proper noun: "People said" and "African states" are
    /// common words opening a sentence, "Tamir said" a name.
    func namesSomeone(_ range: Range<Int>) -> Bool {
        range.contains { self[$0]?.isProperNoun == true }
    }
}
