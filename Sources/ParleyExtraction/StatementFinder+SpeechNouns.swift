/// Nouns of speech whose speaker is a clause's subject, not a word before the noun.
extension StatementFinder {
    /// "Japan and Chile issued a joint statement", "Ghana's ministry called the claims baseless in a statement":
    /// the subject of the light verb, or of the clause the "in a statement" phrase closes.
    func speakerOfSpeechNoun(at noun: Range<Int>, _ context: SentenceContext) -> Int? {
        let lower = context.sentence.range.lowerBound
        var cursor = noun.lowerBound - 1
        // "made the surprise announcement": one noun may stand before the noun of speech as its modifier.
        if cursor > lower, context.tags[cursor] == .noun { cursor -= 1 }
        // "issued a strongly worded statement", "gave a thinly veiled warning".
        while cursor > lower, noun.lowerBound - cursor <= 5, context.precedesNoun(cursor) { cursor -= 1 }
        guard cursor >= lower, cursor < noun.lowerBound - 1 else { return nil }
        // "adopted a Greek proposal", "read out Peru's statement": the noun has its own speaker.
        let owned = context.mentions.contains { $0.range.lowerBound > cursor && $0.range.upperBound <= noun.lowerBound }
        if owned { return nil }
        let word = context.tokens[cursor].lower
        if context.knowledge.lightVerbs.contains(word) {
            guard let subject = context.mentionBefore(cursor, maxGap: 2), !context.mentions[subject].isPossessive,
                context.mentions[subject].canAct
            else { return nil }
            return subject
        }
        guard word == "in" else { return nil }
        return firstActor(before: cursor, context) ?? subjectAfterOpeningPhrase(at: cursor, context)
    }

    /// "In a joint statement, Chile and Peru shared concerns": the subject after the comma that closes a phrase
    /// opening the sentence, when no verb of speech after it tells the act ("In a statement, X criticised Y").
    private func subjectAfterOpeningPhrase(at preposition: Int, _ context: SentenceContext) -> Int? {
        let end = context.sentence.range.upperBound
        guard preposition == context.sentence.range.lowerBound,
            let comma = (preposition..<end).first(where: {
                context.tokens[$0].text == "," || context.isClauseBreak($0)
            }), context.tokens[comma].text == ",",
            !(comma..<end).contains(where: {
                context.knowledge.reportingCues.match(context.tokens, at: $0, end: end)?.value.form == .verb
            })
        else { return nil }
        return context.mentionAfter(comma + 1, maxGap: 1).flatMap { context.mentions[$0].isPossessive ? nil : $0 }
    }
}

extension StatementFinder {
    /// "welcomed Libyan leader Kadhafi to Cape Town", "Kibaki was welcomed by Hu": a host's welcome of a
    /// person, not praise ("welcomed the decision" is).
    func welcomesAGuest(at cueRange: Range<Int>, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        let range = context.sentence.range
        guard tokens[cueRange.lowerBound].lower.hasPrefix("welcom") else { return false }
        if let guest = context.mentionAfter(cueRange.upperBound, maxGap: 0),
            context.mentions[guest].range.upperBound < range.upperBound,
            context.tokens[context.mentions[guest].range.upperBound].lower == "to"
        {
            return true
        }
        // The passive: the one welcomed stands before "was" or "were", a person.
        guard cueRange.lowerBound - 1 > range.lowerBound,
            ["was", "were"].contains(tokens[cueRange.lowerBound - 1].lower),
            let guest = context.mentionBefore(cueRange.lowerBound - 1, maxGap: 0)
        else { return false }
        return entities[context.mentions[guest].entity].kind == .person
    }

    /// "Bush's call for reform", "Peru's appeal for calm": a verb's phrase used as a noun, owned by its speaker.
    func ownerOfVerbUsedAsNoun(_ cueRange: Range<Int>, _ context: SentenceContext) -> Int? {
        guard context.tags[cueRange.lowerBound]?.isNoun == true,
            let owner = context.mentionBefore(cueRange.lowerBound, maxGap: 0), context.mentions[owner].isPossessive
        else { return nil }
        return owner
    }
}
