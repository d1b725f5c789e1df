import ParleyModel

/// Summits a sentence tells beside its other encounters: the one whose sidelines they happen on, the one a
/// journey is made for.
extension MeetingFinder {
    /// "talks with Chirac on the sidelines of a summit in Bamako", "to meet Putin during a summit of the
    /// CIS": the summit is an encounter of its own, of the same people and of the body that holds it.
    func summitsHosting(
        _ found: [MeetingCandidate], triggers: [(MeetingTrigger, Range<Int>)], yielding: [Range<Int>],
        _ context: SentenceContext
    ) -> [MeetingCandidate] {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        // "had been due to meet at a European summit, but ... cancelled his trip": the summit went on without
        // the meeting, and tells nothing of who was there.
        guard let meeting = found.last(where: { $0.kind != .summit && $0.kind != .visit }),
            meeting.status == .occurred || meeting.status == .planned
        else { return [] }
        var summits: [MeetingCandidate] = []
        let met = found.filter { $0.kind != .summit && $0.kind != .visit }.flatMap(\.participants)
        for (trigger, range) in triggers where trigger.kind == .summit && trigger.form == .noun {
            guard !yielding.contains(range) else { continue }
            let leadRange = max(lower, range.lowerBound - 7)..<range.lowerBound
            let lead = leadRange.map { tokens[$0].lower }
            guard lead.contains("during") || lead.contains("sidelines") || lead.contains("at"),
                context.sameClause(leadRange)
            else { continue }
            // "met Y on Monday and will speak at a summit": another verb's summit ("Biden and Xi" only
            // joins two names).
            let meetingWord = triggers.last { $0.1.upperBound <= range.lowerBound && $0.1 != range }?.1
            guard let meetingWord,
                !(meetingWord.upperBound..<range.lowerBound).contains(where: { position in
                    ["and", "but", "while"].contains(tokens[position].lower)
                        && !(context.mentions.contains { $0.range.upperBound == position }
                            && context.mentions.contains { $0.range.lowerBound == position + 1 })
                })
            else { continue }
            var participants = met
            if let body = body(ofSummit: range, context) { participants.insert(body, at: 0) }
            let others = triggers.map(\.1).filter { $0 != range }
            let status = self.status(around: range, otherTriggers: others, context)
            summits.append(
                MeetingCandidate(
                    kind: .summit, status: status,
                    date: date(near: range, status: status, times: context.times, context) ?? meeting.date,
                    location: location(near: range, otherTriggers: [], context) ?? meeting.location,
                    participants: unique(participants), evidence: context.evidence))
        }
        return summits
    }

    /// "arrived in Dhaka to attend the SAARC summit", "flew to Lima for the two-day summit": a journey made
    /// for a summit is the travellers' part in it, not a visit to the host.
    func travelsToSummits(
        _ found: [MeetingCandidate], triggers: [(MeetingTrigger, Range<Int>)], yielding: [Range<Int>],
        _ context: SentenceContext
    ) -> [MeetingCandidate] {
        let tokens = context.tokens
        guard
            let summit = triggers.first(where: { trigger, range in
                trigger.kind == .summit && trigger.form == .noun && !yielding.contains(range)
                    && (max(context.sentence.range.lowerBound, range.lowerBound - 6)..<range.lowerBound).contains {
                        context.knowledge.summitPurposeWords.contains(tokens[$0].lower)
                    }
            })?.1,
            found.contains(where: { $0.kind == .visit && $0.visitor != nil })
        else { return found }
        var travellers: [Int] = []
        var rest: [MeetingCandidate] = []
        var journey: MeetingCandidate?
        for meeting in found {
            guard meeting.kind == .visit, meeting.visitor != nil else {
                rest.append(meeting)
                continue
            }
            // Everyone on the journey but the state it goes to.
            for traveller in meeting.participants where !travellers.contains(traveller) {
                let host = entities[traveller].kind == .country && entities[traveller].country == meeting.hostCountry
                if !host { travellers.append(traveller) }
            }
            journey = journey ?? meeting
        }
        // One traveller to a summit of no body named stays a visit: nothing tells whose summit it was.
        let body = body(ofSummit: summit, context)
        guard var attendance = journey, body != nil || travellers.count >= 2 else { return found }
        attendance.kind = .summit
        attendance.visitor = nil
        attendance.hostCountry = nil
        attendance.participants = (body.map { [$0] } ?? []) + travellers
        return rest + [attendance]
    }

    /// "the G-20 summit", "the summit of the African Union": the body that meets.
    private func body(ofSummit range: Range<Int>, _ context: SentenceContext) -> Int? {
        if let body = context.mentionBefore(range.lowerBound, maxGap: 0),
            entities[context.mentions[body].entity].kind == .organization
        {
            return context.mentions[body].entity
        }
        if range.upperBound < context.sentence.range.upperBound, context.tokens[range.upperBound].lower == "of",
            let body = context.mentionAfter(range.upperBound + 1, maxGap: 1),
            entities[context.mentions[body].entity].kind == .organization
        {
            return context.mentions[body].entity
        }
        return nil
    }

    /// "Ruiz spoke at the APEC summit", "At the closing session of the summit, Ruiz said", "Ruiz addressed the
    /// summit": the subject of a clause that a summit is the scene of attends it.
    func attendeesActing(at summit: Range<Int>, _ context: SentenceContext) -> [Int] {
        guard let link = sceneLink(before: summit.lowerBound, context) else { return [] }
        // "met Putin during a summit of the CIS": the summit is the scene of another encounter, whose people
        // the summit's sidelines rule takes.
        let clauseStart = max(context.sentence.range.lowerBound, link - 12)
        if (clauseStart..<link).contains(where: {
            context.knowledge.meetingTriggers.match(context.tokens, at: $0, end: link) != nil
        }) {
            return []
        }
        let subject: Int?
        if !context.mentions.contains(where: { $0.range.upperBound <= link }) {
            // A fronted phrase: the subject follows its comma, not the one of "in Madrid, Spain,".
            let upper = min(context.sentence.range.upperBound, summit.upperBound + 10)
            let comma = (summit.upperBound..<upper).first { position in
                guard context.tokens[position].text == "," else { return false }
                let next = context.mentionAfter(position + 1, maxGap: 0, actorsOnly: false)
                return next.map { index in
                    let end = context.mentions[index].range.upperBound
                    return end >= upper || context.tokens[end].text != ","
                } ?? true
            }
            subject = comma.flatMap { context.mentionAfter($0 + 1, maxGap: 0) }
        } else {
            subject =
                sentenceSubject(before: link, context)
                ?? context.mentionBefore(link, maxGap: 3).flatMap { index in
                    entities[context.mentions[index].entity].kind == .country ? index : nil
                }
        }
        guard let subject, !context.quoted.contains(context.mentions[subject].range.lowerBound) else { return [] }
        let leftward = context.mentions[subject].range.upperBound <= link
        return entitiesOf(context.coordinated(from: subject, leftward: leftward), context).filter {
            [.person, .country].contains(entities[$0].kind)
        }
    }

    /// The word that makes a summit noun the scene of an act ("at", "during", "addressed", "told"), a few words
    /// of the noun's own phrase before it ("at the closing session of the 13th APEC summit").
    private func sceneLink(before noun: Int, _ context: SentenceContext) -> Int? {
        var cursor = noun - 1
        while cursor >= context.sentence.range.lowerBound, noun - cursor <= 9 {
            let word = context.tokens[cursor].lower
            if context.knowledge.sceneLinks.contains(word) { return cursor }
            guard context.tokens[cursor].text != ",", !context.isClauseBreak(cursor), context.tags[cursor] != .verb,
                context.tags[cursor] != .pastTenseVerb, context.tags[cursor] != .modal
            else { return nil }
            cursor -= 1
        }
        return nil
    }
}
