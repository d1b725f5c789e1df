/// Walks a page and cuts its visible text into `TextBlock`s, skipping chrome.
///
/// Block-level elements end a block; inline elements (links, emphasis, spans) stay inside it;
/// two line breaks in a row end a block too, as sites without `<p>` separate paragraphs that way.
struct TextBlockCollector {
    private static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
        "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
        "address", "center", "hr", "body", "html", "fieldset", "details", "summary", "hgroup",
    ]

    private(set) var blocks: [TextBlock] = []
    private var text = ""
    private var linkText = ""
    private var pendingBreak = false

    static func blocks(in root: HTMLNode) -> [TextBlock] {
        var collector = TextBlockCollector()
        collector.walk(root, container: root, inLink: false)
        collector.flush(container: root)
        return collector.blocks
    }

    private mutating func walk(_ node: HTMLNode, container: HTMLNode, inLink: Bool) {
        for child in node.children {
            if child.isText {
                let content = child.content
                if content.contains(where: { !$0.isWhitespace }) { pendingBreak = false }
                text += content
                if inLink { linkText += content }
                continue
            }
            guard child.isElement, !PageChrome.isChrome(child) else { continue }
            let tag = child.name
            if tag == "br" {
                if pendingBreak {
                    flush(container: container)
                } else {
                    text += " "
                    pendingBreak = true
                }
            } else if TextBlockCollector.blockTags.contains(tag) {
                flush(container: container)
                walk(child, container: child, inLink: inLink)
                flush(container: child)
            } else {
                walk(child, container: container, inLink: inLink || tag == "a")
            }
        }
    }

    private mutating func flush(container: HTMLNode) {
        defer {
            text = ""
            linkText = ""
            pendingBreak = false
        }
        let collapsed = WhitespaceCollapsing.collapse(text)
        guard !collapsed.isEmpty else { return }
        let links = WhitespaceCollapsing.collapse(linkText).count
        blocks.append(
            TextBlock(
                text: collapsed,
                linkCharacters: min(links, collapsed.count),
                container: container,
                kind: TextBlockCollector.kind(of: container)
            ))
    }

    private static func kind(of container: HTMLNode) -> TextBlock.Kind {
        switch container.name {
        case "p", "blockquote", "pre", "dd": .paragraph
        case "h1": .headline
        case "h2", "h3", "h4", "h5", "h6": .heading
        case "li", "dt": .listItem
        default: .loose
        }
    }
}
