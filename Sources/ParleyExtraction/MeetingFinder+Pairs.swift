import ParleyModel

/// "The two ministers", "the two sides": a pair the article already named, by its noun.
extension MeetingFinder {
    static let pairAuxiliaries: Set<String> = [
        "had", "have", "has", "will", "would", "were", "are", "also", "then", "later", "last", "first", "again",
        "expected", "due", "set", "scheduled", "likely", "to", "be", "is",
    ]

    /// "The two ministers will hold talks again", "when the two met": a pair the article already named,
    /// by its noun ("ministers"), or "two" when none follows.
    func pairReference(before position: Int, _ context: SentenceContext) -> String? {
        let lower = context.sentence.range.lowerBound
        var cursor = position - 1
        var onlyAuxiliaries = true
        let pairs = context.knowledge.pairNouns.nouns
        while cursor > lower, position - cursor <= 6 {
            let word = context.tokens[cursor].lower
            // "the two presidents", "the two prime ministers".
            if pairs.contains(word), context.tokens[cursor - 1].lower == "two" { return word }
            if pairs.contains(word), cursor - 2 >= lower, context.tokens[cursor - 2].lower == "two",
                pairs.contains(context.tokens[cursor - 1].lower + " " + word)
            {
                return context.tokens[cursor - 1].lower + " " + word
            }
            if word == "two", context.tokens[cursor - 1].lower == "the", onlyAuxiliaries { return word }
            if context.isClauseBreak(cursor) { return nil }
            onlyAuxiliaries = onlyAuxiliaries && Self.pairAuxiliaries.contains(word)
            cursor -= 1
        }
        return nil
    }

    /// Who "the two" are: the pair just reported meeting; for "the two" or "the two leaders" without such
    /// a pair of people, the last two people named ("the two countries" are only ever a pair that met).
    func thePair(named noun: String, before position: Int, _ context: SentenceContext) -> [Int]? {
        let pairNouns = context.knowledge.pairNouns
        if pairNouns.sides.contains(noun) { return previousParticipants.count == 2 ? previousParticipants : nil }
        if pairNouns.states.contains(noun) {
            let bothStates =
                previousParticipants.count == 2
                && previousParticipants.allSatisfy { entities[$0].kind == .country }
            return bothStates ? previousParticipants : entities.states(of: previousParticipants)
        }
        // "the two ministers": people who hold a ministry or a secretaryship.
        let fits: (Int) -> Bool = { person in
            guard let offices = pairNouns.offices[noun] else { return true }
            // A deputy or vice holder is not the holder: "the two prime ministers" are no deputy premier.
            return self.entities[person].roles.contains { role in
                let title = role.title.lowercased()
                return offices.contains { title.contains($0) } && !title.hasPrefix("deputy") && !title.hasPrefix("vice")
            }
        }
        if previousParticipants.count == 2,
            previousParticipants.allSatisfy({ entities[$0].kind == .person && fits($0) })
        {
            return previousParticipants
        }
        let inSentence = context.mentions.filter {
            $0.range.upperBound <= position && $0.canAct && entities[$0.entity].kind == .person
        }.map(\.entity)
        var pair: [Int] = []
        for person in (recentPeople + inSentence).reversed() where !pair.contains(person) && fits(person) {
            pair.append(person)
            if pair.count == 2 { return pair.reversed() }
        }
        return previousParticipants.count == 2 ? previousParticipants : nil
    }
}
