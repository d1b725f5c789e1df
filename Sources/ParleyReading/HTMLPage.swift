import ParleyModel

/// What a news web page says once its chrome is stripped: the headline, the metadata and the article's paragraphs.
///
/// ```swift
/// let page = try HTMLArticleReader.read(bytes, path: "story.html")
/// print(page.title ?? "untitled", page.published?.description ?? "undated")
/// ```
public struct HTMLPage: Sendable, Hashable {
    /// The headline, without the site name that `<title>` often appends.
    public var title: String?
    /// The day the article was first published, as the page states it.
    public var published: CalendarDate?
    /// The page's own address (`link rel=canonical` or `og:url`).
    public var canonicalURL: String?
    /// The publication's name (`og:site_name`).
    public var siteName: String?
    /// The byline's name, when the page declares one.
    public var author: String?
    /// The article's main text, one string per paragraph, whitespace collapsed; the headline is not repeated here.
    public var paragraphs: [String]

    public init(
        title: String? = nil,
        published: CalendarDate? = nil,
        canonicalURL: String? = nil,
        siteName: String? = nil,
        author: String? = nil,
        paragraphs: [String] = []
    ) {
        self.title = title
        self.published = published
        self.canonicalURL = canonicalURL
        self.siteName = siteName
        self.author = author
        self.paragraphs = paragraphs
    }
}
