import ParleyModel

/// The frames of a verb: "X met (with) Y", "X received Y", "X discussed the crisis with Y" (a link),
/// "the meeting was attended by X and Y".
extension MeetingFinder {
    static let determiners: Set<String> = [
        "a", "an", "the", "his", "her", "its", "their", "'s", "this", "that", "first",
        "official", "state", "brief", "surprise", "planned", "scheduled", "working",
        "private", "upcoming", "recent", "weekend", "two", "three", "four", "five",
    ]
    static let objectPrepositions: Set<String> = [
        "with", "of", "at", "in", "on", "during", "after", "before", "for", "about", "over", "to", "from",
        // "had met since Tokyo tightened export controls": a clause of its own.
        "since", "until", "because", "when", "while",
    ]
    static let seeingVerbs: Set<String> = ["see", "sees", "saw"]
    static let speakingVerbs: Set<String> = ["spoke", "speaks", "spoken", "speak", "speaking", "talked"]

    /// "discussed the crisis with Chirac", "were greeted at the airport by Chang": the subject, and the
    /// counterparts after the first "with" or "by" of the clause.
    func linkReading(
        kind: MeetingKind, at triggerRange: Range<Int>, inheritedSubject: [Int]?, otherTriggers: [Range<Int>],
        _ context: SentenceContext
    ) -> MeetingReading? {
        let tokens = context.tokens
        var reading = MeetingReading(kind: kind)
        reading.subject =
            inheritedSubject ?? verbSubject(before: triggerRange.lowerBound, context).map {
                entitiesOf(context.coordinated(from: $0, leftward: true), context)
            } ?? []
        var cursor = triggerRange.upperBound
        while cursor < context.sentence.range.upperBound, cursor - triggerRange.upperBound < 12,
            !context.isClauseBreak(cursor),
            !otherTriggers.contains(where: { $0.contains(cursor) })
        {
            if ["with", "by"].contains(tokens[cursor].lower),
                let right = context.mentionAfter(cursor + 1, maxGap: 2)
            {
                reading.objects = entitiesOf(context.coordinated(from: right, leftward: false), context)
                break
            }
            cursor += 1
        }
        guard !reading.objects.isEmpty else { return nil }
        reading.participants = reading.subject + reading.objects
        return reading
    }

    /// "The meeting was attended by Mitterrand, Chirac and Kohl": everyone named after "by" took part.
    func attendanceReading(
        kind: MeetingKind, at triggerRange: Range<Int>, otherTriggers: [Range<Int>], _ context: SentenceContext
    ) -> MeetingReading {
        var reading = MeetingReading(kind: kind)
        reading.participants = attendees(after: triggerRange.upperBound, context)
        if let noun = otherTriggers.last(where: { $0.upperBound <= triggerRange.lowerBound }),
            let match = context.knowledge.meetingTriggers.match(
                context.tokens, at: noun.lowerBound, end: noun.upperBound),
            match.value.form == .noun
        {
            reading.kind = match.value.kind
        }
        return reading
    }

    /// "X met (with) Y", "X and Y met", "X received Y": the subject, and whom it meets or hosts.
    func verbReading(
        kind: MeetingKind, form: MeetingTrigger.Form, at triggerRange: Range<Int>, inheritedSubject: [Int]?,
        otherTriggers: [Range<Int>], _ context: SentenceContext
    ) -> MeetingReading? {
        let tokens = context.tokens
        var subject = verbFrameSubject(at: triggerRange, inheritedSubject: inheritedSubject, context)
        var objects = verbFrameObjects(
            form: form, at: triggerRange, subject: subject, otherTriggers: otherTriggers, context)
        if objects.isEmpty, isPassive(triggerRange, context) {
            objects = passiveAgents(after: triggerRange, context)
            if subject.isEmpty { subject = subjectAfterOpeningPhrase(triggerRange, skipping: objects, context) }
        }
        // "X and Y met" stands alone; "in order to meet NATO's standards" has an object that is no actor
        // ("X and Y signed an agreement" has one too, and is their meeting).
        if objects.isEmpty, tokens[triggerRange.lowerBound].lower.hasPrefix("me"),
            triggerRange.upperBound < context.sentence.range.upperBound
        {
            let next = tokens[triggerRange.upperBound]
            let startsMention = context.mentions.contains { $0.range.lowerBound == triggerRange.upperBound }
            if MeetingFinder.determiners.contains(next.lower) || startsMention { return nil }
        }
        guard let read = objectsOfSpecialVerbs(objects, subject: subject, at: triggerRange, context) else {
            return nil
        }
        objects = read
        var reading = MeetingReading(kind: kind)
        reading.subject = subject
        reading.participants = subject + objects
        // "meet Queen Elizabeth and Prince Philip" is one audience; "meet X and Y" two meetings.
        if subject.count == 1, objects.count >= 2,
            objects.allSatisfy({ object in
                entities[object].roles.contains { context.knowledge.royalTitles.contains($0.title) }
            })
        {
            objects = []
        }
        reading.objects = objects
        return reading
    }

    /// Who meets or hosts: inherited from the verb before, "the two", "they ... each other", the verb's own
    /// subject, or a subject left unsaid.
    private func verbFrameSubject(
        at triggerRange: Range<Int>, inheritedSubject: [Int]?, _ context: SentenceContext
    ) -> [Int] {
        let tokens = context.tokens
        if let inheritedSubject {
            return inheritedSubject
        } else if let noun = pairReference(before: triggerRange.lowerBound, context),
            let pair = thePair(named: noun, before: triggerRange.lowerBound, context)
        {
            return pair
        } else if tokens[triggerRange].last?.lower == "other",
            triggerRange.lowerBound > context.sentence.range.lowerBound,
            tokens[triggerRange.lowerBound - 1].lower == "they",
            let pair = thePair(named: "leaders", before: triggerRange.lowerBound, context)
        {
            // "when they see each other": the two people the sentence is about.
            return pair
        } else if let left = verbSubject(before: triggerRange.lowerBound, context) {
            return entitiesOf(context.coordinated(from: left, leftward: true), context)
        } else if let unsaid = unsaidSubject(of: triggerRange, context) {
            return [context.mentions[unsaid].entity]
        }
        return []
    }

    /// Whom the subject meets or hosts: named after the verb, after a "with" further on, the antecedent of
    /// a relative clause, a delegation's leader, or the list after "including".
    private func verbFrameObjects(
        form: MeetingTrigger.Form, at triggerRange: Range<Int>, subject: [Int], otherTriggers: [Range<Int>],
        _ context: SentenceContext
    ) -> [Int] {
        let tokens = context.tokens
        var objects: [Int] = []
        // "to meet NATO's standards": a possessive names whose standards, not whom one meets.
        // A host receives someone named right after the verb ("welcomed the statement and said G7
        // ministers ..." welcomes no one).
        let reach = form == .host ? 3 : 6
        var objectGroup: [Int] = []
        if let right = context.mentionAfter(triggerRange.upperBound, maxGap: reach),
            !context.mentions[right].isPossessive,
            // "met on the sidelines of the UN General Assembly": only "with" leads to whom one meets
            // ("hosted a dinner for Singh": and "for" to whom one hosts).
            (triggerRange.upperBound..<context.mentions[right].range.lowerBound).last(where: {
                Self.objectPrepositions.contains(tokens[$0].lower)
            }).map({
                tokens[$0].lower == "with" || form == .host && tokens[$0].lower == "for"
                    || sentBy(preposition: $0, after: triggerRange, context)
            }) ?? true,
            form != .host
                || !(triggerRange.upperBound..<context.mentions[right].range.lowerBound).contains(where: {
                    tokens[$0].lower == "and"
                })
        {
            objectGroup = context.coordinated(from: right, leftward: false)
            objects = entitiesOf(objectGroup, context)
            // "met with Ana Ruiz, deputy minister of trade for ..., and with the Export
            // Council": a second "with" past a long appositive.
            if let last = objectGroup.last,
                let more = secondWith(after: context.mentions[last].range.upperBound, otherTriggers, context)
            {
                objects += entitiesOf(context.coordinated(from: more, leftward: false), context)
            }
        }
        // "met on the sidelines of the General Assembly in New York with President Kabeya": "with" further on.
        if objects.isEmpty, form == .verb, subject.count < 2,
            let far = farWith(after: triggerRange, otherTriggers, context)
        {
            objects = entitiesOf(context.coordinated(from: far, leftward: false), context)
        }
        if objects.isEmpty {
            objects =
                objectsNamedIndirectly(at: triggerRange, subject: subject, otherTriggers: otherTriggers, context)
                ?? []
        } else if objects.allSatisfy({ [.organization, .group].contains(entities[$0].kind) }),
            let included = includedCounterparts(after: triggerRange, otherTriggers: otherTriggers, context)
        {
            // "conferred with several envoys in Geneva, including the delegate of Chile".
            objects = included
        }
        return objects
    }

    /// "met with a delegation from Japan", "received envoys of the Red Cross", "met members of the
    /// parliament": the people met were sent by the actor after "from" or "of", right after the verb's object.
    private func sentBy(preposition: Int, after triggerRange: Range<Int>, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        guard ["from", "of"].contains(tokens[preposition].lower), preposition - 1 >= triggerRange.upperBound
        else { return false }
        let people = tokens[preposition - 1].lower
        let kind = context.knowledge.collectiveWords.match(tokens, at: preposition - 1, end: preposition)?.value
        let sent =
            kind.map { [.collective, .governing, .group].contains($0) }
            ?? (context.knowledge.personNouns.contains(people) && EntityTable.singular(people) != people)
        let before = triggerRange.upperBound..<(preposition - 1)
        return sent
            && !before.contains { Self.objectPrepositions.contains(tokens[$0].lower) && tokens[$0].lower != "with" }
    }

    /// Whom the subject meets when no name follows the verb: the antecedent of a relative clause, a delegation's
    /// leader, names in apposition to a description, or the list after "including"; nil when none tells.
    private func objectsNamedIndirectly(
        at triggerRange: Range<Int>, subject: [Int], otherTriggers: [Range<Int>], _ context: SentenceContext
    ) -> [Int]? {
        // "Abe, with whom he will hold talks on Friday": whom the relative clause hangs on.
        if let antecedent = relativeCounterpart(before: triggerRange.lowerBound, context),
            !subject.contains(context.mentions[antecedent].entity)
        {
            return [context.mentions[antecedent].entity]
        }
        if let leader = delegationCounterpart(after: triggerRange, context) { return [leader] }
        // "met the three leaders of the opposition alliance, A, B and C": the names in apposition to a description.
        if let named = context.namesInApposition(toDescriptionAfter: triggerRange.upperBound) {
            return entitiesOf(named, context)
        }
        // "conferred with several envoys in Geneva, including the delegate of Chile": the list after
        // "including" names whom.
        return includedCounterparts(after: triggerRange, otherTriggers: otherTriggers, context)
    }

    /// The verbs whose object decides whether they tell a meeting: "see", "speak to", "call on", "sign".
    /// The objects, as these verbs read them (unchanged for any other verb); nil when they tell none.
    private func objectsOfSpecialVerbs(
        _ objects: [Int], subject: [Int], at triggerRange: Range<Int>, _ context: SentenceContext
    ) -> [Int]? {
        let tokens = context.tokens
        var objects = objects
        // "to see President Saddam Hussein" is a meeting; "to see progress" is not, nor is "saw Gorbachev
        // as a man she could do business with": a person seen at once, and not judged.
        if triggerRange.count == 1, Self.seeingVerbs.contains(tokens[triggerRange.lowerBound].lower) {
            guard let seen = context.mentionAfter(triggerRange.upperBound, maxGap: 0),
                entities[context.mentions[seen].entity].kind == .person,
                context.mentions[seen].range.upperBound >= context.sentence.range.upperBound
                    || tokens[context.mentions[seen].range.upperBound].lower != "as"
            else { return nil }
            objects = [context.mentions[seen].entity]
        }
        // "spoke to the US President, William Garrison, by telephone" is a call; "spoke to reporters" is none.
        if tokens[triggerRange.upperBound - 1].lower == "to",
            Self.speakingVerbs.contains(tokens[triggerRange.lowerBound].lower),
            !byTelephone(after: triggerRange, context)
        {
            return nil
        }
        // "would also call on senior leader Deng Xiaoping" pays him a call; "called on Iran to stop" or
        // "called on Tokyo for restraint" asks something of him.
        if triggerRange.count == 2, tokens[triggerRange.upperBound - 1].lower == "on" {
            guard let called = context.mentionAfter(triggerRange.upperBound, maxGap: 0),
                entities[context.mentions[called].entity].kind == .person,
                !context.asksSomething(after: triggerRange.upperBound)
            else { return nil }
            objects = [context.mentions[called].entity]
        }
        // "X and Y signed an agreement": two signatories meeting, not a state and a treaty; "X signed a memorandum
        // with Y": the one it was signed with. Three states or more may sign one treaty apart.
        if Self.signingVerbs.contains(tokens[triggerRange.lowerBound].lower) {
            // "showed signs of concern", "a sign of goodwill": the noun signs nothing.
            guard context.tags[triggerRange.lowerBound]?.isVerb == true else { return nil }
            if let partners = signingPartners(after: triggerRange, context), !subject.isEmpty { return partners }
            objects = []
            guard subject.count == 2 || subject.count > 2 && subject.allSatisfy({ entities[$0].kind == .person })
            else { return nil }
        }
        return objects
    }

    static let signingVerbs: Set<String> = ["signed", "sign", "signs"]

    /// "signed a trade deal with Peru on Monday": whom the document was signed with, named after "with" in the
    /// verb's clause.
    private func signingPartners(after trigger: Range<Int>, _ context: SentenceContext) -> [Int]? {
        let end = min(context.sentence.range.upperBound, trigger.upperBound + 10)
        guard
            let with = (trigger.upperBound..<end).first(where: {
                context.tokens[$0].lower == "with" || context.isClauseBreak($0)
            }), context.tokens[with].lower == "with",
            let partner = context.mentionAfter(with + 1, maxGap: 1)
        else { return nil }
        return entitiesOf(context.coordinated(from: partner, leftward: false), context)
    }

    /// "by telephone", "on the phone", "over the phone" within the clause after a verb of speaking.
    func byTelephone(after trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        return (trigger.upperBound..<min(context.sentence.range.upperBound, trigger.upperBound + 12)).contains {
            index in
            let word = tokens[index].lower
            // "by video link", "via videoconference" too.
            let isLine =
                ["telephone", "phone", "videoconference"].contains(word)
                || word == "video" && index + 1 < context.sentence.range.upperBound
                    && ["link", "conference", "call"].contains(tokens[index + 1].lower)
            return isLine
                && (["by", "via"].contains(tokens[index - 1].lower)
                    || tokens[index - 1].lower == "the" && ["on", "over"].contains(tokens[index - 2].lower))
        }
    }
}
