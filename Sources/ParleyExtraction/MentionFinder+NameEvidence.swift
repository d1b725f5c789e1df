import ParleyTagging

/// What the words around a run of capitalized words tell of it: the verb it is the subject of, the speech it
/// ends, the appositive it opens.
extension MentionFinder {
    /// Whether the tagger reads a word of the run as a proper noun; without tags (no sentence), it is trusted.
    func taggedAsName(_ range: Range<Int>) -> Bool {
        tags?.namesSomeone(range) ?? true
    }

    /// Whether a meeting verb ends right before `position` ("met", "met with", "spoke by phone with"), or a
    /// meeting noun and "with" ("in a meeting with", "after talks with").
    func meetingVerbEnds(at position: Int, from lower: Int) -> Bool {
        var end = position
        let afterWith = end - 1 >= lower && tokens[end - 1].lower == "with"
        if afterWith { end -= 1 }
        return (max(lower, end - 4)..<end).contains { start in
            knowledge.meetingTriggers.matches(tokens, at: start, end: end).contains {
                start + $0.length == end && ($0.value.form == .verb || afterWith && $0.value.form == .noun)
            }
        }
    }

    /// "Eric Reeves, one of the leading voices on Sudan, said": a name, an appositive, a reporting verb;
    /// "Li Wei, a member of the council, held talks": a description in apposition, then the clause's verb.
    /// "Ana Ruiz, an aide to the mayor, party whip since May, said": appositives may follow one another.
    func actsAfterAppositive(_ nameEnd: Int, _ end: Int) -> Bool {
        guard nameEnd + 1 < end, tokens[nameEnd].text == "," else { return false }
        // A list of names ("Paris, Bonn and Rome said") is no apposition, nor is a place described ("X, a town
        // on the river, held a fair"): a person's description opens on a common word and names a role.
        let opensOnCommonWord = !tokens[nameEnd + 1].isCapitalized
        var describesPerson = false
        var cursor = nameEnd + 1
        while cursor + 1 < end, cursor - nameEnd <= 30 {
            if tokens[cursor].text == "," {
                if knowledge.reportingCues.match(tokens, at: cursor + 1, end: end)?.value.form == .verb { return true }
                // "X, a member of the council, ordered": the tagger often reads a regular verb's past after a
                // comma as its participle; after a person's description either is the person's act.
                if opensOnCommonWord && describesPerson
                    && (opensFiniteClause(at: cursor + 1, end: end) || tags?[cursor + 1] == .pastParticiple)
                {
                    return true
                }
                // Another appositive opens on a common word that is no conjunction ("..., party whip, said").
                guard opensOnCommonWord, describesPerson, !tokens[cursor + 1].isCapitalized,
                    let next = tags?[cursor + 1], next.isNoun || next == .determiner || next == .adjective
                else { return false }
            }
            describesPerson =
                describesPerson || knowledge.personNouns.contains(tokens[cursor].lower)
                || titleCache.match(tokens, at: cursor, end: end) != nil
            if SentenceContext.quotes.contains(tokens[cursor].text) { return false }
            cursor += 1
        }
        return false
    }

    /// '"...," said Oh Ei Sun', "according to Tran Van Khoa": a verb of saying or "according to" ends right
    /// before `position`, so a name there is the speaker's ("told X" names whom one told).
    func speechEnds(at position: Int) -> Bool {
        (max(0, position - 2)..<position).contains { start in
            guard let cue = knowledge.reportingCues.match(tokens, at: start, end: position),
                start + cue.length == position
            else { return false }
            return cue.value.form == .source
                || cue.value.form == .verb && cue.value.act == .say
                    && !MeetingFinder.tellingVerbs.contains(tokens[start].lower)
        }
    }

    /// A verb that takes a subject at `index`: "held", "has", "will", "meets".
    func opensFiniteClause(at index: Int, end: Int) -> Bool {
        if isActionWord(at: index, end: end) { return true }
        guard let tag = tags?[index] else { return false }
        return [.pastTenseVerb, .thirdPersonPresentVerb, .presentVerb, .modal].contains(tag)
    }

    /// A reporting or meeting verb at `index`: what a subject does.
    func isActionWord(at index: Int, end: Int) -> Bool {
        if let cue = knowledge.reportingCues.match(tokens, at: index, end: end), cue.value.form == .verb {
            // "four Central Asian states": a word of speech the tagger reads as a noun is none.
            return tags?[index]?.isNoun != true
        }
        // "Rosati held talks", "Kaldor met": a meeting phrase whose first word is a verb in the past or present,
        // by its form or, for irregular verbs, by the tagger.
        if let trigger = knowledge.meetingTriggers.match(tokens, at: index, end: end), trigger.value.form != .noun,
            tokens[index].lower.hasSuffix("ed") || tokens[index].lower == "met"
                || [.pastTenseVerb, .thirdPersonPresentVerb].contains(tags?[index])
        {
            return true
        }
        return false
    }
}
