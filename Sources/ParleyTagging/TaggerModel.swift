/// The learned part of the tagger: a weight per feature and tag, and the tags of frequent
/// words that always carry the same one.
package struct TaggerModel: Sendable {
    /// The tags the weights score, in the order of their indices.
    package let tags: [PartOfSpeech]
    /// Words (as written) tagged the same way nearly every time they occurred in training.
    package let tagDictionary: [String: PartOfSpeech]
    /// Each feature's weights: `weights[range]`, with their tags in `tagIndices[range]`.
    let rows: [UInt32: Range<Int>]
    let tagIndices: [UInt8]
    let weights: [Float]

    init(
        tags: [PartOfSpeech], tagDictionary: [String: PartOfSpeech], rows: [UInt32: Range<Int>], tagIndices: [UInt8],
        weights: [Float]
    ) {
        self.tags = tags
        self.tagDictionary = tagDictionary
        self.rows = rows
        self.tagIndices = tagIndices
        self.weights = weights
    }

    /// A model from sparse weights: for each feature hash, (tag index, weight) pairs.
    package init(
        tags: [PartOfSpeech], tagDictionary: [String: PartOfSpeech],
        weights sparse: [UInt32: [(tag: Int, weight: Float)]]
    ) {
        var rows: [UInt32: Range<Int>] = [:]
        var tagIndices: [UInt8] = []
        var weights: [Float] = []
        // Sorted, so that the same weights give the same arrays in every process.
        for feature in sparse.keys.sorted() {
            let start = weights.count
            for entry in sparse[feature]! {
                tagIndices.append(UInt8(entry.tag))
                weights.append(entry.weight)
            }
            rows[feature] = start..<weights.count
        }
        self.init(tags: tags, tagDictionary: tagDictionary, rows: rows, tagIndices: tagIndices, weights: weights)
    }

    package var featureCount: Int { rows.count }

    /// Adds the weights of `feature` to `scores`, indexed like `tags`.
    @inline(__always)
    func accumulate(_ feature: UInt32, into scores: inout [Float]) {
        guard let range = rows[feature] else { return }
        for index in range {
            scores[Int(tagIndices[index])] += weights[index]
        }
    }

    /// Every feature's weights, sorted by feature hash.
    package func sortedRows() -> [(feature: UInt32, entries: [(tag: Int, weight: Float)])] {
        rows.keys.sorted().map { feature in
            (feature, rows[feature]!.map { (Int(tagIndices[$0]), weights[$0]) })
        }
    }
}
