import ParleyTagging

/// A treebank sentence: its words and their hand-given tags.
struct TaggedSentence: Sendable {
    var words: [String] = []
    var tags: [PartOfSpeech] = []
}

/// A treebank document, the unit the training and held-out sets are split by.
struct TreebankDocument: Sendable {
    /// Relative to the treebanks folder: "gum/GUM_news_iodine.conllu".
    let path: String
    let sentences: [TaggedSentence]

    var tokenCount: Int { sentences.reduce(0) { $0 + $1.words.count } }
}
