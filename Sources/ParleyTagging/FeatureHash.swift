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
        // Over the contiguous bytes when the string has them (native strings always do): iterating a
        // `UTF8View` byte by byte cost more than the hashing.
        let hashed = text.utf8.withContiguousStorageIfAvailable { bytes in
            var value = self.value
            for byte in bytes { value = (value ^ UInt32(byte)) &* 16_777_619 }
            return value
        }
        guard let hashed else { return add(text.utf8) }
        value = hashed
        add(0)
    }

    private mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
        add(0)
    }

    func adding(_ text: some StringProtocol) -> FeatureHash {
        var copy = self
        copy.add(text)
        return copy
    }

    /// Adds the last `length` Unicode scalars of `text` (all of it when shorter), found in its bytes without
    /// making a substring: a byte that is no UTF-8 continuation byte starts a scalar.
    func addingSuffix(of text: String, scalars length: Int) -> FeatureHash {
        let utf8 = text.utf8
        var start = utf8.endIndex
        var remaining = length
        while remaining > 0, start > utf8.startIndex {
            utf8.formIndex(before: &start)
            if utf8[start] & 0xC0 != 0x80 { remaining -= 1 }
        }
        var copy = self
        copy.add(Substring(utf8[start...]))
        return copy
    }
}
