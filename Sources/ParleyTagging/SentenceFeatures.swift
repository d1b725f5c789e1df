/// The features of each word of one sentence, after Honnibal's averaged-perceptron tagger: the
/// word, its suffixes, first character and shape, the words around it, and the two tags before it.
///
/// The features that do not depend on the tags already chosen are hashed once per sentence; the
/// tag features are hashed as the tagger moves left to right (`tagFeatures`). Training and tagging
/// both go through this type, so a model always meets the features it was trained on.
package struct SentenceFeatures: Sendable {
    /// Lower-cased words, years and other numbers folded (`normalized`).
    private let words: [String]
    private let shapes: [String]
    /// `contextCount` hashes per word, word after word.
    private let context: [UInt32]
    private static let contextCount = 12
    package static let tagFeatureCount = 5

    package var count: Int { words.count }

    package init(_ sentence: [some StringProtocol]) {
        let words = sentence.map { Self.normalized($0) }
        let shapes = sentence.map { Self.shape($0) }
        var context: [UInt32] = []
        context.reserveCapacity(sentence.count * Self.contextCount)
        for index in sentence.indices {
            Self.appendContext(of: index, words: words, shapes: shapes, first: sentence[index].first, to: &context)
        }
        self.words = words
        self.shapes = shapes
        self.context = context
    }

    /// The hashes of word `index` that ignore the tags.
    package func contextFeatures(of index: Int) -> ArraySlice<UInt32> {
        context[index * Self.contextCount..<(index + 1) * Self.contextCount]
    }

    /// The hashes of word `index` given the two tags before it (`nil` before the sentence starts).
    package func tagFeatures(of index: Int, previous: Tag?, secondPrevious: Tag?) -> [UInt32] {
        let previousName = previous?.rawValue ?? "-START-"
        let secondName = secondPrevious?.rawValue ?? "-START2-"
        return [
            FeatureHash(.previousTag).adding(previousName).value,
            FeatureHash(.secondPreviousTag).adding(secondName).value,
            FeatureHash(.previousTwoTags).adding(previousName).adding(secondName).value,
            FeatureHash(.previousTagAndWord).adding(previousName).adding(words[index]).value,
            FeatureHash(.previousTagAndShape).adding(previousName).adding(shapes[index]).value,
        ]
    }

    private static func appendContext(
        of index: Int, words: [String], shapes: [String], first: Character?, to context: inout [UInt32]
    ) {
        func word(at index: Int, or padding: String) -> String {
            words.indices.contains(index) ? words[index] : padding
        }
        let current = words[index]
        let before = word(at: index - 1, or: "-START-")
        let after = word(at: index + 1, or: "-END-")
        context += [
            FeatureHash(.bias).value,
            FeatureHash(.suffix3).adding(current.suffix(3)).value,
            FeatureHash(.suffix2).adding(current.suffix(2)).value,
            FeatureHash(.firstCharacter).adding(first.map(String.init) ?? "").value,
            FeatureHash(.word).adding(current).value,
            FeatureHash(.shape).adding(shapes[index]).value,
            FeatureHash(.previousWord).adding(before).value,
            FeatureHash(.previousSuffix3).adding(before.suffix(3)).value,
            FeatureHash(.secondPreviousWord).adding(word(at: index - 2, or: "-START2-")).value,
            FeatureHash(.nextWord).adding(after).value,
            FeatureHash(.nextSuffix3).adding(after.suffix(3)).value,
            FeatureHash(.secondNextWord).adding(word(at: index + 2, or: "-END2-")).value,
        ]
    }

    /// Numbers tell little by their digits: "1989" is a year, "42" and "3.5" are numbers.
    private static func normalized(_ word: some StringProtocol) -> String {
        guard let first = word.unicodeScalars.first, first.properties.numericType != nil else {
            return word.lowercased()
        }
        return word.count == 4 && word.allSatisfy(\.isNumber) ? "!YEAR" : "!DIGITS"
    }

    /// Upper case as X, lower case as x, digits as d, other characters as themselves, runs
    /// collapsed and cut at five: "Beijing" Xx, "U.S." X.X., "G-20" X-d, "iPhone" xXx.
    private static func shape(_ word: some StringProtocol) -> String {
        var shape = ""
        for character in word {
            let mark: Character =
                character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d" : character
            if shape.last != mark { shape.append(mark) }
            if shape.count == 5 { break }
        }
        return shape
    }
}
