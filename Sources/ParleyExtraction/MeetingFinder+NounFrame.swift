import ParleyModel

/// The frame of a noun: "X's meeting with Y", "a meeting between X and Y", "the X-Y meeting".
extension MeetingFinder {
    static let nounLinks: Set<String> = ["with", "between", "among", "from", "involving"]
    static let wishVerbs: Set<String> = ["wanted", "wants", "sought", "seeks", "requested", "hoped", "desired"]

    /// Who meets, from the words that link the noun to its participants, the people of the clause, or the
    /// names before the noun; nil for a meeting only wished for.
    func nounReading(
        kind: MeetingKind, at triggerRange: Range<Int>, inheritedSubject: [Int]?, otherTriggers: [Range<Int>],
        _ context: SentenceContext
    ) -> MeetingReading? {
        let tokens = context.tokens
        var reading = MeetingReading(kind: kind)
        // "Taking part in the talks were China's ambassador, Li Luye, and ... Abraham Tamir".
        // "The meeting will be held in Lima with the participation of X and Y".
        if let listStart = takingPart(in: triggerRange, context) ?? participationList(after: triggerRange, context) {
            reading.participants = attendees(after: listStart, context)
            return reading
        }
        // "a meeting Zelenskiy wanted with Trump": sought, not held or planned.
        if let right = context.mentionAfter(triggerRange.upperBound, maxGap: 0),
            context.mentions[right].range.upperBound < context.sentence.range.upperBound,
            Self.wishVerbs.contains(tokens[context.mentions[right].range.upperBound].lower)
        {
            return nil
        }
        var linked = readLinkedParticipants(
            into: &reading, at: triggerRange, inheritedSubject: inheritedSubject, otherTriggers: otherTriggers,
            context)
        // "she and Ryzhkov had set targets for trade during talks today": the people who talked are
        // the clause's coordinated subject.
        if !linked, reading.participants.isEmpty,
            let pair = coordinatedPeople(before: triggerRange.lowerBound, context)
        {
            reading.participants = pair
            linked = true
        }
        if !linked, let named = participantsNamed(before: triggerRange, with: reading.participants, context) {
            reading.participants = named
        }
        if reading.participants.isEmpty, let owners = ownersAfterFrontedPhrase(triggerRange, context) {
            reading.participants = owners
        }
        // "negotiations with Turkey and Croatia", no one's: the counterparts of a side the sentence does not name
        // did not meet each other.
        if !linked, reading.subject.isEmpty, onlyCounterparts(after: triggerRange, context) {
            reading.participants = []
        }
        // "The APEC summit opened": the body whose summit it is, whom other sentences may name others at.
        if reading.participants.isEmpty, kind == .summit {
            if let body = context.mentionBefore(triggerRange.lowerBound, maxGap: 0),
                entities[context.mentions[body].entity].kind == .organization
            {
                reading.participants = [context.mentions[body].entity]
            }
            reading.participants += attendeesActing(at: triggerRange, context)
        }
        // "The six-party talks resumed": the member states of talks known by their parties.
        if reading.participants.isEmpty, let members = forumMembers(at: triggerRange, context) {
            reading.participants = members
        }
        return reading
    }

    /// "a meeting between X and Y", "talks with Y": the participants named after a linking word, with the
    /// noun's owner for "with" and "from". Whether they are all the noun's participants.
    private func readLinkedParticipants(
        into reading: inout MeetingReading, at triggerRange: Range<Int>, inheritedSubject: [Int]?,
        otherTriggers: [Range<Int>], _ context: SentenceContext
    ) -> Bool {
        let tokens = context.tokens
        var linked = false
        // "talks she held earlier with X": the clause on the noun tells whose they are, and the link follows it.
        let relative = relativeClauseOwner(after: triggerRange, context)
        let linkStart = relative?.end ?? triggerRange.upperBound
        // "meeting with" read as a noun keeps its "with".
        var cursor = relative?.end ?? triggerRange.lowerBound + 1
        // "talks last month in Washington with Clinton": a few words may come between.
        // "between" binds from further away ("the talks ... will be in Washington next Wednesday between X and Y").
        while cursor < context.sentence.range.upperBound,
            cursor - linkStart < 6
                || cursor - linkStart < 14
                    && (cursor..<min(context.sentence.range.upperBound, linkStart + 14))
                        .contains(where: { tokens[$0].lower == "between" }),
            !context.isClauseBreak(cursor),
            // "the talks, involving China, Japan and Russia,": a participle set off names them all.
            context.tokens[cursor].text != ","
                || cursor == triggerRange.upperBound && cursor + 1 < context.sentence.range.upperBound
                    && tokens[cursor + 1].lower == "involving",
            // "the talks could pave the way for a summit between X and Y": the summit's counterparts.
            !otherTriggers.contains(where: { $0.lowerBound == cursor })
        {
            if MeetingFinder.nounLinks.contains(tokens[cursor].lower)
                || cursor == triggerRange.upperBound && namesBodyMeeting(after: cursor, context)
                    && !followsPreposition(triggerRange.lowerBound, context)
            {
                if let pair = pairBetween(at: cursor, context) {
                    reading.participants += pair ?? []
                    return pair != nil
                }
                // "a meeting with the provincial governor, Ana Ruiz": the name in apposition to a description.
                if let right = context.mentionAfter(cursor + 1, maxGap: 2)
                    ?? context.mentionHeadingPhrase(at: cursor + 1)
                    ?? context.namesInApposition(toDescriptionAfter: cursor + 1)?.first
                {
                    reading.participants += entitiesOf(context.coordinated(from: right, leftward: false), context)
                    linked = !["with", "from", "of"].contains(tokens[cursor].lower)
                    if !linked,
                        let owner = relative?.owner
                            ?? owner(ofNoun: triggerRange, inheritedSubject: inheritedSubject, context)
                            ?? (tokens[cursor].lower == "with" ? travellerMeeting(reading.participants) : nil)
                    {
                        reading.subject = owner
                        reading.participants = reading.subject + reading.participants
                        linked = true
                    }
                }
                break
            }
            cursor += 1
        }
        return linked
    }

    /// Whether the noun's only link is "with" or "from" right after it.
    private func onlyCounterparts(after noun: Range<Int>, _ context: SentenceContext) -> Bool {
        noun.upperBound < context.sentence.range.upperBound
            && ["with", "from"].contains(context.tokens[noun.upperBound].lower)
    }

    /// "At their talks, A and B agreed", "In a statement issued at their security meeting, A and B said": "their"
    /// in a phrase that opens the sentence owns the noun for the main clause's subject, when that subject names
    /// two or more.
    private func ownersAfterFrontedPhrase(_ noun: Range<Int>, _ context: SentenceContext) -> [Int]? {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        var owner = noun.lowerBound - 1
        while owner > lower, noun.lowerBound - owner <= 4, tokens[owner].lower != "their",
            tokens[owner].isCapitalized || context.isNounModifier(at: owner) || context.tags[owner] == .noun
        {
            owner -= 1
        }
        guard owner - 1 >= lower, tokens[owner].lower == "their", noun.lowerBound - lower <= 16,
            context.knowledge.clauseOpeners.contains(tokens[lower].lower),
            !(lower..<noun.lowerBound).contains(where: { tokens[$0].text == "," }),
            let comma = (noun.upperBound..<min(context.sentence.range.upperBound, noun.upperBound + 8)).first(where: {
                tokens[$0].text == ","
            }),
            context.sameClause(noun.upperBound..<comma),
            let first = context.mentionAfter(comma + 1, maxGap: 0)
        else { return nil }
        let owners = entitiesOf(context.coordinated(from: first, leftward: false), context)
        return owners.count >= 2 ? owners : nil
    }

    /// "a phone call between the two men last week": the pair just named, or nil when "between" is followed by
    /// something else; an inner nil when no such pair was named.
    private func pairBetween(at link: Int, _ context: SentenceContext) -> [Int]?? {
        let tokens = context.tokens
        let upper = context.sentence.range.upperBound
        guard tokens[link].lower == "between", link + 2 < upper, tokens[link + 1].lower == "the",
            tokens[link + 2].lower == "two"
        else { return nil }
        // "between the two Himalayan kingdoms": a modifier or two may stand before the noun.
        let nouns = context.knowledge.pairNouns.nouns
        let noun = (link + 3..<min(upper, link + 6)).lazy.map { tokens[$0].lower }.first(where: nouns.contains) ?? "two"
        return .some(thePair(named: noun, before: link, context))
    }

    /// "the talks she held with X", "the meeting Chile and Peru had in May": a clause on the noun whose
    /// subject held the encounter; that subject, and where its verb ends.
    private func relativeClauseOwner(after noun: Range<Int>, _ context: SentenceContext) -> (owner: [Int], end: Int)? {
        guard let first = context.mentionAfter(noun.upperBound, maxGap: 0) else { return nil }
        let subject = context.coordinated(from: first, leftward: false)
        guard let last = subject.last, !context.mentions[last].isPossessive else { return nil }
        var cursor = context.mentions[last].range.upperBound
        // "the talks he had earlier held": auxiliaries and adverbs may come before the verb.
        while cursor < context.sentence.range.upperBound, cursor - context.mentions[last].range.upperBound < 3 {
            if context.knowledge.encounterVerbs.contains(context.tokens[cursor].lower),
                cursor + 1 >= context.sentence.range.upperBound
                    || !context.knowledge.encounterVerbs.contains(context.tokens[cursor + 1].lower)
            {
                return (entitiesOf(subject, context), cursor + 1)
            }
            let word = context.tokens[cursor].lower
            guard [.adverb, .modal].contains(context.tags[cursor]) || context.knowledge.encounterVerbs.contains(word)
            else { return nil }
            cursor += 1
        }
        return nil
    }

    /// "the summit of the African Union", "a meeting of the Security Council": a body's own gathering, which
    /// the clause's subject attends, chairs or addresses; after a preposition ("met X during a summit of the
    /// African Union") the gathering is only where something happens.
    private func namesBodyMeeting(after link: Int, _ context: SentenceContext) -> Bool {
        guard context.tokens[link].lower == "of", let body = context.mentionAfter(link + 1, maxGap: 1) else {
            return false
        }
        return entities[context.mentions[body].entity].kind == .organization
    }

    /// "during a planned summit": a preposition a few lower-case words before the noun.
    private func followsPreposition(_ noun: Int, _ context: SentenceContext) -> Bool {
        var cursor = noun - 1
        while cursor > context.sentence.range.lowerBound, noun - cursor <= 4 {
            if context.tags[cursor] == .preposition { return true }
            guard context.tokens[cursor].isWordLike, !context.tokens[cursor].isCapitalized else { return false }
            cursor -= 1
        }
        return false
    }

    /// Whose "talks with Y" they are: the owner of "his" or "her", the subject of the verb before, or of
    /// the clause.
    private func owner(ofNoun triggerRange: Range<Int>, inheritedSubject: [Int]?, _ context: SentenceContext)
        -> [Int]?
    {
        let tokens = context.tokens
        let ownerWord =
            triggerRange.lowerBound > context.sentence.range.lowerBound
            ? tokens[triggerRange.lowerBound - 1].lower : ""
        if ownerWord == "his" || ownerWord == "her",
            let first = ownerOfPronoun(before: triggerRange.lowerBound - 1, context)
                ?? sentenceSubject(before: triggerRange.lowerBound, context)
        {
            // "Sultan Qais was expected to brief Levi on his talks with Weiss".
            return [context.mentions[first].entity]
        } else if let inheritedSubject {
            // "talks with Greek leaders, including a meeting with Pappas".
            return inheritedSubject
        } else if let left = subjectBefore(triggerRange.lowerBound, context)
            ?? openingPerson(before: triggerRange.lowerBound, context)
            ?? unsaidSubject(of: triggerRange, context)
        {
            return entitiesOf(context.coordinated(from: left, leftward: true), context)
        }
        return nil
    }

    /// "Royal arrived in Israel on Sunday. A meeting with Olmert is set for Monday": a meeting the sentence
    /// gives no one is the traveller's the article follows, with no one of the traveller's own state.
    private func travellerMeeting(_ counterparts: [Int]) -> [Int]? {
        guard let lastTraveller, !counterparts.isEmpty, !counterparts.contains(lastTraveller),
            entities[lastTraveller].country.map({ home in counterparts.allSatisfy { entities[$0].country != home } })
                ?? true
        else { return nil }
        return [lastTraveller]
    }

    /// "the Burns-Qin meeting", "Qin's meeting with ...", "a U.S.-China meeting": the participants, with
    /// those already linked after the noun; nil when no name before the noun tells them.
    private func participantsNamed(before triggerRange: Range<Int>, with linked: [Int], _ context: SentenceContext)
        -> [Int]?
    {
        let tokens = context.tokens
        guard let left = context.mentionBefore(triggerRange.lowerBound, maxGap: 3) else { return nil }
        let mention = context.mentions[left]
        if left > 0, context.mentions[left - 1].canAct || context.mentions[left - 1].form == .demonym,
            context.mentions[left - 1].range.upperBound + 1 == mention.range.lowerBound,
            tokens[mention.range.lowerBound - 1].text == "-"
        {
            return [context.mentions[left - 1].entity, mention.entity]
        } else if mention.isPossessive,
            (mention.range.upperBound..<triggerRange.lowerBound).allSatisfy({ position in
                [
                    "high", "-", "level", "first", "planned",
                    "recent", "upcoming", "second",
                ].contains(tokens[position].lower)
                    || context.times.contains { $0.range.contains(position) }
            })
        {
            // "Qin's Monday meeting with Burns": a time may stand between owner and meeting.
            return [mention.entity] + linked
        }
        return nil
    }
}
