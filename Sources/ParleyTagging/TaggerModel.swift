/// The learned part of the tagger: a weight per feature and tag, and the tags of frequent
/// words that always carry the same one.
package struct TaggerModel: Sendable {
    /// One feature's weights: `weights[range]` with their tags in `tagIndices[range]`.
    package struct Row: Sendable {
        let range: Range<Int>
    }

    /// The tags the weights score, in the order of their indices.
    package let tags: [Tag]
    /// Words (as written) tagged the same way nearly every time they occurred in training.
    package let tagDictionary: [String: Tag]
    private(set) var rows: [UInt32: Row] = [:]
    private(set) var tagIndices: [UInt8] = []
    private(set) var weights: [Float] = []

    /// A model from sparse weights: for each feature hash, (tag index, weight) pairs.
    package init(tags: [Tag], tagDictionary: [String: Tag], weights sparse: [UInt32: [(tag: Int, weight: Float)]]) {
        self.tags = tags
        self.tagDictionary = tagDictionary
        rows.reserveCapacity(sparse.count)
        // Sorted, so that the same weights give the same arrays in every process.
        for feature in sparse.keys.sorted() {
            let start = weights.count
            for entry in sparse[feature]! {
                tagIndices.append(UInt8(entry.tag))
                weights.append(entry.weight)
            }
            rows[feature] = Row(range: start..<weights.count)
        }
    }

    package var featureCount: Int { rows.count }

    /// Adds the weights of `feature` to `scores`, indexed like `tags`.
    @inline(__always)
    func accumulate(_ feature: UInt32, into scores: inout [Float]) {
        guard let row = rows[feature] else { return }
        for index in row.range {
            scores[Int(tagIndices[index])] += weights[index]
        }
    }

    /// Every feature's weights, sorted by feature hash.
    package func sortedRows() -> [(feature: UInt32, entries: [(tag: Int, weight: Float)])] {
        rows.keys.sorted().map { feature in
            let range = rows[feature]!.range
            return (feature, range.map { (Int(tagIndices[$0]), weights[$0]) })
        }
    }
}
