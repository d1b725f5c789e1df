/// An article as read from a file or record, before extraction.
public struct Article: Sendable, Hashable {
    /// Where it came from: a path, or `PATH#ID` for a record of a JSON file.
    public var origin: String
    public var title: String?
    public var published: CalendarDate?
    /// The cleaned main text; paragraphs are separated by a blank line.
    public var text: String
    /// Every other key the source carried (source URL, author, site name, ...).
    public var metadata: [String: String]

    public init(
        origin: String, title: String? = nil, published: CalendarDate? = nil,
        text: String, metadata: [String: String] = [:]
    ) {
        self.origin = origin
        self.title = title
        self.published = published
        self.text = text
        self.metadata = metadata
    }
}
