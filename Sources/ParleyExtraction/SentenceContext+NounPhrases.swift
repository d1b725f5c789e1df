/// Where noun phrases begin and which mention heads them.
extension SentenceContext {
    /// A word that may stand between a determiner and its noun: an adjective, a number, a hyphen or a word
    /// joined by one ("closed-door", "two-hour", "27-member").
    func isNounModifier(at index: Int) -> Bool {
        let hyphened =
            tokens[index].text == "-" || index + 1 < tokens.count && tokens[index + 1].text == "-"
            || index > 0 && tokens[index - 1].text == "-"
        return hyphened || [.adjective, .cardinalNumber].contains(tags[index])
    }

    /// "the 27-member EU", "the visiting Chinese delegation": the actor a noun phrase starting at `start`
    /// names once its determiner and modifiers are passed.
    func mentionHeadingPhrase(at start: Int) -> Int? {
        var cursor = start
        while cursor < sentence.range.upperBound, cursor - start < 6,
            [.determiner, .possessivePronoun].contains(tags[cursor]) || isNounModifier(at: cursor)
        {
            if mentions.contains(where: { $0.range.lowerBound == cursor }) { break }
            cursor += 1
        }
        return mentions.firstIndex { $0.range.lowerBound == cursor && $0.canAct }
    }

    /// "from a five-day visit", "on his first trip": the preposition that opens the noun phrase whose noun
    /// is at `noun`, nil when none does.
    func prepositionOpening(phraseOf noun: Int) -> Int? {
        var cursor = noun - 1
        while cursor > sentence.range.lowerBound, noun - cursor <= 5,
            [.determiner, .possessivePronoun].contains(tags[cursor]) || isNounModifier(at: cursor)
        {
            cursor -= 1
        }
        return cursor >= sentence.range.lowerBound && tags[cursor] == .preposition ? cursor : nil
    }
}
