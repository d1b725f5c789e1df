/// Tags the words of a sentence with their parts of speech (Penn Treebank tags), greedily from
/// left to right with an averaged perceptron.
///
/// Pure and deterministic: the same words always get the same tags.
///
/// ```swift
/// let tags = PartOfSpeechTagger.shared.tag(["Blinken", "met", "Wang", "Yi", "in", "Beijing", "."])
/// // [.properNoun, .pastTenseVerb, .properNoun, .properNoun, .preposition, .properNoun, .sentenceFinal]
/// ```
public struct PartOfSpeechTagger: Sendable {
    package let model: TaggerModel

    /// The tagger trained on the English treebanks, read once from the weights compiled into the binary.
    public static let shared: PartOfSpeechTagger = {
        // The weights are part of the build: a model that does not read is a packaging bug.
        do {
            return PartOfSpeechTagger(
                model: try TaggerWeights.text.withUTF8Buffer { bytes in
                    Result { () throws(TaggerModelError) in try TaggerModel(utf8: bytes) }
                }.get())
        } catch {
            fatalError("\(error)")
        }
    }()

    package init(model: TaggerModel) { self.model = model }

    /// One tag per word of `sentence`, which is a sentence split into words and punctuation as
    /// `Tokenizer` splits it ("China", "'s", "U.S.", ",").
    public func tag(_ sentence: [some StringProtocol]) -> [PartOfSpeech] {
        var tagging = PartialTagging(sentence, tagger: self)
        tagging.tag(through: sentence.count - 1)
        return tagging.tags
    }
}

/// One sentence tagged from left to right only as far as asked. A word's tag depends on the words up to two
/// after it and on the tags before it, never on later tags: the tags of a first part of the sentence are
/// those the whole sentence would get, and a rule that reads the words before a verb pays for those only.
public struct PartialTagging {
    private let model: TaggerModel
    private let words: [String]
    private var features: SentenceFeatures
    /// The tags of the first words, one per word.
    public private(set) var tags: [PartOfSpeech] = []
    private var contextFeatures: [UInt32] = []
    private var tagFeatures: [UInt32] = []

    public init(_ sentence: [some StringProtocol], tagger: PartOfSpeechTagger = .shared) {
        // Concrete strings from here on: generic string code is several times slower, and most
        // words are short enough to be stored inline, without an allocation.
        words = sentence.map { String($0) }
        model = tagger.model
        features = SentenceFeatures(words)
        tags.reserveCapacity(words.count)
        contextFeatures.reserveCapacity(SentenceFeatures.contextCount + SentenceFeatures.tagFeatureCount)
        tagFeatures.reserveCapacity(SentenceFeatures.tagFeatureCount)
    }

    /// Tags the words up to `index` (or the sentence's end) that are not tagged yet.
    public mutating func tag(through index: Int) {
        let end = min(index + 1, words.count)
        guard tags.count < end else { return }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: model.tags.count) { scores in
            while tags.count < end { tags.append(nextTag(scores)) }
        }
    }

    private mutating func nextTag(_ scores: UnsafeMutableBufferPointer<Float>) -> PartOfSpeech {
        let index = tags.count
        if let known = model.tagDictionary[words[index]] { return known }
        features.tagFeatures(
            of: index, previous: index > 0 ? tags[index - 1] : nil,
            secondPrevious: index > 1 ? tags[index - 2] : nil, into: &tagFeatures)
        features.contextFeatures(of: index, into: &contextFeatures)
        // One list, context then tags, as they were summed: its rows are all looked up before any is summed.
        contextFeatures += tagFeatures
        scores.initialize(repeating: 0)
        model.accumulate(contextFeatures, into: scores)
        // Ties go to the lower index, so the result never varies.
        var best = 0
        for tag in scores.indices where scores[tag] > scores[best] { best = tag }
        return model.tags[best]
    }
}
