/// Meeting words whose actor the sentence leaves unsaid because it is the main clause's subject: a phrase
/// fronted before it ("After talks with X, Y said"), or a clause after it ("Y said ... after meeting X").
extension MeetingFinder {
    func unsaidSubject(of trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        frontedPhraseSubject(of: trigger, context) ?? trailingClauseSubject(of: trigger, context)
    }

    /// "After two days of talks with X, the Dutch premier flew home", "Speaking to reporters after meeting X,
    /// Y said", "On Monday, in talks with X, Y said": the trigger's comma-delimited phrase opens with a clause
    /// opener (or a sentence-opening participle), every phrase before it names no actor, and the first actor
    /// right after the phrase's closing comma is the subject.
    private func frontedPhraseSubject(of trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let start = openingWord(context)
        guard start < trigger.lowerBound else { return nil }
        // The commas between the sentence's opening and the trigger set off phrases fronted too ("On Monday,").
        var phraseStart = start
        for index in start..<trigger.lowerBound where tokens[index].text == "," { phraseStart = index + 1 }
        guard phraseStart < trigger.lowerBound,
            opensUnsaidClause(at: phraseStart, sentenceOpening: phraseStart == start, context),
            !context.mentions.contains(where: { mention in
                mention.canAct && mention.range.lowerBound >= start && mention.range.upperBound <= trigger.lowerBound
            }),
            let close = (trigger.upperBound..<context.sentence.range.upperBound).first(where: { index in
                tokens[index].text == "," && !context.mentions.contains { $0.range.contains(index) }
            }),
            context.sameClause(trigger.upperBound..<close),
            let subject = context.mentionAfter(afterAppositive(closing: close, context) + 1, maxGap: 1),
            !context.mentions[subject].isPossessive, entities[context.mentions[subject].entity].kind != .group
        else { return nil }
        return subject
    }

    /// "In a meeting with Ruiz, deputy minister for trade, Soto said": when the phrase ends in a name and an
    /// appositive on it follows, the comma that closes the appositive; else `comma` itself.
    private func afterAppositive(closing comma: Int, _ context: SentenceContext) -> Int {
        let tokens = context.tokens
        let upper = context.sentence.range.upperBound
        guard comma + 1 < upper,
            context.mentionAfter(comma + 1, maxGap: 1) == nil
                || context.mentions.contains(where: {
                    $0.range.lowerBound == comma + 1 && $0.isPossessive
                }),
            context.mentions.contains(where: { $0.range.upperBound == comma && $0.canAct }),
            !tokens[comma + 1].isCapitalized || context.mentions.contains(where: { $0.range.lowerBound == comma + 1 }),
            let next = ((comma + 1)..<min(upper, comma + 20)).first(where: { tokens[$0].text == "," }),
            next - comma >= 3
        else { return comma }
        return next
    }

    /// "Y said the border was calm after meeting X", "Y made the remarks when holding talks with X": a clause
    /// opener right before the trigger (a determiner or possessive may stand between), after the main clause;
    /// its subject is the nearest actor before the opener.
    private func trailingClauseSubject(of trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        var cursor = trigger.lowerBound - 1
        while cursor > lower, trigger.lowerBound - cursor <= 3,
            !context.knowledge.clauseOpeners.contains(tokens[cursor].lower),
            tokens[cursor].isWordLike, !tokens[cursor].isCapitalized
        {
            cursor -= 1
        }
        guard cursor > lower, context.knowledge.clauseOpeners.contains(tokens[cursor].lower),
            let subject = actingSubject(before: cursor, context) ?? subjectBefore(cursor, context),
            !context.mentions[subject].isPossessive,
            [.person, .country, .organization].contains(entities[context.mentions[subject].entity].kind)
        else { return nil }
        return subject
    }

    /// "As she left the ministry after talks with Ruiz": the nearest actor before `position` that a verb
    /// other than a participle in -ing follows, the subject of the clause the opener hangs on.
    func actingSubject(before position: Int, _ context: SentenceContext) -> Int? {
        let lower = context.sentence.range.lowerBound
        return context.mentions.indices.last { index in
            let mention = context.mentions[index]
            let next = mention.range.upperBound
            guard mention.canAct, next < position, mention.range.lowerBound >= lower, !mention.isPossessive,
                context.sameClause(next..<position)
            else { return false }
            let verb = context.tags[next] == .adverb && next + 1 < position ? next + 1 : next
            // "rules for Peruvians visiting Chile": a participle after a noun modifies it; no clause begins.
            return context.tags[verb]?.isVerb == true && context.tags[verb] != .gerund
        }
    }

    /// The first word of the sentence after its dateline ("BEIJING, May 3 (Xinhua) --"), which only the article's
    /// first sentence carries.
    private func openingWord(_ context: SentenceContext) -> Int {
        let tokens = context.tokens
        let range = context.sentence.range
        guard context.dateline != nil, context.sentence.index == 0 else { return range.lowerBound }
        let reach = min(range.upperBound, range.lowerBound + 12)
        if let dash = (range.lowerBound..<reach).last(where: context.isClauseBreak) {
            var next = dash + 1
            while next < range.upperBound, !tokens[next].isWordLike { next += 1 }
            return next
        }
        return range.lowerBound
    }

    /// A clause opener, or a participle opening the sentence ("Speaking", "Addressing").
    private func opensUnsaidClause(at index: Int, sentenceOpening: Bool, _ context: SentenceContext) -> Bool {
        let token = context.tokens[index]
        if context.knowledge.clauseOpeners.contains(token.lower) { return true }
        return sentenceOpening && token.isCapitalized && context.tags[index] == .gerund
    }
}
