/// SplitMix64: a small, fast generator whose output depends only on its seed, on every platform,
/// so that the same `--seed` always writes the same corpus (the system generator cannot be seeded).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    /// An index in `0 ..< count` skewed towards 0, as news coverage is: a few actors recur in most
    /// articles, most appear rarely (the square of a uniform draw puts ~3% of draws on the first 0.1%).
    mutating func skewedIndex(_ count: Int) -> Int {
        let u = Double.random(in: 0..<1, using: &self)
        return min(count - 1, Int(Double(count) * u * u))
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
}
