import Foundation
import ParleyModel

/// The facts a page declares about its article, from `<meta>` tags, JSON-LD and the markup itself.
struct HTMLMetadata {
    var title: String?
    var published: CalendarDate?
    var canonicalURL: String?
    var siteName: String?
    var author: String?
    /// The article text JSON-LD carries, used when the markup's own text is thinner.
    var linkedDataBody: String?

    /// `<meta>` names that carry the publication date, most specific first.
    private static let dateMetaNames = [
        "date", "pubdate", "publish-date", "publish_date", "publishdate", "sailthru.date", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "parsely-pub-date",
        "article:published", "og:published_time", "datepublished", "pdate", "originalpublicationdate",
    ]

    init(root: HTMLNode) {
        let declared = Declarations(root: root)
        let meta = declared.meta
        let linkedData = LinkedDataArticle(scripts: declared.scripts)
        siteName = meta["og:site_name"] ?? linkedData.publisherName
        canonicalURL = declared.canonical.flatMap { $0.isEmpty ? nil : $0 } ?? meta["og:url"]
        author = [meta["author"], linkedData.authorName, meta["parsely-author"], meta["article:author"]]
            .compactMap { $0 }
            .first { !$0.isEmpty && !$0.hasPrefix("http") }
        linkedDataBody = linkedData.articleBody

        let siteName = siteName
        title = [
            meta["og:title"].map { HTMLMetadata.strippingSiteName($0, siteName: siteName, always: false) },
            linkedData.headline,
            declared.firstHeading,
            meta["twitter:title"].map { HTMLMetadata.strippingSiteName($0, siteName: siteName, always: false) },
            declared.documentTitle.map { HTMLMetadata.strippingSiteName($0, siteName: siteName, always: true) },
        ]
        .compactMap { $0 }
        .first { !$0.isEmpty }

        let declaredDates =
            [
                meta["article:published_time"], meta["og:article:published_time"], linkedData.datePublished,
                declared.timeInArticle,
            ]
            + HTMLMetadata.dateMetaNames.map { meta[$0] }
            + [declared.itempropDate]
        published =
            declaredDates.compactMap { $0 }.lazy.compactMap(PublicationDateText.date(from:)).first
            ?? canonicalURL.flatMap(PublicationDateText.date(inURL:))
    }

    /// What the markup itself declares, the first of each kind in document order: `<meta>` contents by name,
    /// the canonical link, `<title>`, the first `<h1>`, publication times, JSON-LD scripts.
    private struct Declarations {
        var meta: [String: String] = [:]
        var canonical: String?
        var documentTitle: String?
        var firstHeading: String?
        var timeInArticle: String?
        var itempropDate: String?
        var scripts: [String] = []

        init(root: HTMLNode) {
            for node in root.descendants { read(node) }
        }

        private mutating func read(_ node: HTMLNode) {
            switch node.name {
            case "meta":
                guard let content = node.attribute("content").map(WhitespaceCollapsing.collapse), !content.isEmpty
                else { return }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = node.attribute(key)?.lowercased(), meta[name] == nil { meta[name] = content }
                }
                if node.attribute("itemprop") == "datePublished", itempropDate == nil { itempropDate = content }
            case "link":
                let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href") }
            case "title":
                if documentTitle == nil { documentTitle = WhitespaceCollapsing.collapse(node.content) }
            case "h1":
                let text = WhitespaceCollapsing.collapse(node.content)
                if firstHeading == nil, !text.isEmpty { firstHeading = text }
            case "time":
                guard let stamp = node.attribute("datetime") ?? node.attribute("content") else { return }
                if node.attribute("itemprop") == "datePublished", itempropDate == nil { itempropDate = stamp }
                let declaresPublication =
                    node.hasAttribute("pubdate")
                    || (node.attribute("class")?.lowercased().contains("publish") ?? false)
                if timeInArticle == nil, declaresPublication || node.ancestor(named: "article") != nil {
                    timeInArticle = stamp
                }
            case "script":
                if node.attribute("type")?.lowercased() == "application/ld+json" { scripts.append(node.content) }
            default:
                if node.attribute("itemprop") == "datePublished", itempropDate == nil {
                    itempropDate = node.attribute("content") ?? node.attribute("datetime") ?? node.content
                }
            }
        }
    }

    /// Separators sites put between a headline and their own name in `<title>`.
    private static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "]

    /// Removes a trailing (or leading) " | Site" from a title.
    ///
    /// A part that names the site is always removed; in `<title>` (`always`), a short last part after
    /// a separator is taken to be the site too, as long as a real headline remains.
    static func strippingSiteName(_ title: String, siteName: String?, always: Bool) -> String {
        let site = siteName?.lowercased()
        for separator in titleSeparators {
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            if let site, parts.last?.lowercased().trimmingCharacters(in: .whitespaces) == site {
                return parts.dropLast().joined(separator: separator)
            }
            if let site, parts.first?.lowercased().trimmingCharacters(in: .whitespaces) == site {
                return parts.dropFirst().joined(separator: separator)
            }
            if always, let last = parts.last {
                let rest = parts.dropLast().joined(separator: separator)
                let restWords = rest.split(separator: " ").count
                if last.split(separator: " ").count <= 4, restWords >= 3 || separator == " | " {
                    return rest
                }
            }
        }
        return title
    }
}
