import Foundation

/// The article facts a page states in its JSON-LD (`<script type="application/ld+json">`).
struct LinkedDataArticle: Sendable, Equatable {
    var headline: String?
    var datePublished: String?
    var authorName: String?
    var publisherName: String?
    var articleBody: String?

    /// Schema.org types that describe the article itself rather than the site or a breadcrumb.
    private static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "WebPage",
    ]

    /// Merges what every JSON-LD block says, article-typed objects first; blocks that do not parse are skipped,
    /// since a broken widget's JSON must not cost the page its article.
    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let data = LinkedDataArticle.unwrapped(script).data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            LinkedDataArticle.collect(json, into: &objects)
        }
        let articles = objects.filter { LinkedDataArticle.isArticle($0) }
        for object in articles + objects {
            headline = headline ?? LinkedDataArticle.string(object["headline"])
            datePublished = datePublished ?? LinkedDataArticle.string(object["datePublished"])
            authorName = authorName ?? LinkedDataArticle.name(object["author"])
            publisherName = publisherName ?? LinkedDataArticle.name(object["publisher"])
            articleBody = articleBody ?? LinkedDataArticle.string(object["articleBody"])
        }
    }

    /// CMSs wrap the JSON in HTML comments or CDATA markers to hide it from old browsers.
    private static func unwrapped(_ script: String) -> String {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        for (open, close) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")] {
            if text.hasPrefix(open), text.hasSuffix(close) {
                text = String(text.dropFirst(open.count).dropLast(close.count))
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return text
    }

    /// Flattens arrays and `@graph` lists into one list of objects.
    private static func collect(_ json: Any, into objects: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for element in array { collect(element, into: &objects) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects) }
        }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types =
            (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? [object["@type"] as? String].compactMap { $0 }
        return types.contains { articleTypes.contains($0) }
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// A person or organization is a name, an object with a `name`, or a list of either; the first is taken.
    private static func name(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] { return array.lazy.compactMap { name($0) }.first }
        return string(value)
    }
}
