import ParleyModel

/// Where and whether: a meeting's status and place, from its own clause (its date: MeetingFinder+Dates.swift).
extension MeetingFinder {
    /// Planned, cancelled or postponed when a cue stands near the trigger in its clause.
    func status(around trigger: Range<Int>, otherTriggers: [Range<Int>], _ context: SentenceContext)
        -> MeetingStatus
    {
        let cued = statusCued(around: trigger, otherTriggers: otherTriggers, context)
        guard cued == .occurred else { return cued }
        return looksAhead(trigger, otherTriggers: otherTriggers, context) ? .planned : .occurred
    }

    /// The status the cues of the trigger's clause give: a plan called off at once, else planned when any
    /// cue tells a plan.
    private func statusCued(around trigger: Range<Int>, otherTriggers: [Range<Int>], _ context: SentenceContext)
        -> MeetingStatus
    {
        // "Talks between X and Y were called off": the cue may follow the participants. A plan called off
        // reaches further than a plan: "A meeting between X and President Y, scheduled for Thursday in
        // Montevideo, was called off", "canceled a planned round of working-level talks".
        let lower = max(context.sentence.range.lowerBound, trigger.lowerBound - 10)
        let upper = min(context.sentence.range.upperBound, trigger.upperBound + 26)
        var found: MeetingStatus = .occurred
        var i = lower
        while i < upper {
            guard let cue = context.knowledge.statusCues.match(context.tokens, at: i, end: upper) else {
                i += 1
                continue
            }
            let cueRange = i..<(i + cue.length)
            if cueBelongs(cue.value, at: cueRange, to: trigger, otherTriggers: otherTriggers, context) {
                if cue.value == .cancelled || cue.value == .postponed { return cue.value }
                found = .planned
            }
            i = cueRange.upperBound
        }
        return found
    }

    /// Whether a status cue belongs to the trigger: near it, or calling it off from further, in its clause, and
    /// no nearer another meeting word.
    private func cueBelongs(
        _ status: MeetingStatus, at cueRange: Range<Int>, to trigger: Range<Int>, otherTriggers: [Range<Int>],
        _ context: SentenceContext
    ) -> Bool {
        let i = cueRange.lowerBound
        let upper = min(context.sentence.range.upperBound, trigger.upperBound + 26)
        let near = max(context.sentence.range.lowerBound, trigger.lowerBound - 7)..<min(upper, trigger.upperBound + 16)
        let callsOff = status == .cancelled || status == .postponed
        let predicate = i > 0 && ["was", "were", "been", "is", "are"].contains(context.tokens[i - 1].lower)
        // "The new round of talks, involving six states, is to start": the verb after an insertion is the
        // noun's own, however long the insertion.
        let afterInsertion =
            i > trigger.upperBound && context.tokens[trigger.upperBound].text == ","
            && context.tokens[i - 1].text == ","
        guard near.contains(i) || callsOff && (i < trigger.lowerBound || predicate) || afterInsertion else {
            return false
        }
        let between =
            cueRange.upperBound <= trigger.lowerBound
            ? cueRange.upperBound..<trigger.lowerBound
            : trigger.upperBound <= cueRange.lowerBound
                ? trigger.upperBound..<cueRange.lowerBound
                : trigger.lowerBound..<trigger.lowerBound
        let own = distance(cueRange, trigger)
        let belongsElsewhere = otherTriggers.contains { distance(cueRange, $0) < own }
        // After its meeting word a plan shows only as "scheduled"/"planned" ("talks ... scheduled for
        // Thursday"); "talks with Reagan expected to focus on arms" speaks of their content.
        let afterTrigger = cueRange.lowerBound >= trigger.upperBound
        let cueWord = context.tokens[cueRange.lowerBound].lower
        let nextWord =
            cueRange.upperBound < context.sentence.range.upperBound
            ? context.tokens[cueRange.upperBound].lower : ""
        // "the talks ... will be in Washington", "talks will begin", "said the talks would resume": the plan
        // is the talks'. "when they see each other next week": a time ahead is the meeting's own.
        let statesPlan =
            ["scheduled", "planned", "is", "was", "were", "are", "set", "later", "next"].contains(cueWord)
            || context.tags[cueRange.lowerBound] == .modal
                && context.quoted.contains(cueRange.lowerBound) == context.quoted.contains(trigger.lowerBound)
                && ["be", "take", "begin", "start", "open", "resume", "continue"].contains(nextWord)
        // "told X during a visit last week that the United States would": the plan of a clause of its own.
        let complement = between.contains { context.tokens[$0].lower == "that" }
        if afterTrigger, status == .planned, !statesPlan || complement || toldInThePast(trigger, context) {
            return false
        }
        return context.sameClause(between) && !belongsElsewhere
    }

    /// "met on Monday", "started talks in October": a meeting word, or the verb of encounter right before
    /// it, in the past tense; what follows ("which is expected to last a decade") tells no plan of it.
    private func toldInThePast(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        if context.tags[trigger.lowerBound] == .pastTenseVerb { return true }
        var cursor = trigger.lowerBound - 1
        while cursor > context.sentence.range.lowerBound, trigger.lowerBound - cursor <= 4,
            context.isNounModifier(at: cursor) || [.determiner, .noun].contains(context.tags[cursor])
        {
            cursor -= 1
        }
        return cursor >= context.sentence.range.lowerBound
            && context.knowledge.encounterVerbs.contains(context.tokens[cursor].lower)
            && context.tags[cursor] == .pastTenseVerb
    }

    /// Whether the trigger's own words put the meeting ahead, with no cue of status.
    private func looksAhead(_ trigger: Range<Int>, otherTriggers: [Range<Int>], _ context: SentenceContext) -> Bool {
        // "left for Oman on Friday for talks with Sultan Qais": talks a journey is for lie ahead.
        // "for talks", "for two days of talks". "arrived on Monday for a visit to Oman": a visit is the journey
        // itself, begun.
        let triggers = context.knowledge.meetingTriggers
        let purpose = (max(context.sentence.range.lowerBound, trigger.lowerBound - 5)..<trigger.lowerBound)
            .contains { context.tokens[$0].lower == "for" }
        let isJourney =
            triggers.match(context.tokens, at: trigger.lowerBound, end: trigger.upperBound)?.value.form == .travel
        if purpose, !isJourney,
            otherTriggers.contains(where: { other in
                other.upperBound <= trigger.lowerBound
                    && triggers.match(context.tokens, at: other.lowerBound, end: other.upperBound)?.value.form
                        == .travel
            })
        {
            return true
        }
        // "is expected in Washington next month", "is due in Paris": the word itself looks ahead.
        if ["expected", "due"].contains(context.tokens[trigger.lowerBound].lower) { return true }
        if sharesAnInfinitive(trigger, context) || isPresentInATimeClause(trigger, context) { return true }
        return trigger.lowerBound > context.sentence.range.lowerBound
            && context.tokens[trigger.lowerBound - 1].lower == "to"
            && !journeyMadeFor(infinitive: trigger.lowerBound, context)
            && [
                "meet", "visit", "hold", "travel", "go", "fly", "host", "receive", "begin", "continue", "resume",
                "open", "start", "see",
            ].contains(
                context.tokens[trigger.lowerBound].lower)
    }

    /// "by the time Hashimoto meets Clinton", "when she visits Lima": the present tense in a clause of time
    /// tells what is to come.
    private func isPresentInATimeClause(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        guard [.thirdPersonPresentVerb, .presentVerb].contains(context.tags[trigger.lowerBound]) else { return false }
        let lower = max(context.sentence.range.lowerBound, trigger.lowerBound - 6)
        // The clause's subject stands between: "after talks between X and Y" is a noun the tagger misread.
        return (lower..<trigger.lowerBound).contains { i in
            context.sameClause(i..<trigger.lowerBound)
                && context.knowledge.timeClauseOpeners.contains(context.tokens[i].lower)
                && (context.tokens[i].lower != "time" || i > lower && context.tokens[i - 1].lower == "the")
                && context.mentions.contains { $0.range.lowerBound > i && $0.range.upperBound <= trigger.lowerBound }
        }
    }

    /// "was due to visit Gaza and hold talks with X", "will meet Y and see X": a verb in its bare form joined by
    /// "and" to an infinitive or a modal's verb before it looks ahead as that one does.
    private func sharesAnInfinitive(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let lower = context.sentence.range.lowerBound
        let verb = context.tags[trigger.lowerBound] == .verb ? trigger.lowerBound : convener(of: trigger, context) ?? -1
        guard verb > lower + 1, context.tags[verb] == .verb, context.tokens[verb - 1].lower == "and" else {
            return false
        }
        return (max(lower, verb - 16)..<(verb - 1)).contains { i in
            context.sameClause(i..<(verb - 1))
                && (context.tokens[i].lower == "to" && context.tags[i + 1] == .verb || context.tags[i] == .modal)
        }
    }

    /// "flew to Lima on Monday to meet X", "was in Santiago last week to meet X": a purpose told of a journey
    /// made, in the past and in the same clause; the meeting it was for took place. An arrival ("arrived
    /// to meet") only begins the stay, and the meeting may still lie ahead.
    private func journeyMadeFor(infinitive verb: Int, _ context: SentenceContext) -> Bool {
        let lower = max(context.sentence.range.lowerBound, verb - 12)
        return (lower..<(verb - 1)).contains { i in
            guard context.sameClause(i..<(verb - 1)) else { return false }
            let word = context.tokens[i].lower
            if ["was", "were"].contains(word), i + 1 < verb, ["in", "at"].contains(context.tokens[i + 1].lower) {
                return true
            }
            return context.tags[i] == .pastTenseVerb && !context.knowledge.arrivalVerbs.contains(word)
                && context.knowledge.meetingTriggers.match(context.tokens, at: i, end: verb)?.value.form == .travel
        }
    }

    /// "spoke with Putin on Saturday, warning him that Russia's intervention in Ukraine ...": a place in a
    /// participle or relative clause after the trigger is that clause's.
    func insideAnotherClause(_ place: Range<Int>, _ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        // "X, who arrived after a stop in Manila, met Y": a relative clause closed before the trigger.
        if place.upperBound <= trigger.lowerBound {
            let tokens = context.tokens
            let closed = (place.upperBound..<trigger.lowerBound).contains { tokens[$0].text == "," }
            let from = max(context.sentence.range.lowerBound + 1, place.lowerBound - 20)
            let opened = (from..<max(from, place.lowerBound)).contains {
                ["who", "which"].contains(tokens[$0].lower) && tokens[$0 - 1].text == ","
            }
            return closed && opened
        }
        return (trigger.upperBound..<place.lowerBound).contains { index in
            context.tokens[index].text == "," && index + 1 < place.lowerBound
                && (context.tokens[index + 1].lower.hasSuffix("ing")
                    || ["who", "which", "where"].contains(context.tokens[index + 1].lower))
        }
    }

    /// Whether ", and" or ", but" stands between two spans: coordinated clauses.
    func clausesApart(_ a: Range<Int>, _ b: Range<Int>, _ context: SentenceContext) -> Bool {
        let between = a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound : b.upperBound..<a.lowerBound
        return between.contains { index in
            index > between.lowerBound && ["and", "but"].contains(context.tokens[index].lower)
                && context.tokens[index - 1].text == ","
        }
    }

    /// Whether `time` comes right after `trigger`: at most two words between, none of them an actor.
    func follows(_ time: Range<Int>, _ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let gap = trigger.upperBound..<time.lowerBound
        return gap.count <= 2 && context.sameClause(gap)
            && !context.mentions.contains { $0.range.overlaps(gap) && $0.form != .pronoun }
    }

    func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }

    /// "in Geneva", "in Beijing": the place named nearest the trigger in its sentence, unless it is nearer
    /// another meeting word that tells a meeting of its own ("met Kim at Panmunjom, and is due to visit
    /// Washington to meet Trump"; but "meet Putin during a summit in Minsk" is in Minsk).
    func location(near trigger: Range<Int>, otherTriggers: [Range<Int>], _ context: SentenceContext)
        -> String?
    {
        let host =
            context.knowledge.meetingTriggers.match(
                context.tokens, at: trigger.lowerBound, end: trigger.upperBound)?.value.form == .host
        let candidates = context.places.filter { place in
            let start = place.range.lowerBound
            guard start > context.sentence.range.lowerBound else { return false }
            let previous = context.tokens[start - 1].lower
            let own = distance(place.range, trigger)
            // "welcomed Modi to Berlin": a host receives in the place its guest comes to.
            let marksPlace = ["in", "at"].contains(previous) || host && previous == "to"
            return marksPlace && !otherTriggers.contains { distance(place.range, $0) < own }
                && !insideAnotherClause(place.range, trigger, context)
        }
        return candidates.min { distance($0.range, trigger) < distance($1.range, trigger) }?.name
    }
}

extension EventDate {
    /// Wholly before `day` at this date's precision: "last month" is, "later this year" is not.
    func isBefore(_ day: CalendarDate) -> Bool {
        switch precision {
        case .day: date < day
        case .month: (date.year, date.month) < (day.year, day.month)
        case .year: date.year < day.year
        }
    }
}
