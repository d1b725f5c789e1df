/// FNV-1a over the bytes of a feature's template and values.
///
/// The tagger keys its weights by these 32-bit hashes instead of feature strings: the model file
/// stays small and tagging allocates no strings per feature. Swift's `Hasher` is seeded per process,
/// so it cannot key a file; FNV-1a is the same everywhere. Two features of the training data sharing
/// a hash (about one pair in 10,000 at this size) only pool their weights.
struct FeatureHash {
    private(set) var value: UInt32 = 2_166_136_261

    init(_ template: FeatureTemplate) { add(template.rawValue) }

    mutating func add(_ byte: UInt8) { value = (value ^ UInt32(byte)) &* 16_777_619 }

    /// A value, closed by a zero byte so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ text: some StringProtocol) {
        for byte in text.utf8 { add(byte) }
        add(0)
    }

    func adding(_ text: some StringProtocol) -> FeatureHash {
        var copy = self
        copy.add(text)
        return copy
    }
}
