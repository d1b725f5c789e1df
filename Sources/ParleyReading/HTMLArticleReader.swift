/// Reads a saved news web page into its headline, metadata and article paragraphs.
///
/// Parsing is libxml2's HTML parser, which repairs tag soup and truncated pages;
/// the character set is sniffed first (byte order mark, declaration, then the bytes).
///
/// ```swift
/// let page = try HTMLArticleReader.read(Array(data), path: "pages/summit.html")
/// for paragraph in page.paragraphs { print(paragraph) }
/// ```
public enum HTMLArticleReader {
    /// How much of the page is checked for NUL bytes, the mark of a binary file.
    static let binaryProbeLength = 1024

    /// Reads `bytes`, the content of the file at `path` (used in error messages only).
    ///
    /// - Throws: `ReadError.empty`, `.binary`, `.tooLarge` (more than `maxBytes`),
    ///   `.unreadable` when libxml2 yields no tree, `.noArticleText` when no paragraph survives.
    public static func read(_ bytes: [UInt8], path: String, maxBytes: Int = 50_000_000) throws(ReadError) -> HTMLPage {
        if bytes.count > maxBytes { throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
        if BlankBytes.isBlank(bytes) { throw .empty(path: path) }
        let decision = CharsetSniffer.decide(bytes)
        let isUTF16 = decision.encoding.hasPrefix("UTF-16")
        if !isUTF16, bytes.prefix(binaryProbeLength).contains(0) { throw .binary(path: path) }
        guard let document = HTMLDocument(bytes: decision.bytes, encoding: decision.encoding),
            let root = document.root
        else {
            throw .unreadable(path: path, reason: "libxml2 could not build a document from the page")
        }
        let metadata = HTMLMetadata(root: root)
        let paragraphs = MainTextFinder(root: root)
            .paragraphs(title: metadata.title, linkedDataBody: metadata.linkedDataBody)
        guard !paragraphs.isEmpty else { throw .noArticleText(path: path) }
        return HTMLPage(
            title: metadata.title,
            published: metadata.published,
            canonicalURL: metadata.canonicalURL,
            siteName: metadata.siteName,
            author: metadata.author,
            paragraphs: paragraphs
        )
    }
}
