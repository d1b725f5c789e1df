/// The learned part of the tagger: a weight per feature and tag, and the tags of frequent
/// words that always carry the same one.
package struct TaggerModel: Sendable {
    /// The tags the weights score, in the order of their indices.
    package let tags: [PartOfSpeech]
    /// Words (as written) tagged the same way nearly every time they occurred in training.
    package let tagDictionary: [String: PartOfSpeech]
    /// Each feature's weights: `entries[range]`.
    let rows: FeatureRows
    /// A weight beside its tag's index, so that a feature's row is one run of memory, not two.
    struct Entry {
        let weight: Float
        let tag: UInt32
    }
    let entries: [Entry]

    init(
        tags: [PartOfSpeech], tagDictionary: [String: PartOfSpeech], rows: FeatureRows, tagIndices: [UInt8],
        weights: [Float]
    ) {
        self.tags = tags
        self.tagDictionary = tagDictionary
        self.rows = rows
        entries = zip(tagIndices, weights).map { Entry(weight: $1, tag: UInt32($0)) }
    }

    /// A model from sparse weights: for each feature hash, (tag index, weight) pairs.
    package init(
        tags: [PartOfSpeech], tagDictionary: [String: PartOfSpeech],
        weights sparse: [UInt32: [(tag: Int, weight: Float)]]
    ) {
        var rows = FeatureRows(capacity: sparse.count)
        var tagIndices: [UInt8] = []
        var weights: [Float] = []
        // Sorted, so that the same weights give the same arrays in every process.
        for feature in sparse.keys.sorted() {
            let start = weights.count
            for entry in sparse[feature]! {
                tagIndices.append(UInt8(entry.tag))
                weights.append(entry.weight)
            }
            rows.insert(feature, start..<weights.count)
        }
        self.init(tags: tags, tagDictionary: tagDictionary, rows: rows, tagIndices: tagIndices, weights: weights)
    }

    package var featureCount: Int { rows.count }

    /// Adds the weights of each of `features` to `scores`, indexed like `tags`, feature after feature (all rows
    /// found first, see `FeatureRows.rows(of:into:)`; the sums are made in the same order).
    @inline(__always)
    func accumulate(_ features: [UInt32], into scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: features.count) { found in
            rows.rows(of: features, into: found)
            entries.withUnsafeBufferPointer { entries in
                for range in found {
                    for entry in entries[range] {
                        scores[Int(entry.tag)] += entry.weight
                    }
                }
            }
        }
    }

    /// Every feature's weights, sorted by feature hash.
    package func sortedRows() -> [(feature: UInt32, entries: [(tag: Int, weight: Float)])] {
        rows.features.sorted().map { feature in
            (feature, rows[feature]!.map { (Int(entries[$0].tag), entries[$0].weight) })
        }
    }
}
