import ParleyModel

/// "ties with Pakistan during his first visit to the South Asian country": a state described, not named, is the
/// one the text named last.
extension MeetingFinder {
    /// The country a destination such as "the Gulf state" stands for: the last one the sentence names before it,
    /// else the dateline's (the story's country), else the last of the sentences before; never the visitor's own.
    /// Someone who "arrived in the country" years ago came to the story's country, not to one it named in passing.
    func describedState(from start: Int, visitor: Int?, arriving: Bool, _ context: SentenceContext) -> Int? {
        guard describesAState(from: start, context) else { return nil }
        let own = visitor.flatMap { entities[$0].country }
        let isOther = { (index: Int) in self.entities[index].kind == .country && self.entities[index].country != own }
        if let named = context.mentions.filter({ $0.range.upperBound <= start }).map(\.entity).last(where: isOther) {
            return named
        }
        if let dateline = context.datelineCountry.flatMap(entities.countryIndex), isOther(dateline) {
            return dateline
        }
        return arriving ? nil : recentCountries.last(where: isOther)
    }

    /// "the South Asian country", "the oil-rich kingdom", "the country": "the", a few describing words, and a
    /// noun for a state.
    private func describesAState(from start: Int, _ context: SentenceContext) -> Bool {
        let end = min(context.sentence.range.upperBound, start + 7)
        // "a visit to the country": the noun's "to" may still stand before it.
        let the = start < end && context.tokens[start].lower == "to" ? start + 1 : start
        guard the < end, context.tokens[the].lower == "the" else { return false }
        var cursor = the + 1
        while cursor < end, !context.knowledge.stateNouns.contains(context.tokens[cursor].lower) {
            guard
                [.adjective, .properNoun, .hyphen, .pastParticiple].contains(context.tags[cursor])
                    || context.tokens[cursor].text == "-"
            else { return false }
            cursor += 1
        }
        // "the country's capital" is a place in it, which the place reader knows better; "the United Republic of
        // Tanzania" is a name.
        let after = cursor + 1 < context.sentence.range.upperBound ? context.tokens[cursor + 1].lower : ""
        return cursor < end && context.knowledge.stateNouns.contains(context.tokens[cursor].lower)
            && !context.tokens[cursor].isCapitalized && after != "of" && context.tags[cursor + 1] != .possessiveEnding
    }
}
