import ParleyModel
import ParleyTagging

/// Talks known by the number of their parties: "The fifth round of the six-party talks began on Wednesday".
extension MeetingFinder {
    /// The member states the article names, of the forum whose word stands before the noun, when the noun heads
    /// the subject of a verb of the encounter's course; nil for a mere mention ("the stalled six-party talks",
    /// "a return to the six-party talks").
    func forumMembers(at noun: Range<Int>, _ context: SentenceContext) -> [Int]? {
        guard let word = compound(before: noun.lowerBound, context),
            let codes = context.knowledge.forums.members[word], headsTheSubject(noun, context),
            takesItsCourse(after: noun, context)
        else { return nil }
        let members = entities.entities.indices.filter { index in
            let entity = entities[index]
            return entity.kind == .country && entity.isActor && entity.country.map(codes.contains) == true
        }
        return members.count >= 2 ? members : nil
    }

    /// "six-party": the word before `position`, a hyphen's halves joined.
    private func compound(before position: Int, _ context: SentenceContext) -> String? {
        let lower = context.sentence.range.lowerBound
        guard position - 1 >= lower else { return nil }
        let last = context.tokens[position - 1].lower
        guard position - 3 >= lower, context.tokens[position - 2].text == "-" else { return last }
        return context.tokens[position - 3].lower + "-" + last
    }

    /// "The fifth round of the six-party talks", opening the sentence or a clause reported with "said (that)": the
    /// subject, not a phrase after a preposition ("the press centre for the talks", "just because the talks").
    private func headsTheSubject(_ noun: Range<Int>, _ context: SentenceContext) -> Bool {
        let lower = context.sentence.range.lowerBound
        var start = noun.lowerBound
        while start > lower,
            Self.nounPhraseTags.contains(context.tags[start - 1]) || context.tokens[start - 1].lower == "of"
        {
            start -= 1
        }
        guard start > lower else { return true }
        let before = context.tokens[start - 1].lower
        return before == "that"
            || context.knowledge.reportingCues.match(context.tokens, at: start - 1, end: start)?.value.form == .verb
    }

    private static let nounPhraseTags: Set<PartOfSpeech?> = [
        .determiner, .adjective, .superlativeAdjective, .cardinalNumber, .noun, .pluralNoun, .properNoun,
        .pluralProperNoun, .hyphen,
    ]

    /// "talks on the nuclear issue began", "talks are to resume", "talks will be held": the first verb after the
    /// noun in its clause, with its auxiliaries, holds a verb of the encounter's course.
    private func takesItsCourse(after noun: Range<Int>, _ context: SentenceContext) -> Bool {
        let end = min(context.sentence.range.upperBound, noun.upperBound + 12)
        guard let verb = (noun.upperBound..<end).first(where: { isVerbGroupWord(at: $0, context) }),
            context.tokens[verb].lower != "to", context.sameClause(noun.upperBound..<verb)
        else { return false }
        var cursor = verb
        while cursor < end, cursor - verb < 4, isVerbGroupWord(at: cursor, context) {
            if context.knowledge.courseVerbs.contains(context.tokens[cursor].lower) { return true }
            cursor += 1
        }
        return false
    }

    private func isVerbGroupWord(at index: Int, _ context: SentenceContext) -> Bool {
        context.tags[index]?.isVerb == true || context.tags[index] == .adverb || context.tokens[index].lower == "to"
    }
}
