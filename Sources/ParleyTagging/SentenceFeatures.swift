/// The features of each word of one sentence, after Honnibal's averaged-perceptron tagger: the
/// word as written and lower-cased, its suffixes, first letter and shape, the words around it, and
/// the two tags before it.
///
/// The features that do not depend on the tags already chosen are hashed once per sentence; the
/// tag features are hashed as the tagger moves left to right (`tagFeatures`). Training and tagging
/// both go through this type, so a model always meets the features it was trained on.
package struct SentenceFeatures: Sendable {
    /// Lower-cased words, years and other numbers folded (`WordForms.normalized`).
    private let words: [String]
    private let shapes: [String]
    /// `contextCount` hashes per word, word after word.
    private let context: [UInt32]
    private static let contextCount = 15
    package static let tagFeatureCount = 5

    package init(_ sentence: [String]) {
        let words = sentence.map { WordForms.normalized($0) }
        let shapes = sentence.map { WordForms.shape($0) }
        var context: [UInt32] = []
        context.reserveCapacity(sentence.count * Self.contextCount)
        for index in sentence.indices {
            Self.appendContext(of: index, words: words, shapes: shapes, written: sentence[index], to: &context)
        }
        self.words = words
        self.shapes = shapes
        self.context = context
    }

    /// The hashes of word `index` that ignore the tags.
    package func contextFeatures(of index: Int) -> ArraySlice<UInt32> {
        context[index * Self.contextCount..<(index + 1) * Self.contextCount]
    }

    /// Writes into `features` (`tagFeatureCount` of them) the hashes of word `index` given the two
    /// tags before it (`nil` before the sentence starts).
    package func tagFeatures(
        of index: Int, previous: PartOfSpeech?, secondPrevious: PartOfSpeech?, into features: inout [UInt32]
    ) {
        let previousName = previous?.rawValue ?? "-START-"
        let secondName = secondPrevious?.rawValue ?? "-START2-"
        let afterPrevious = FeatureHash(.previousTagAndWord).adding(previousName)
        let afterPreviousShape = FeatureHash(.previousTagAndShape).adding(previousName)
        features.removeAll(keepingCapacity: true)
        features.append(FeatureHash(.previousTag).adding(previousName).value)
        features.append(FeatureHash(.secondPreviousTag).adding(secondName).value)
        features.append(FeatureHash(.previousTwoTags).adding(previousName).adding(secondName).value)
        features.append(afterPrevious.adding(words[index]).value)
        features.append(afterPreviousShape.adding(shapes[index]).value)
    }

    private static func appendContext(
        of index: Int, words: [String], shapes: [String], written: String, to context: inout [UInt32]
    ) {
        func word(at index: Int, or padding: String) -> String {
            words.indices.contains(index) ? words[index] : padding
        }
        let current = words[index]
        let before = word(at: index - 1, or: "-START-")
        let after = word(at: index + 1, or: "-END-")
        context += [
            FeatureHash(.bias).value,
            FeatureHash(.suffix3).adding(WordForms.suffix(current, 3)).value,
            FeatureHash(.suffix2).adding(WordForms.suffix(current, 2)).value,
            FeatureHash(.suffix4).adding(WordForms.suffix(current, 4)).value,
            FeatureHash(.firstCharacter).adding(WordForms.prefix(written, 1)).value,
            FeatureHash(.word).adding(current).value,
            FeatureHash(.wordAsWritten).adding(written).value,
            FeatureHash(.shape).adding(shapes[index]).value,
            FeatureHash(.previousWord).adding(before).value,
            FeatureHash(.previousSuffix3).adding(WordForms.suffix(before, 3)).value,
            FeatureHash(.secondPreviousWord).adding(word(at: index - 2, or: "-START2-")).value,
            FeatureHash(.nextWord).adding(after).value,
            FeatureHash(.nextSuffix3).adding(WordForms.suffix(after, 3)).value,
            FeatureHash(.nextShape).adding(index + 1 < shapes.count ? shapes[index + 1] : "-END-").value,
            FeatureHash(.secondNextWord).adding(word(at: index + 2, or: "-END2-")).value,
        ]
    }
}
