import ParleyTagging

extension PartOfSpeechTagger {
    /// The part of speech of each token of `sentence`: `tags[i]` belongs to `tokens[sentence.range][i]`.
    ///
    /// Typographic apostrophes are made plain first: the treebanks the tagger learned from write
    /// "China's" with a plain one, so "’s" would otherwise be a word it has never seen.
    func tags(of sentence: Sentence, in tokens: [Token]) -> [PartOfSpeech] {
        tag(Self.words(of: sentence, in: tokens))
    }

    /// The words of `sentence` as the tagger reads them.
    static func words(of sentence: Sentence, in tokens: [Token]) -> [Substring] {
        tokens[sentence.range].map { token in
            token.hasTypographicApostrophe ? token.text.replacing("\u{2019}", with: "'")[...] : token.text
        }
    }
}
