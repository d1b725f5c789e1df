import ParleyModel

/// Who speaks after an inverted verb ('"...," said Qin', ', said the mufti of the city, Ali Demir', ', said an
/// official with the Transport Bureau'), and who, after it, is the verb's object instead.
extension StatementFinder {
    func speakerAfterInvertedVerb(_ cueRange: Range<Int>, _ context: SentenceContext) -> Int? {
        nameAfterDescription(cueRange.upperBound, context)
            ?? bodyAfterDescription(cueRange.upperBound, context)
            ?? context.mentionAfter(cueRange.upperBound, maxGap: 1).flatMap {
                isObject($0, context) ? nil : personIntroduced(by: $0, context) ?? $0
            }
    }

    /// "said Britain's Minister for Europe Ana Ruiz", "said Peru's foreign minister, Luis Paz": the person whom a
    /// state's or body's possessive introduces speaks, not the state.
    private func personIntroduced(by owner: Int, _ context: SentenceContext) -> Int? {
        guard context.mentions[owner].isPossessive,
            // "Minister for Europe": a place may stand in the office.
            let next = context.mentions.indices.first(where: {
                context.mentions[$0].range.lowerBound >= context.mentions[owner].range.upperBound
                    && !context.mentions[$0].isPlace && context.mentions[$0].form != .demonym
            }),
            context.mentions[next].form == .name, entities[context.mentions[next].entity].kind == .person
        else { return nil }
        let gap = context.mentions[owner].range.upperBound..<context.mentions[next].range.lowerBound
        guard gap.count <= 6,
            !gap.contains(where: { context.tags[$0]?.isVerb == true || context.isClauseBreak($0) })
        else { return nil }
        return next
    }

    /// "..., describes Trump as an anomaly", "..., urged Peru to act": a name
    /// the verb's complement follows is its object, not a speaker after an inverted verb.
    private func isObject(_ mention: Int, _ context: SentenceContext) -> Bool {
        let next = context.mentions[mention].range.upperBound
        return next < context.sentence.range.upperBound && ["as", "to"].contains(context.tokens[next].lower)
    }

    /// '"...," said the mufti of the city, Ali Demir', 'said head of the delegation Ali Demir': after an
    /// inverted verb, a description and the name of the person it describes.
    private func nameAfterDescription(_ start: Int, _ context: SentenceContext) -> Int? {
        let upper = context.sentence.range.upperBound
        guard start < upper,
            context.tags[start] == .determiner || context.knowledge.personNouns.contains(context.tokens[start].lower)
        else { return nil }
        var cursor = start + 1
        while cursor < upper, cursor - start <= 10 {
            if let named = context.mentionAfter(cursor, maxGap: 0), context.mentions[named].range.lowerBound == cursor,
                entities[context.mentions[named].entity].kind == .person
            {
                return context.mentions[named].form == .name ? named : nil
            }
            if context.isClauseBreak(cursor) || context.tags[cursor]?.isVerb == true
                || SentenceContext.quotes.contains(context.tokens[cursor].text)
            {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// '"...," said an official with the Transport Bureau', ', said a spokesman for Chile': an unnamed
    /// person who speaks for a body or a state, which is the speaker.
    private func bodyAfterDescription(_ start: Int, _ context: SentenceContext) -> Int? {
        let upper = context.sentence.range.upperBound
        guard start < upper, context.tags[start] == .determiner else { return nil }
        var cursor = start + 1
        while cursor + 1 < upper, cursor - start <= 4,
            context.tags[cursor] == .adjective || context.tags[cursor]?.isNoun == true,
            !context.tokens[cursor].isCapitalized
        {
            cursor += 1
        }
        guard cursor > start + 1, Self.speakingForLinks.contains(context.tokens[cursor].lower),
            let body = context.mentionAfter(cursor + 1, maxGap: 1), context.mentions[body].form == .name,
            [.organization, .country].contains(entities[context.mentions[body].entity].kind)
        else { return nil }
        return body
    }

    static let speakingForLinks: Set<String> = ["with", "for", "of", "from", "at"]
}
