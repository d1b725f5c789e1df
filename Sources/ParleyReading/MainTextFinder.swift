import CLibXML2

/// Finds the article's paragraphs among a page's text blocks.
///
/// A block the page marks as the article body (`itemprop="articleBody"`) wins when it holds real text;
/// otherwise each paragraph votes for its parent and grandparent, weighted by length and commas,
/// votes are discounted by link density, and the winner (with any sibling that also holds article
/// text, and its enclosing `<article>` when that adds little else) is the body. This is the scoring
/// Readability made standard, kept small.
struct MainTextFinder {
    /// Below this, a paragraph is a caption or a button, not evidence of where the article is.
    static let minimumParagraphLength = 25
    /// Below this many characters, a block the page calls the article body is taken to be a summary.
    static let substantialBodyLength = 250
    /// Blocks whose text is mostly links are navigation or "read more" teasers.
    static let maximumLinkRatio = 0.8

    let blocks: [TextBlock]

    init(root: HTMLNode) {
        blocks = TextBlockCollector.blocks(in: root)
    }

    /// The article's paragraphs, headline excluded, boilerplate removed; empty when the page has no article text.
    func paragraphs(title: String?, linkedDataBody: String?) -> [String] {
        let chosen = bodyNodes()
        let kept =
            blocks
            .filter { block in chosen.contains { $0.contains(block.container) } }
            .filter { $0.kind != .headline && $0.linkRatio <= MainTextFinder.maximumLinkRatio }
        var paragraphs = MainTextFinder.droppingOrphanHeadings(kept).map(\.text)
        if let linkedDataBody {
            let linked = linkedDataBody.split(whereSeparator: \.isNewline).map(WhitespaceCollapsing.collapse)
            let linkedLength = linked.reduce(0) { $0 + $1.count }
            let markupLength = paragraphs.reduce(0) { $0 + $1.count }
            if linkedLength >= MainTextFinder.substantialBodyLength, markupLength * 2 < linkedLength {
                paragraphs = linked
            }
        }
        let headline = title.map { WhitespaceCollapsing.collapse($0).lowercased() }
        paragraphs = paragraphs.filter { paragraph in
            paragraph.contains(where: \.isLetter) && paragraph.lowercased() != headline
        }
        return BoilerplateFilter.clean(paragraphs)
    }

    /// Headings with no text under them head link lists ("People in this story") that were removed.
    static func droppingOrphanHeadings(_ blocks: [TextBlock]) -> [TextBlock] {
        blocks.indices.compactMap { index in
            guard blocks[index].kind == .heading else { return blocks[index] }
            let next = blocks.index(after: index)
            return next < blocks.endIndex && blocks[next].kind != .heading ? blocks[index] : nil
        }
    }

    /// The elements holding the article, in document order.
    func bodyNodes() -> [HTMLNode] {
        let scored = scoredCandidates()
        let best = scored.max { $0.value.final < $1.value.final }
        let bestLength = best.map { textLength(in: [$0.value.node]) } ?? 0
        let declared = declaredBodies()
        if !declared.isEmpty {
            let declaredLength = textLength(in: declared)
            if declaredLength >= MainTextFinder.substantialBodyLength, declaredLength * 5 >= bestLength * 2 {
                return declared
            }
        }
        guard let best = best?.value else { return [] }
        var chosen = siblings(of: best, scored: scored)
        if let article = best.node.parent?.ancestor(named: "article"), !chosen.contains(where: { $0.contains(article) })
        {
            let chosenLength = textLength(in: chosen)
            if linkDensity(in: article) < 0.25, Double(textLength(in: [article])) <= Double(chosenLength) * 1.6 {
                chosen = [article]
            }
        }
        return chosen
    }

    /// Elements the page itself labels as the article body; nested labels count once.
    private func declaredBodies() -> [HTMLNode] {
        var seen = Set<xmlNodePtr>()
        var result: [HTMLNode] = []
        for block in blocks {
            var node: HTMLNode? = block.container
            var outermost: HTMLNode?
            while let current = node {
                if current.attribute("itemprop") == "articleBody" || current.attribute("property") == "articleBody"
                    || current.attribute("name") == "articleBody"
                {
                    outermost = current
                }
                node = current.parent
            }
            if let outermost, seen.insert(outermost.pointer).inserted { result.append(outermost) }
        }
        return result
    }

    struct Candidate {
        var node: HTMLNode
        var score: Double
        var final: Double = 0
    }

    private func scoredCandidates() -> [xmlNodePtr: Candidate] {
        var candidates: [xmlNodePtr: Candidate] = [:]
        for block in blocks where block.kind == .paragraph || block.kind == .loose {
            let length = block.text.count
            guard length >= MainTextFinder.minimumParagraphLength else { continue }
            let commas = block.text.filter { $0 == "," || $0 == "，" || $0 == "、" }.count
            let points = 1 + Double(commas) + min(Double(length) / 100, 3)
            let parent: HTMLNode? = block.kind == .loose ? block.container : block.container.parent
            for (level, node) in [parent, parent?.parent].enumerated() {
                guard let node else { continue }
                var candidate =
                    candidates[node.pointer] ?? Candidate(node: node, score: MainTextFinder.initialScore(node))
                candidate.score += level == 0 ? points : points / 2
                candidates[node.pointer] = candidate
            }
        }
        for (key, candidate) in candidates {
            candidates[key]?.final = candidate.score * (1 - linkDensity(in: candidate.node))
        }
        return candidates
    }

    private static func initialScore(_ node: HTMLNode) -> Double {
        let tagWeight: Double =
            switch node.name {
            case "article": 10
            case "div", "section": 5
            case "pre", "td", "blockquote": 3
            case "ol", "ul", "dl", "dd", "dt", "li": -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
            default: 0
            }
        return tagWeight + PageChrome.nameWeight(node)
    }

    /// The best candidate with the siblings that also hold article text: bodies split in several
    /// `<div>`s around ads and media.
    private func siblings(of best: Candidate, scored: [xmlNodePtr: Candidate]) -> [HTMLNode] {
        guard let parent = best.node.parent else { return [best.node] }
        let threshold = max(10, best.final * 0.2)
        return parent.children.filter { sibling in
            guard sibling.isElement else { return false }
            if sibling.pointer == best.node.pointer { return true }
            if let candidate = scored[sibling.pointer], candidate.final >= threshold { return true }
            guard sibling.name == "p" else { return false }
            let length = textLength(in: [sibling])
            return length > 80 && linkDensity(in: sibling) < 0.25
        }
    }

    private func textLength(in nodes: [HTMLNode]) -> Int {
        blocks.reduce(0) { sum, block in
            nodes.contains { $0.contains(block.container) } ? sum + block.text.count : sum
        }
    }

    private func linkDensity(in node: HTMLNode) -> Double {
        var total = 0
        var links = 0
        for block in blocks where node.contains(block.container) {
            total += block.text.count
            links += block.linkCharacters
        }
        return total == 0 ? 0 : Double(links) / Double(total)
    }
}
