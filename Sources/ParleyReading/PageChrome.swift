/// Recognizes the parts of a page that are never the article: scripts, navigation, sharing and comment widgets, ads, hidden text.
enum PageChrome {
    /// Elements whose whole content is chrome, media or code.
    static let chromeTags: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "figure", "figcaption", "template", "object", "embed", "video", "audio", "canvas", "select", "textarea",
        "input", "label", "menu", "dialog", "head", "title", "meta", "link",
    ]

    /// Class or id words that mark chrome whatever else the element says it is.
    private static let strongWords = [
        "comment", "share", "sharing", "social", "newsletter", "promo", "advert", "cookie", "subscri",
        "breadcrumb", "related", "recommend", "outbrain", "taboola", "teaser", "adsense", "sponsor", "signup",
        "login", "popup", "trending", "mostread", "caption", "credit", "byline", "timestamp",
    ]
    /// Words that begin like chrome words but name article text.
    private static let notChromeWords: Set<String> = ["commentary", "commentaries"]
    /// Class or id words that mark chrome unless the element also calls itself the article or its content,
    /// as layout wrappers do ("has-sidebar content", "box article modal-enabled").
    private static let weakWords = ["sidebar", "footer", "nav", "menu", "widget", "rail", "modal", "masthead"]
    /// Whole words only: "ad" as a prefix would also hit "header", "lead" and "download".
    private static let exactWords: Set<String> = ["ad", "ads", "dfp", "gpt", "skip", "bio", "more-stories"]
    private static let articleWords = ["article", "body", "content", "main", "story", "entry", "post", "text"]
    private static let hiddenWords: Set<String> = [
        "hidden", "hide", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "off-screen",
        "offscreen", "d-none", "is-hidden", "invisible", "element-invisible",
    ]
    /// Elements too structural to judge by their class: a WordPress `<body>` lists "comments-open" among its classes.
    private static let structuralTags: Set<String> = ["html", "body", "main", "article"]

    /// True when nothing beneath `node` can be article text.
    static func isChrome(_ node: HTMLNode) -> Bool {
        let tag = node.name
        if chromeTags.contains(tag) { return true }
        if isHidden(node) { return true }
        if structuralTags.contains(tag) { return false }
        return hasChromeName(node)
    }

    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.hasAttribute("hidden") || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        let classes = node.attribute("class")?.lowercased().split(whereSeparator: \.isWhitespace) ?? []
        return classes.contains { hiddenWords.contains(String($0)) }
    }

    /// Whether the element's class or id names it as chrome.
    static func hasChromeName(_ node: HTMLNode) -> Bool {
        let names = [node.attribute("class"), node.attribute("id")].compactMap { $0?.lowercased() }
        guard !names.isEmpty else { return false }
        let tokens = names.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        let words = tokens.flatMap { $0.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init) }
        if tokens.contains(where: exactWords.contains) || words.contains(where: exactWords.contains) { return true }
        let isStrong = words.contains { word in
            !notChromeWords.contains(word) && strongWords.contains { word.hasPrefix($0) }
        }
        if isStrong { return true }
        let isWeak = words.contains { word in weakWords.contains { word.hasPrefix($0) } }
        let callsItselfArticle = words.contains { word in articleWords.contains { word.hasPrefix($0) } }
        return isWeak && !callsItselfArticle
    }

    /// Words in a class or id that suggest article text, and words that suggest the opposite;
    /// used to weigh candidates rather than to remove them.
    static func nameWeight(_ node: HTMLNode) -> Double {
        let names = [node.attribute("class"), node.attribute("id")].compactMap { $0?.lowercased() }.joined(
            separator: " ")
        guard !names.isEmpty else { return 0 }
        var weight = 0.0
        if articleWords.contains(where: names.contains) { weight += 25 }
        if ["byline", "meta", "caption", "credit", "author", "tags", "masthead", "banner"].contains(
            where: names.contains)
        {
            weight -= 25
        }
        return weight
    }
}
