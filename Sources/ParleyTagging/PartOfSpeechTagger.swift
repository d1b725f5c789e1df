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
            return PartOfSpeechTagger(model: try TaggerModel(text: TaggerWeights.text.description))
        } catch {
            fatalError("\(error)")
        }
    }()

    package init(model: TaggerModel) { self.model = model }

    /// One tag per word of `sentence`, which is a sentence split into words and punctuation as
    /// `Tokenizer` splits it ("China", "'s", "U.S.", ",").
    public func tag(_ sentence: [some StringProtocol]) -> [Tag] {
        let features = SentenceFeatures(sentence)
        var tags: [Tag] = []
        tags.reserveCapacity(sentence.count)
        var scores = [Float](repeating: 0, count: model.tags.count)
        for index in sentence.indices {
            if let known = model.tagDictionary[String(sentence[index])] {
                tags.append(known)
                continue
            }
            let previous = index > 0 ? tags[index - 1] : nil
            let second = index > 1 ? tags[index - 2] : nil
            tags.append(model.tags[bestTag(features, index, previous, second, scores: &scores)])
        }
        return tags
    }

    /// The index of the highest-scoring tag; ties go to the lower index, so the result never varies.
    package func bestTag(
        _ features: SentenceFeatures, _ index: Int, _ previous: Tag?, _ second: Tag?, scores: inout [Float]
    ) -> Int {
        for tag in scores.indices { scores[tag] = 0 }
        for feature in features.contextFeatures(of: index) { model.accumulate(feature, into: &scores) }
        for feature in features.tagFeatures(of: index, previous: previous, secondPrevious: second) {
            model.accumulate(feature, into: &scores)
        }
        var best = 0
        for tag in scores.indices where scores[tag] > scores[best] { best = tag }
        return best
    }
}
