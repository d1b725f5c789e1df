import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: set)`, without Foundation's round trip through UTF-16 when neither end is in
    /// `set`: nearly every name and paragraph needs no trimming, and that round trip cost more than the rest
    /// of the work on them. Inlinable, so that callers in other modules get it specialized for their string type:
    /// the generic body reached every scalar through protocol witnesses.
    @inlinable
    package func trimmingEdges(in set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        guard set.contains(first) || set.contains(last) else { return String(self) }
        return trimmingCharacters(in: set)
    }
}
