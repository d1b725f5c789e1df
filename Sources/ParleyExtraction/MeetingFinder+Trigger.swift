import ParleyModel

/// One trigger word: the words around it that make it no meeting, the form it takes here, the frame that
/// reads it, and the pairs a reading of several sides splits into.
extension MeetingFinder {
    /// Words before "visit" that make it a verb: "to visit", "will visit", "he visits".
    static let verbMarkers: Set<String> = [
        "to", "will", "would", "could", "should", "may", "might", "must", "can",
        "also", "not", "and", "he", "she", "they", "we", "i", "who", "then", "later",
    ]
    /// "talks on the stalled negotiations": words that make a following meeting noun a topic.
    static let topicPrepositions: Set<String> = ["on", "about", "over", "regarding"]
    static let generalQuantifiers: Set<String> = [
        "past", "previous", "such", "many", "several", "regular", "frequent", "most", "some", "all", "few",
    ]
    static let genericPlurals: Set<String> = ["meetings", "summits", "visits", "calls", "encounters"]

    static let noPlans: [[String]] = [["no", "plans", "to"], ["no", "plan", "to"], ["no", "intention", "to"]]

    /// The meetings one trigger yields (several when a subject meets a list of people one by one),
    /// and the subject, for a verb coordinated after it.
    /// `yielding`: the sentence's meeting words that report a meeting of their own (none in the pre-pass
    /// that finds them).
    func meetings(
        _ trigger: MeetingTrigger, at triggerRange: Range<Int>, inheritedSubject: [Int]?,
        times: [TimeExpression], otherTriggers: [Range<Int>], yielding: [Range<Int>], _ context: SentenceContext
    )
        -> (meetings: [MeetingCandidate], subject: [Int])?
    {
        let tokens = context.tokens
        let first = tokens[triggerRange.lowerBound].lower
        let previousWord =
            triggerRange.lowerBound > context.sentence.range.lowerBound
            ? tokens[triggerRange.lowerBound - 1].lower : ""
        var form = trigger.form
        // "a visit to", "his first visit": a noun, whose visitor must be named as such.
        let isTripNoun =
            form == .travel
            && (["trip", "tour", "mission", "state", "official"].contains(first)
                || (first == "visit" || first == "visits") && !Self.verbMarkers.contains(previousWord)
                    && !isPresentVerb(triggerRange, context))
        if first == "visiting", let right = visitorNamed(after: triggerRange.upperBound, context) {
            return meetingWithVisitors(
                named: right, at: triggerRange, previousWord: previousWord, times: times,
                otherTriggers: otherTriggers, yielding: yielding, context)
        }
        // "arrived in Lima after visiting Chile": an earlier leg, told in passing, is no visit of its own.
        if first == "visiting", context.knowledge.clauseOpeners.contains(previousWord) { return nil }
        if reportsNoMeeting(
            trigger, at: triggerRange, first: first, previousWord: previousWord, otherTriggers: otherTriggers, context)
            || first == "visiting" && visitsInGeneral(before: triggerRange.lowerBound, context)
        {
            return nil
        }
        // "after meeting his counterpart", "before meeting with X": a participle after a clause opener, which the
        // tagger tells from the noun; elsewhere "meeting" is the noun unless a form of "be" makes it a verb.
        let participle =
            context.knowledge.clauseOpeners.contains(previousWord) && context.tags[triggerRange.lowerBound] == .gerund
            || witnessed(before: triggerRange.lowerBound, context) != nil
        if first == "meeting" {
            if participle {
                form = .verb
            } else if form == .verb && !["is", "was", "were", "are", "been", "be"].contains(previousWord) {
                form = .noun
            }
        }
        guard
            let base = meeting(
                trigger, form: form, isTripNoun: isTripNoun, at: triggerRange,
                inheritedSubject: inheritedSubject, times: times, otherTriggers: otherTriggers,
                yielding: yielding, context)
        else { return nil }
        if let pairs = pairs(of: base, form: form, at: triggerRange, context) {
            return (pairs, base.subject)
        }
        return ([base.meeting], base.subject)
    }

    /// "restrictions for Pakistanis visiting India", "tourists visiting Egypt": people in general travel.
    private func visitsInGeneral(before position: Int, _ context: SentenceContext) -> Bool {
        let previous = position - 1
        guard previous >= context.sentence.range.lowerBound else { return false }
        if case .country(_, .demonym)? = context.knowledge.gazetteer.match(
            context.tokens, at: previous, end: previous + 1)?.value
        {
            return true
        }
        return !context.tokens[previous].isCapitalized && context.tags[previous] == .pluralNoun
    }

    /// A visitor is met by hosts of another state: "Paris" is no host of a visiting French minister.
    private func compatriots(_ host: Int, _ visitor: Int) -> Bool {
        entities[host].country != nil && entities[host].country == entities[visitor].country
    }

    static let visitorPrepositions: Set<String> = ["from", "with", "for", "by", "to"]

    /// "visiting Ukraine officials", "visiting Kenyan Foreign Minister X", "the visiting German chancellor,
    /// X,": the ones travelling, named after their country and office; nil when "visiting" names a place.
    private func visitorNamed(after position: Int, _ context: SentenceContext) -> Int? {
        if let named = context.mentionAfter(position, maxGap: 0) {
            let last = context.mentions[named].range.upperBound - 1
            let people =
                entities[context.mentions[named].entity].kind == .person
                || context.knowledge.collectiveWords.match(context.tokens, at: last, end: last + 1) != nil
            return people ? named : nil
        }
        let end = min(context.sentence.range.upperBound, position + 6)
        guard let named = context.mentionAfter(position, maxGap: end - position),
            entities[context.mentions[named].entity].kind == .person
        else { return nil }
        let describes = (position..<context.mentions[named].range.lowerBound).allSatisfy { index in
            context.tokens[index].text == "," || context.tokens[index].isCapitalized
                || context.knowledge.titles.match(context.tokens, at: index, end: index + 1) != nil
        }
        return describes ? named : nil
    }

    /// "told visiting Ukraine officials", "assured visiting Foreign Minister X": an adjective for the ones
    /// travelling, whom another verb meets; who told them met them.
    private func meetingWithVisitors(
        named right: Int, at triggerRange: Range<Int>, previousWord: String, times: [TimeExpression],
        otherTriggers: [Range<Int>], yielding: [Range<Int>], _ context: SentenceContext
    ) -> (meetings: [MeetingCandidate], subject: [Int])? {
        let tokens = context.tokens
        var verb = previousWord == "the" ? triggerRange.lowerBound - 2 : triggerRange.lowerBound - 1
        guard verb > context.sentence.range.lowerBound else { return nil }
        // "won support from visiting Prime Minister X": a preposition's object, met by the clause's subject.
        let afterPreposition = Self.visitorPrepositions.contains(tokens[verb].lower)
        if afterPreposition {
            let lower = max(context.sentence.range.lowerBound, verb - 6)
            verb = (lower..<verb).last(where: { context.tags[$0]?.isVerb == true }) ?? lower
        }
        let told = context.mentions[right].entity
        guard verb > context.sentence.range.lowerBound, context.tags[verb]?.isVerb == true,
            afterPreposition || context.knowledge.faceToFaceVerbs.contains(tokens[verb].lower),
            let teller = verbSubject(before: verb, context).map({ context.mentions[$0].entity }),
            teller != told, !compatriots(teller, told)
        else { return nil }
        let status = self.status(around: triggerRange, otherTriggers: otherTriggers, context)
        // "a March 3 meeting in Bern when Hale told visiting Polish officials": the
        // meeting word's day.
        let meetingDay = context.times.last { time in
            time.range.upperBound < triggerRange.lowerBound
                && otherTriggers.contains { $0.lowerBound == time.range.upperBound }
        }
        let meeting = MeetingCandidate(
            kind: .meeting, status: status,
            date: date(near: triggerRange, status: status, times: times, context)
                ?? meetingDay?.resolve(published: context.published, forward: status != .occurred),
            location: location(near: triggerRange, otherTriggers: yielding, context),
            participants: [teller, told], evidence: context.evidence)
        return ([meeting], [teller])
    }

    /// A meeting word whose sentence denies, forbids, only names as a topic, speaks of in general or
    /// imagines the encounter: no meeting is reported.
    private func reportsNoMeeting(
        _ trigger: MeetingTrigger, at triggerRange: Range<Int>, first: String, previousWord: String,
        otherTriggers: [Range<Int>], _ context: SentenceContext
    ) -> Bool {
        let tokens = context.tokens
        // "denied reports that he had met Suu Kyi": a denied encounter is not reported as one.
        if (max(context.sentence.range.lowerBound, triggerRange.lowerBound - 12)..<triggerRange.lowerBound).contains(
            where: {
                context.knowledge.reportingCues.match(tokens, at: $0, end: triggerRange.lowerBound)?.value.act == .deny
            })
        {
            return true
        }
        // "urged Pretoria not to receive the Libyan leader": a meeting asked not to happen is none.
        if triggerRange.lowerBound - 2 >= context.sentence.range.lowerBound,
            tokens[triggerRange.lowerBound - 1].lower == "to", tokens[triggerRange.lowerBound - 2].lower == "not"
        {
            return true
        }
        if trigger.form == .noun, isTopic(triggerRange, otherTriggers: otherTriggers, context) {
            return true
        }
        if trigger.form != .noun, isNegated(triggerRange, context) { return true }
        if Self.genericPlurals.contains(first), !isPresentVerb(triggerRange, context) {
            let next =
                triggerRange.upperBound < context.sentence.range.upperBound ? tokens[triggerRange.upperBound].lower : ""
            // "for visits to Germany and Britain": one visit to each; "held meetings with X", "After meetings
            // with X, Y said": the meetings held; "past meetings between X and Y" are meetings in general.
            guard
                next == "between" || first == "visits" && next == "to" || convener(of: triggerRange, context) != nil
                    || next == "with" && opensTheSentence(triggerRange, context),
                !Self.generalQuantifiers.contains(previousWord)
            else { return true }
        }
        return isDemanded(triggerRange, context) || meetsAThing(triggerRange, first: first, context)
            || isImagined(
                triggerRange, readsAsNoun: readsAsNoun(trigger, first: first, previousWord: previousWord, context),
                previousWord: previousWord, context)
    }

    /// "did not meet X", "has never visited Y", "never signed any pact with Z": a verb denied reports no encounter;
    /// "have not met since 1994" still tells of the last one.
    private func isNegated(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let lower = max(context.sentence.range.lowerBound, trigger.lowerBound - 3)
        guard
            (lower..<trigger.lowerBound).contains(where: {
                StatementFinder.negations.contains(context.tokens[$0].lower)
            })
        else { return false }
        let end = min(context.sentence.range.upperBound, trigger.upperBound + 8)
        return !(trigger.upperBound..<end).contains { context.tokens[$0].lower == "since" }
    }

    /// "meet a NATO request", "met China's demands": "meet" whose object is a thing an actor only modifies.
    private func meetsAThing(_ trigger: Range<Int>, first: String, _ context: SentenceContext) -> Bool {
        let end = context.sentence.range.upperBound
        guard ["meet", "meets", "met"].contains(first), trigger.count == 1 else { return false }
        var cursor = trigger.upperBound
        if cursor < end, context.tags[cursor] == .determiner { cursor += 1 }
        guard let object = context.mentionAfter(cursor, maxGap: 0, actorsOnly: false) else { return false }
        let head = context.mentions[object].range.upperBound
        guard head < end, [.noun, .pluralNoun].contains(context.tags[head]),
            !context.times.contains(where: { $0.range.contains(head) })
        else { return false }
        // "met NATO counterparts", "met EU envoys": people, singular or plural, are whom one meets.
        let knowledge = context.knowledge
        let word = context.tokens[head].lower
        let people = [word, EntityTable.singular(word)].contains { noun in
            knowledge.personNouns.contains(noun) || context.knowledge.pairNouns.nouns.contains(noun)
                || knowledge.singleWordTitles.contains(noun)
        }
        return !people && knowledge.collectiveWords.match(context.tokens, at: head, end: end) == nil
    }

    /// "urged Washington to enter into talks with Tehran", "called on both sides to meet": an encounter asked
    /// for is not reported.
    private func isDemanded(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        let lower = max(context.sentence.range.lowerBound, trigger.lowerBound - 12)
        guard
            let to = (max(lower, trigger.lowerBound - 4)..<trigger.lowerBound).last(where: { tokens[$0].lower == "to" }
            ),
            context.sameClause(to..<trigger.lowerBound)
        else { return false }
        return (lower..<to).contains { start in
            context.knowledge.reportingCues.matches(tokens, at: start, end: to).contains {
                $0.value.act == .demand && $0.value.form == .verb
            }
        }
    }

    /// "held talks with Arafat on the stalled negotiations with Israel": the other talks are the topic.
    private func isTopic(_ triggerRange: Range<Int>, otherTriggers: [Range<Int>], _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        guard otherTriggers.contains(where: { $0.upperBound <= triggerRange.lowerBound }) else { return false }
        // Back over the noun's own words ("the stalled") to the preposition that makes it a topic.
        var cursor = triggerRange.lowerBound - 1
        while cursor > context.sentence.range.lowerBound, triggerRange.lowerBound - cursor <= 3,
            tokens[cursor].isWordLike, !tokens[cursor].isCapitalized,
            !Self.topicPrepositions.contains(tokens[cursor].lower),
            !context.times.contains(where: { $0.range.contains(cursor) })
        {
            cursor -= 1
        }
        // The preposition follows the earlier meeting's counterpart ("with Arafat on the ... negotiations");
        // after a verb ("agreed on a summit with Jiang") the noun is an encounter of its own.
        return cursor > context.sentence.range.lowerBound
            && Self.topicPrepositions.contains(tokens[cursor].lower)
            && context.mentions.contains(where: { $0.range.upperBound == cursor })
    }

    /// Whether the trigger reads as a noun: a meeting noun, "meeting", or a trip's noun after an adjective
    /// ("her possible visit to Chile").
    private func readsAsNoun(_ trigger: MeetingTrigger, first: String, previousWord: String, _ context: SentenceContext)
        -> Bool
    {
        trigger.form == .noun || first == "meeting"
            || trigger.form == .travel && context.knowledge.imaginedMeetingWords.contains(previousWord)
    }

    /// A meeting imagined, not reported: "any meeting between the two presidents", "the first such
    /// conversation", "a meeting ... if it happens at all", "has no plans to meet X", "a meeting with Wang Yi
    /// was unlikely", "a meeting with the American leader can be worth more".
    private func isImagined(
        _ trigger: Range<Int>, readsAsNoun: Bool, previousWord: String, _ context: SentenceContext
    ) -> Bool {
        let tokens = context.tokens
        let end = context.sentence.range.upperBound
        let lead = (max(context.sentence.range.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound)
            .map { tokens[$0].lower }
        if Self.noPlans.contains(lead) { return true }
        // "her willingness to meet X": a disposition to meet reports no encounter.
        if lead.count == 3, lead[2] == "to", context.knowledge.dispositionNouns.contains(lead[1]) { return true }
        guard readsAsNoun else { return false }
        if context.knowledge.imaginedMeetingWords.contains(previousWord) { return true }
        let after = trigger.upperBound..<min(end, trigger.upperBound + 10)
        if after.contains(where: { tokens[$0].lower == "if" && tokens[$0 - 1].text == "," }) { return true }
        if after.contains(where: { tokens[$0].lower == "unlikely" && context.sameClause(trigger.upperBound..<$0) }) {
            return true
        }
        guard ["a", "an"].contains(previousWord),
            let modal = (trigger.upperBound..<min(end, trigger.upperBound + 8))
                .first(where: { ["can", "could", "may", "might"].contains(tokens[$0].lower) })
        else { return false }
        return modal + 1 < end && tokens[modal + 1].lower == "be" && context.sameClause(trigger.upperBound..<modal)
    }

    /// Reads the trigger with the frame of its form, then completes the reading with the meeting's
    /// status, date and place; nil when the words tell no meeting of two sides.
    private func meeting(
        _ trigger: MeetingTrigger, form: MeetingTrigger.Form, isTripNoun: Bool, at triggerRange: Range<Int>,
        inheritedSubject: [Int]?, times: [TimeExpression], otherTriggers: [Range<Int>], yielding: [Range<Int>],
        _ context: SentenceContext
    )
        -> (meeting: MeetingCandidate, subject: [Int], objects: [Int])?
    {
        let reading: MeetingReading?
        switch form {
        case .link:
            reading = linkReading(
                kind: trigger.kind, at: triggerRange, inheritedSubject: inheritedSubject,
                otherTriggers: otherTriggers, context)
        case .verb where attendedBy(triggerRange, context):
            reading = attendanceReading(kind: trigger.kind, at: triggerRange, otherTriggers: otherTriggers, context)
        case .verb, .host:
            reading = verbReading(
                kind: trigger.kind, form: form, at: triggerRange, inheritedSubject: inheritedSubject,
                otherTriggers: otherTriggers, context)
        case .noun:
            reading = nounReading(
                kind: trigger.kind, at: triggerRange, inheritedSubject: inheritedSubject,
                otherTriggers: otherTriggers, context)
        case .address:
            reading = addressReading(at: triggerRange, inheritedSubject: inheritedSubject, context)
        case .travel:
            reading = travelReading(
                kind: trigger.kind, isTripNoun: isTripNoun, at: triggerRange, inheritedSubject: inheritedSubject,
                otherTriggers: otherTriggers, context)
        }
        guard let reading else { return nil }
        return completed(
            reading, form: form, at: triggerRange, times: times, otherTriggers: otherTriggers, yielding: yielding,
            context)
    }

    /// "X met A, B and C", "X visited A and B", "X and Y are to meet Z": the article reports one
    /// encounter of each side with each counterpart. Nil when the meeting stays one.
    private func pairs(
        of base: (meeting: MeetingCandidate, subject: [Int], objects: [Int]), form: MeetingTrigger.Form,
        at triggerRange: Range<Int>, _ context: SentenceContext
    ) -> [MeetingCandidate]? {
        let subject = base.subject
        let pairs = subject.count * base.objects.count
        // "X and Y were joined by Z": the one who joins meets them together.
        let joins = context.tokens[triggerRange].contains { $0.lower == "joined" }
        // "Iran resumed talks with France, Germany and the United Kingdom": one negotiation of all the states.
        let negotiation =
            base.meeting.kind == .talks && base.objects.count >= 2
            && (subject + base.objects).allSatisfy { entities[$0].kind == .country }
        // "met the three members of the coalition, A, B and C": the ones described, met together.
        let metTogether =
            triggerRange.upperBound < context.sentence.range.upperBound
            && context.namesInApposition(toDescriptionAfter: triggerRange.upperBound) != nil
        guard !joins, !negotiation, !metTogether, (form == .verb || form == .host || form == .travel || form == .link),
            pairs >= 2,
            pairs <= 8
        else { return nil }
        var split: [MeetingCandidate] = []
        for side in subject {
            for object in base.objects where object != side {
                var meeting = base.meeting
                meeting.participants = [side, object]
                meeting.visitor = form == .travel ? side : nil
                if form == .travel {
                    meeting.hostCountry = entities[object].country
                    meeting.location = entities[object].name
                }
                split.append(meeting)
            }
        }
        return split
    }
}
