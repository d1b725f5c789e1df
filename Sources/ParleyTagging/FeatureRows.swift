/// Where each feature's weights sit, found by the feature's hash in an open-addressing table.
///
/// Tagging looks up twenty features per word; a `[UInt32: Range<Int>]` spent most of that time
/// in `Hasher` (SipHash) and in probing. The keys are already FNV-1a hashes, so one multiply spreads
/// them over a power-of-two table kept at most half full, and a slot holds the key and its row.
struct FeatureRows: Sendable {
    private struct Slot {
        var feature: UInt32
        /// `UInt32.max` for an empty slot.
        var start: UInt32
        var end: UInt32
    }

    private var slots: [Slot]
    private var shift: UInt32
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(feature: 0, start: .max, end: 0), count: size)
        shift = UInt32(32 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func home(of feature: UInt32) -> Int {
        Self.home(of: feature, shift: shift)
    }

    @inline(__always)
    private static func home(of feature: UInt32, shift: UInt32) -> Int {
        Int((feature &* 0x9E37_79B1) >> shift)
    }

    /// Sets the row of `feature`, replacing the one it had.
    mutating func insert(_ feature: UInt32, _ row: Range<Int>) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = home(of: feature)
        while slots[index].start != .max {
            if slots[index].feature == feature {
                slots[index].start = UInt32(row.lowerBound)
                slots[index].end = UInt32(row.upperBound)
                return
            }
            index = (index + 1) & mask
        }
        slots[index] = Slot(feature: feature, start: UInt32(row.lowerBound), end: UInt32(row.upperBound))
        count += 1
    }

    private mutating func grow() {
        var larger = FeatureRows(capacity: slots.count)
        for slot in slots where slot.start != .max {
            larger.insert(slot.feature, Int(slot.start)..<Int(slot.end))
        }
        self = larger
    }

    subscript(feature: UInt32) -> Range<Int>? {
        slots.withUnsafeBufferPointer { Self.row(of: feature, in: $0, shift: shift) }
    }

    @inline(__always)
    private static func row(of feature: UInt32, in slots: UnsafeBufferPointer<Slot>, shift: UInt32) -> Range<Int>? {
        let mask = slots.count - 1
        var index = home(of: feature, shift: shift)
        while true {
            let slot = slots[index]
            if slot.start == .max { return nil }
            if slot.feature == feature { return Int(slot.start)..<Int(slot.end) }
            index = (index + 1) & mask
        }
    }

    /// The row of each of `features` in turn (an empty one for a feature the model lacks), into `found`. Every slot
    /// is read before any row is summed: the table and the weights are larger than the processor's cache, and
    /// independent loads overlap where a lookup followed by its row's sum waited for each miss in turn.
    func rows(of features: [UInt32], into found: UnsafeMutableBufferPointer<Range<Int>>) {
        slots.withUnsafeBufferPointer { slots in
            for (position, feature) in features.enumerated() {
                found.initializeElement(at: position, to: Self.row(of: feature, in: slots, shift: shift) ?? 0..<0)
            }
        }
    }

    /// Every feature that has a row, in no particular order.
    var features: [UInt32] {
        slots.compactMap { $0.start == .max ? nil : $0.feature }
    }
}
