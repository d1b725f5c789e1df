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
        // Concrete strings from here on: generic string code is several times slower, and most
        // words are short enough to be stored inline, without an allocation.
        let words = sentence.map { String($0) }
        let features = SentenceFeatures(words)
        var tags: [PartOfSpeech] = []
        tags.reserveCapacity(words.count)
        var tagFeatures: [UInt32] = []
        tagFeatures.reserveCapacity(SentenceFeatures.tagFeatureCount)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: model.tags.count) { scores in
            for index in words.indices {
                if let known = model.tagDictionary[words[index]] {
                    tags.append(known)
                    continue
                }
                features.tagFeatures(
                    of: index, previous: index > 0 ? tags[index - 1] : nil,
                    secondPrevious: index > 1 ? tags[index - 2] : nil, into: &tagFeatures)
                scores.initialize(repeating: 0)
                model.accumulate(features.contextFeatures(of: index), into: scores)
                model.accumulate(tagFeatures, into: scores)
                // Ties go to the lower index, so the result never varies.
                var best = 0
                for tag in scores.indices where scores[tag] > scores[best] { best = tag }
                tags.append(model.tags[best])
            }
        }
        return tags
    }
}
