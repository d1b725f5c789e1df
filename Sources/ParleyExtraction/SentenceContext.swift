import ParleyModel

/// What the finders of meetings and statements see of one sentence.
struct SentenceContext {
    let sentence: Sentence
    let tokens: [Token]
    /// Mentions in order, pronouns already resolved to entities.
    let mentions: [Mention]
    let places: [Place]
    let times: [TimeExpression]
    let published: CalendarDate?
    let knowledge: Knowledge

    static let clauseBreaks: Set<Substring> = [";", "\u{2014}", "\u{2013}", "(", ")", ":"]
    static let quotes: Set<Substring> = ["\"", "\u{201C}", "\u{201D}"]

    var evidence: Evidence { Evidence(sentence: sentence.text, start: sentence.start, end: sentence.end) }

    func isClauseBreak(_ index: Int) -> Bool {
        let token = tokens[index]
        if Self.clauseBreaks.contains(token.text) { return true }
        // A spaced hyphen is a dash; "U.S.-China" is not.
        if token.text == "-" {
            let spacedBefore = index > 0 && tokens[index - 1].end < token.start
            let spacedAfter = index + 1 < tokens.count && tokens[index + 1].start > token.end
            return spacedBefore && spacedAfter
        }
        return false
    }

    /// True when no clause break lies in `range`.
    func sameClause(_ range: Range<Int>) -> Bool {
        !range.contains(where: isClauseBreak)
    }

    /// The index of the mention that ends nearest before `position`, within `maxGap` tokens and the same clause.
    func mentionBefore(_ position: Int, maxGap: Int, actorsOnly: Bool = true) -> Int? {
        for index in mentions.indices.reversed() where mentions[index].range.upperBound <= position {
            let mention = mentions[index]
            if actorsOnly && !mention.canAct { continue }
            let gap = mention.range.upperBound..<position
            guard gap.count <= maxGap, sameClause(gap) else { return nil }
            return index
        }
        return nil
    }

    /// The index of the first mention starting after `position`, within `maxGap` tokens and the same clause.
    func mentionAfter(_ position: Int, maxGap: Int, actorsOnly: Bool = true) -> Int? {
        for index in mentions.indices where mentions[index].range.lowerBound >= position {
            let mention = mentions[index]
            let gap = position..<mention.range.lowerBound
            guard gap.count <= maxGap, sameClause(gap) else { return nil }
            if actorsOnly && !mention.canAct { continue }
            return index
        }
        return nil
    }

    static let connectors: Set<String> = ["and", ",", "&"]

    /// Extends a mention into its coordination: "X, Y and Z", walking left or right.
    func coordinated(from index: Int, leftward: Bool) -> [Int] {
        var group = [index]
        var current = index
        while true {
            let next = leftward ? current - 1 : current + 1
            guard mentions.indices.contains(next), mentions[next].canAct else { break }
            let gap = leftward ? mentions[next].range.upperBound..<mentions[current].range.lowerBound
                               : mentions[current].range.upperBound..<mentions[next].range.lowerBound
            let words = gap.map { tokens[$0].lower }
            let joins = !words.isEmpty && words.count <= 3 && words.allSatisfy { Self.connectors.contains($0) || $0 == "the" }
                || words == ["together", "with"] || words == ["along", "with"] || words == ["as", "well", "as"]
            guard joins else { break }
            group.append(next)
            current = next
        }
        return leftward ? group.reversed() : group
    }
}
