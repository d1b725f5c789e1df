/// The features of each word of one sentence, after Honnibal's averaged-perceptron tagger: the
/// word as written and lower-cased, its suffixes, first letter and shape, the words around it, and
/// the two tags before it.
///
/// The features are hashed as the tagger moves left to right, for the words it scores only (those of the
/// tag dictionary need none). Training and tagging both go through this type, so a model always meets the
/// features it was trained on.
package struct SentenceFeatures: Sendable {
    /// The words as written.
    private let written: [String]
    /// Lower-cased words, years and other numbers folded (`WordForms.normalized`), and shapes, of the first
    /// words only: a word's features read up to two words ahead, and a sentence is often tagged only as far as a
    /// rule asks (`PartialTagging`).
    private var words: [String] = []
    private var shapes: [String] = []
    package static let contextCount = 15
    package static let tagFeatureCount = 5

    package init(_ sentence: [String]) {
        written = sentence
        words.reserveCapacity(sentence.count)
        shapes.reserveCapacity(sentence.count)
    }

    /// Writes into `features` (`contextCount` of them) the hashes of word `index` that ignore the tags.
    package mutating func contextFeatures(of index: Int, into features: inout [UInt32]) {
        prepareForms(through: index + 2)
        features.removeAll(keepingCapacity: true)
        Self.appendContext(of: index, words: words, shapes: shapes, written: written[index], to: &features)
    }

    /// Every word's context hashes, `contextCount` per word, word after word (for training, which reads them
    /// many times).
    package mutating func allContextFeatures() -> [UInt32] {
        var all: [UInt32] = []
        all.reserveCapacity(written.count * Self.contextCount)
        var features: [UInt32] = []
        for index in written.indices {
            contextFeatures(of: index, into: &features)
            all += features
        }
        return all
    }

    /// The normalized form and shape of every word up to `index` (or the sentence's end).
    private mutating func prepareForms(through index: Int) {
        while words.count <= index && words.count < written.count {
            words.append(WordForms.normalized(written[words.count]))
            shapes.append(WordForms.shape(written[shapes.count]))
        }
    }

    /// Writes into `features` (`tagFeatureCount` of them) the hashes of word `index` given the two
    /// tags before it (`nil` before the sentence starts).
    package mutating func tagFeatures(
        of index: Int, previous: PartOfSpeech?, secondPrevious: PartOfSpeech?, into features: inout [UInt32]
    ) {
        prepareForms(through: index)
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

    /// `words` and `shapes` cover the sentence through `index + 2` (or its end).
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
