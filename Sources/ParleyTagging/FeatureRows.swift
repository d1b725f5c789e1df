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
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = home(of: feature)
            while true {
                let slot = slots[index]
                if slot.start == .max { return nil }
                if slot.feature == feature { return Int(slot.start)..<Int(slot.end) }
                index = (index + 1) & mask
            }
        }
    }

    /// Every feature that has a row, in no particular order.
    var features: [UInt32] {
        slots.compactMap { $0.start == .max ? nil : $0.feature }
    }
}
