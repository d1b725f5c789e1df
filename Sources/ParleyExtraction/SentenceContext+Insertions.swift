/// Words set off by commas between a subject and its verb.
extension SentenceContext {
    /// "French officials, still hoping for a deal, held talks", "Kato, as a member of the party, visited",
    /// "the minister, who arrived on Monday, was also to meet": the actor before an insertion that ends right
    /// before the verb group of `verb`, the verb's subject. An insertion closes with a comma and the
    /// verb group follows it; whatever it holds, the clause it interrupts goes on after it.
    func subjectAcrossInsertion(before verb: Int) -> Int? {
        let lower = sentence.range.lowerBound
        // Most verbs have no comma just before them: they need no tagging to tell.
        guard (max(lower, verb - 5)..<verb).contains(where: { tokens[$0].text == "," }) else { return nil }
        var close = verb - 1
        while close > lower, verb - close <= 4, isVerbGroupWord(close) { close -= 1 }
        guard close > lower, tokens[close].text == "," else { return nil }
        var open = close - 1
        while open > lower, close - open <= 25, tokens[open].text != ",", !isClauseBreak(open) { open -= 1 }
        guard open > lower, tokens[open].text == ",", close - open >= 3,
            let index = mentionBefore(open, maxGap: 0), mentions[index].canAct,
            !opensWithPreposition(mentions[index].range.lowerBound)
        else { return nil }
        return actorDescribed(byAppositiveHolding: index) ?? index
    }

    /// "Ana Ruiz, an aide of the Farm Union, party whip since May, said": a mention inside an appositive
    /// stands for the actor the appositive describes, the name before the comma that opens it.
    func actorDescribed(byAppositiveHolding index: Int) -> Int? {
        let lower = sentence.range.lowerBound
        let start = mentions[index].range.lowerBound
        var open = start - 1
        while open > lower, start - open <= 12, tokens[open].text != ",", !isClauseBreak(open) { open -= 1 }
        guard open > lower, open + 1 < start, tokens[open].text == ",", !tokens[open + 1].isCapitalized,
            let opening = tags[open + 1], opening == .determiner || opening.isNoun || opening == .adjective,
            let described = mentionBefore(open, maxGap: 0), mentions[described].form == .name
        else { return nil }
        return described
    }

    /// Auxiliaries, modals, adverbs and "to" of a verb group: "was also to", "will then".
    func isVerbGroupWord(_ index: Int) -> Bool {
        guard let tag = tags[index] else { return false }
        return tag.isVerb || tag == .adverb || tag == .to
    }

    /// "talks with Putin, ...": an actor that is the object of a preposition is no subject.
    private func opensWithPreposition(_ start: Int) -> Bool {
        var cursor = start - 1
        while cursor >= sentence.range.lowerBound, tags[cursor] == .determiner { cursor -= 1 }
        return cursor >= sentence.range.lowerBound && tags[cursor] == .preposition
    }
}
