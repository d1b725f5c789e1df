import ParleyModel

/// What every frame's reading is completed with: two sides at least, the status, place and date of
/// the trigger's clause, and a call told by "by telephone".
extension MeetingFinder {
    /// The meeting a reading tells, with the reading's subject and objects; nil without two sides.
    func completed(
        _ reading: MeetingReading, form: MeetingTrigger.Form, at triggerRange: Range<Int>, times: [TimeExpression],
        otherTriggers: [Range<Int>], yielding: [Range<Int>], _ context: SentenceContext
    ) -> (meeting: MeetingCandidate, subject: [Int], objects: [Int])? {
        let tokens = context.tokens
        let participants = unique(reading.participants)
        // "The SAARC summit opened on Saturday": a body's summit, whose other participants other sentences name;
        // "Ruiz addressed the summit": one of them.
        let isGathering = reading.kind == .summit && form == .noun && participants.count == 1
        guard isGathering || hasTwoSides(participants, visitor: reading.visitor, hostCountry: reading.hostCountry)
        else { return nil }

        // A cue goes to the nearest meeting word that reports a meeting, not to "the APEC leaders' meeting".
        var status = self.status(around: triggerRange, otherTriggers: otherTriggers.filter(yielding.contains), context)
        var location = reading.location
        if location == nil {
            location = self.location(
                near: triggerRange, otherTriggers: yielding.filter { $0 != triggerRange }, context)
        }
        var date = self.date(near: triggerRange, status: status, times: times, context)
        // Without any time in the sentence, a date can only come from tense, dateline or the trip.
        var dateIsInferred = date != nil && context.times.isEmpty
        if date == nil, refersToTheTrip(context) {
            date = tripDate
            dateIsInferred = tripDate != nil
        }
        if location == nil {
            location = datelineLocation(of: triggerRange, status: status, date: date, context)
        }
        status = statusCorrected(status, by: date, context)
        var kind = reading.kind
        // "spoke with Putin by telephone": a conversation by phone is a call ("about the phone-hacking
        // scandal" is not).
        if kind == .meeting, form == .verb, Self.speakingVerbs.contains(tokens[triggerRange.lowerBound].lower),
            byTelephone(after: triggerRange, context)
        {
            kind = .call
        }
        // "held a summit with Clinton", "a summit between Bush and Maliki": two leaders meeting, not a gathering.
        if kind == .summit, participants.count == 2, participants.allSatisfy({ entities[$0].kind == .person }),
            triggerRange.upperBound < context.sentence.range.upperBound,
            ["with", "between"].contains(tokens[triggerRange.upperBound].lower)
        {
            kind = .meeting
        }
        var meeting = MeetingCandidate(
            kind: kind, status: status, date: date, location: location,
            participants: participants, evidence: context.evidence,
            visitor: form == .travel && kind == .visit ? reading.visitor : nil, hostCountry: reading.hostCountry)
        let before =
            triggerRange.lowerBound > context.sentence.range.lowerBound ? tokens[triggerRange.lowerBound - 1].lower : ""
        meeting.isReference = form == .noun && ["the", "this", "that", "'s"].contains(before)
        meeting.dateIsInferred = dateIsInferred
        meeting.isGathering = isGathering
        return (meeting, reading.subject, reading.objects)
    }

    /// A person's own country beside the person adds nothing; two sides are needed. A visitor is no
    /// citizen of the country visited, whatever the dateline suggested.
    private func hasTwoSides(_ participants: [Int], visitor: Int?, hostCountry: String?) -> Bool {
        let personCountries = Set(
            participants.compactMap { participant -> String? in
                let entity = entities[participant]
                guard entity.kind == .person else { return nil }
                return participant == visitor && entity.countryIsGuess && entity.country == hostCountry
                    ? nil : entity.country
            })
        let sides = participants.filter {
            !(entities[$0].kind == .country && personCountries.contains(entities[$0].country ?? ""))
        }
        return sides.count >= 2
    }

    /// The dateline's city, for a meeting whose sentence names no place of its own.
    private func datelineLocation(
        of triggerRange: Range<Int>, status: MeetingStatus, date: EventDate?, _ context: SentenceContext
    ) -> String? {
        let tokens = context.tokens
        // What a dateline story reports for its own day happened in the dateline's city.
        // A sentence that names a place of its own ("who is beginning a visit to Chile") may be elsewhere.
        if status == .occurred, let dateline = context.dateline, let date, date.precision == .day,
            date.date == context.published,
            !context.places.contains(where: {
                $0.range.lowerBound > context.sentence.range.lowerBound
                    && MentionFinder.placePrepositions.contains(tokens[$0.range.lowerBound - 1].lower)
            })
        {
            return dateline
        }
        // "met here late Wednesday": here is the dateline's city.
        if let dateline = context.dateline,
            (triggerRange.upperBound..<min(context.sentence.range.upperBound, triggerRange.upperBound + 3)).contains(
                where: { tokens[$0].lower == "here" })
        {
            return dateline
        }
        return nil
    }

    /// The status as the meeting's day tells it: a day after publication is planned, a day before it past.
    private func statusCorrected(_ status: MeetingStatus, by date: EventDate?, _ context: SentenceContext)
        -> MeetingStatus
    {
        if status == .occurred, let date, let published = context.published, date.precision == .day,
            date.date > published
        {
            return .planned
        }
        // "was expected to brief Levi on his talks last week": a past date outweighs a word of expectation.
        if status == .planned, let date, let published = context.published, date.date < published,
            date.isBefore(published)
        {
            return .occurred
        }
        return status
    }
}
