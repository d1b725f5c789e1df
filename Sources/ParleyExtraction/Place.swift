/// A place a sentence names, for the location of a meeting.
struct Place: Sendable, Hashable {
    let range: Range<Int>
    let name: String
    /// The country the place is in, or is.
    let country: String?
}
