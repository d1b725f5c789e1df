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
        // Appended one by one, with suffixes hashed in place: an array literal or a substring per feature
        // allocated more than the hashing cost.
        context.append(FeatureHash(.bias).value)
        context.append(FeatureHash(.suffix3).addingSuffix(of: current, scalars: 3).value)
        context.append(FeatureHash(.suffix2).addingSuffix(of: current, scalars: 2).value)
        context.append(FeatureHash(.suffix4).addingSuffix(of: current, scalars: 4).value)
        context.append(FeatureHash(.firstCharacter).adding(WordForms.prefix(written, 1)).value)
        context.append(FeatureHash(.word).adding(current).value)
        context.append(FeatureHash(.wordAsWritten).adding(written).value)
        context.append(FeatureHash(.shape).adding(shapes[index]).value)
        context.append(FeatureHash(.previousWord).adding(before).value)
        context.append(FeatureHash(.previousSuffix3).addingSuffix(of: before, scalars: 3).value)
        context.append(FeatureHash(.secondPreviousWord).adding(word(at: index - 2, or: "-START2-")).value)
        context.append(FeatureHash(.nextWord).adding(after).value)
        context.append(FeatureHash(.nextSuffix3).addingSuffix(of: after, scalars: 3).value)
        context.append(FeatureHash(.nextShape).adding(index + 1 < shapes.count ? shapes[index + 1] : "-END-").value)
        context.append(FeatureHash(.secondNextWord).adding(word(at: index + 2, or: "-END2-")).value)
    }
}
