import ParleyModel

/// When a meeting took or takes place: the time of its own clause, else the day the story reports.
extension MeetingFinder {
    /// The time expression nearest the trigger; present tense in a dated story means the publication day.
    func date(
        near trigger: Range<Int>, status: MeetingStatus, times: [TimeExpression],
        _ context: SentenceContext
    ) -> EventDate? {
        // A plan, and a plan called off or put back, is dated ahead: "postponed a visit scheduled for Sunday".
        let forward = status != .occurred
        var sameClause = times.filter { time in
            datesTrigger(time, trigger, forward: forward, context)
        }
        // "arrived on Tuesday and met Nathan on Wednesday": a time before "and" is the first verb's when the
        // meeting verb has a day of its own after it ("later in the day" goes back to the first verb's).
        if sameClause.contains(where: { $0.range.lowerBound >= trigger.upperBound && $0.value.namesADay }) {
            sameClause.removeAll { time in
                time.range.upperBound <= trigger.lowerBound
                    && (time.range.upperBound..<trigger.lowerBound).contains { context.tokens[$0].lower == "and" }
            }
        }
        let nearest =
            sameClause.min { distance($0.range, trigger) < distance($1.range, trigger) }
            ?? lastTimeNotSince(trigger, times: times, context)
            ?? (status == .postponed ? newDay(after: trigger, times: times, context) : nil)
        let first = context.tokens[trigger.lowerBound].lower
        if let nearest {
            // "lands in Kenya on Friday", "begins a visit to Britain on Tuesday": the present tense with
            // a day looks ahead.
            // "begins a four-day state visit": the verb may stand a few words before its noun.
            let lead = max(context.sentence.range.lowerBound, trigger.lowerBound - 6)..<trigger.lowerBound
            // "a stay which includes talks Tuesday": any verb in the present that reports no speech.
            let presentTense =
                Self.presentTense.contains(first)
                || lead.contains(where: { Self.presentTense.contains(context.tokens[$0].lower) })
                || lead.contains(where: { isPresentTenseEvent(at: $0, context) })
            if !forward, presentTense, case .weekday = nearest.value {
                return nearest.resolve(published: context.published, forward: true)
            }
            return nearest.resolve(
                published: context.published, forward: forward && !calledOffThatDay(nearest, trigger, context))
        }
        let previous =
            trigger.lowerBound > context.sentence.range.lowerBound ? context.tokens[trigger.lowerBound - 1].lower : ""
        // A wire story under a dateline reports the day's events: "Chirac opened talks with Reagan";
        // any time in the sentence ("attended the Nov. 18-19 forum", "last week") tells of other days.
        // So does a story's lead, the headline and its first two paragraphs, dateline or not.
        let inWireStory = context.dateline != nil || context.sentence.paragraph <= 1
        let vague = !context.times.isEmpty
        // Further down, a meeting told in the simple past is still the story's news ("Albright met with the
        // three leaders"); "had met" tells of days before it.
        let newsOfTheDay = !(trigger.lowerBound - 3..<trigger.lowerBound).contains {
            $0 >= context.sentence.range.lowerBound && context.tokens[$0].lower == "had"
        }
        if status == .occurred, !vague, let published = context.published,
            Self.presentTense.contains(first) || Self.perfectAuxiliaries.contains(previous) || inWireStory
                || newsOfTheDay
        {
            return EventDate(date: published, precision: .day)
        }
        return nil
    }

    /// "Chile suspended the talks on Friday", "called off the visit on Monday": a day after the meeting word of
    /// a verb that called it off in the past is the day it was called off ("postponed talks scheduled for
    /// Friday" still looks ahead).
    private func calledOffThatDay(_ time: TimeExpression, _ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let lower = context.sentence.range.lowerBound
        guard time.range.lowerBound > trigger.upperBound,
            !["for", "until", "till", "to"].contains(context.tokens[time.range.lowerBound - 1].lower)
        else { return false }
        var cursor = trigger.lowerBound - 1
        while cursor > lower, trigger.lowerBound - cursor <= 4,
            context.isNounModifier(at: cursor) || [.determiner, .noun].contains(context.tags[cursor])
        {
            cursor -= 1
        }
        // "called off the talks": the particle belongs to the verb.
        if cursor > lower, [.particle, .preposition].contains(context.tags[cursor]) { cursor -= 1 }
        guard cursor >= lower, [.pastTenseVerb, .pastParticiple].contains(context.tags[cursor]),
            let cue = context.knowledge.statusCues.match(context.tokens, at: cursor, end: trigger.lowerBound)
        else { return false }
        return cue.value == .cancelled || cue.value == .postponed
    }

    /// "was put off until Thursday", "postponed to May": the day a postponed meeting moved to.
    private func newDay(after trigger: Range<Int>, times: [TimeExpression], _ context: SentenceContext)
        -> TimeExpression?
    {
        times.first { time in
            time.range.lowerBound > trigger.upperBound
                && ["until", "till", "to"].contains(context.tokens[time.range.lowerBound - 1].lower)
                && context.sameClause(trigger.upperBound..<time.range.lowerBound)
        }
    }

    /// "have not met since October 1994": the time after "since" is the last meeting's.
    private func lastTimeNotSince(_ trigger: Range<Int>, times: [TimeExpression], _ context: SentenceContext)
        -> TimeExpression?
    {
        let lower = context.sentence.range.lowerBound
        guard
            (max(lower, trigger.lowerBound - 3)..<trigger.lowerBound).contains(where: {
                ["not", "never", "n't"].contains(context.tokens[$0].lower)
            })
        else { return nil }
        return times.first { time in
            time.range.lowerBound > trigger.upperBound && time.range.lowerBound - trigger.upperBound <= 3
                && context.tokens[time.range.lowerBound - 1].lower == "since"
        }
    }

    /// A verb in the simple present, no auxiliary of the perfect and no verb of speech: "includes", "brings".
    private func isPresentTenseEvent(at index: Int, _ context: SentenceContext) -> Bool {
        guard [.thirdPersonPresentVerb, .presentVerb].contains(context.tags[index]) else { return false }
        let word = context.tokens[index].lower
        return !Self.perfectAuxiliaries.contains(word) && !["is", "are", "am", "'s", "does", "do"].contains(word)
            && context.knowledge.reportingCues.match(context.tokens, at: index, end: index + 1) == nil
    }

    /// Whether a time of the sentence dates the trigger: in its clause, and no point of reference, other
    /// clause or report's day.
    private func datesTrigger(
        _ time: TimeExpression, _ trigger: Range<Int>, forward: Bool, _ context: SentenceContext
    ) -> Bool {
        // "since June 1982", "ahead of December 21 talks", "until May": a point of reference, not the day.
        let anchors: Set<String> = ["since", "until", "till", "ahead"]
        let lead = max(context.sentence.range.lowerBound, time.range.lowerBound - 2)..<time.range.lowerBound
        if lead.contains(where: { anchors.contains(context.tokens[$0].lower) }) { return false }
        let between =
            time.range.upperBound <= trigger.lowerBound
            ? time.range.upperBound..<trigger.lowerBound
            : trigger.upperBound..<max(trigger.upperBound, time.range.lowerBound)
        // "during the visit, his first since he ascended the throne in June 1982": another time's clause.
        if between.contains(where: { anchors.contains(context.tokens[$0].lower) }) { return false }
        // "the testimony Tuesday of an officer who described Trump's call": a relative clause of its own.
        if between.contains(where: { ["who", "which"].contains(context.tokens[$0].lower) }) { return false }
        // "As he left after meeting Ruiz, Soto recalled the riots of May": a fronted clause ends
        // at its comma, and a time after it is the main clause's.
        let opening = context.tokens[context.sentence.range.lowerBound].lower
        if time.range.lowerBound > trigger.upperBound,
            opening == "as" || context.knowledge.clauseOpeners.contains(opening),
            between.contains(where: { context.tokens[$0].text == "," })
        {
            return false
        }
        // "Earlier Thursday, Beijing voiced indignation at a meeting between ...": the report's day; so is
        // the day of "will visit Beijing for talks with X, a spokesman said today" for a plan.
        let reportEnd = time.range.upperBound <= trigger.lowerBound ? trigger.lowerBound : time.range.lowerBound
        if time.range.upperBound <= trigger.lowerBound || forward,
            between.contains(where: { position in
                // A reporting verb, not a word of a name ("Commonwealth of Independent States").
                !context.mentions.contains { $0.range.contains(position) }
                    && context.knowledge.reportingCues.match(context.tokens, at: position, end: reportEnd)?.value
                        .form == .verb
            })
        {
            return false
        }
        return context.sameClause(between)
    }
}
