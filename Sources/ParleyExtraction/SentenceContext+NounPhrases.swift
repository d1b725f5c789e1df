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

    /// A determiner, possessive or modifier: a word a noun phrase may open with before its noun.
    func opensNounPhrase(_ index: Int) -> Bool {
        [.determiner, .possessivePronoun].contains(tags[index]) || isNounModifier(at: index)
    }

    /// "a thinly veiled", "a strongly worded", "its own": the words before a noun, adverbs and participles
    /// of its adjectives included.
    func precedesNoun(_ index: Int) -> Bool {
        opensNounPhrase(index) || [.adverb, .pastParticiple, .comparativeAdjective].contains(tags[index])
    }

    /// "the 27-member EU", "the visiting Chinese delegation": the actor a noun phrase starting at `start`
    /// names once its determiner and modifiers are passed.
    func mentionHeadingPhrase(at start: Int) -> Int? {
        var cursor = start
        while cursor < sentence.range.upperBound, cursor - start < 6,
            opensNounPhrase(cursor)
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
            opensNounPhrase(cursor)
        {
            cursor -= 1
        }
        return cursor >= sentence.range.lowerBound && tags[cursor] == .preposition ? cursor : nil
    }

    /// "the three leaders of the opposition alliance, A, B and C", "the party's new leader, A": the people named
    /// in apposition to a noun phrase starting at `start` that names no actor itself, no verb in it.
    func namesInApposition(toDescriptionAfter start: Int) -> [Int]? {
        var cursor = start
        if cursor < sentence.range.upperBound, tokens[cursor].lower == "with" { cursor += 1 }
        guard cursor < sentence.range.upperBound, [.determiner, .cardinalNumber].contains(tags[cursor]) else {
            return nil
        }
        let end = min(sentence.range.upperBound, cursor + 10)
        guard let comma = (cursor..<end).first(where: { tokens[$0].text == "," }),
            (cursor..<comma).allSatisfy({ index in
                tags[index]?.isVerb != true && !isClauseBreak(index)
                    && !mentions.contains(where: { $0.range.contains(index) && $0.canAct && $0.form != .demonym })
            }),
            let first = mentionAfter(comma + 1, maxGap: 0)
        else { return nil }
        let named = coordinated(from: first, leftward: false)
        // "met the press on Monday, Osman said": a name that a verb follows opens a clause of its own.
        let after = mentions[named.last ?? first].range.upperBound
        guard named.allSatisfy({ mentions[$0].form == .name }),
            after >= sentence.range.upperBound || tags[after]?.isVerb != true
        else { return nil }
        return named
    }
}
