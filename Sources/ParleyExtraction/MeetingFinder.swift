import ParleyModel

/// A meeting as one sentence reports it; participants are entity indices.
struct MeetingCandidate {
    var kind: MeetingKind
    var status: MeetingStatus
    var date: EventDate?
    var location: String?
    var participants: [Int]
    var evidence: Evidence
    /// A visit's visitor, so that a visit can give way to the meeting with its host.
    var visitor: Int?
    var hostCountry: String?
    /// "the meeting with Burns": a meeting the article already reported.
    var isReference = false
    /// The date was guessed from tense, the dateline or the trip it belongs to, not read from the sentence.
    var dateIsInferred = false
    /// "has met twice": which of the counted encounters this is (1 for an encounter told once).
    var occurrence = 1
    /// "the APEC summit opened": a body's gathering with no one else named yet, which the article's other
    /// reports of it complete, or which is dropped.
    var isGathering = false
}

/// Reads meetings from a sentence: each trigger word, with the actors its form attaches.
///
/// | form   | pattern                                                      |
/// |--------|--------------------------------------------------------------|
/// | verb   | X met (with) Y · X and Y met · X held talks with Y           |
/// | noun   | X's meeting with Y · a meeting between X and Y · the X-Y meeting |
/// | travel | X visited Y · X's trip to Beijing · X will travel to Y      |
/// | host   | X received / hosted Y                                        |
///
/// One trigger is read in `MeetingFinder+Trigger`, by the frame of its form (`+VerbFrame`, `+NounFrame`,
/// `+TravelFrame`) into a `MeetingReading`, which `+Completion` gives its status, date and place.
struct MeetingFinder {
    let entities: EntityTable
    /// The participants of the meeting reported last: who "the two ministers" are.
    var previousParticipants: [Int] = []
    /// The day of the last trip the article dated: when "during the visit" happens.
    var tripDate: EventDate?
    /// The people named in earlier sentences, the most recent last: who "the two" are without a meeting.
    var recentPeople: [Int] = []
    /// The states named in earlier sentences, the most recent last: which "the Gulf state" is.
    var recentCountries: [Int] = []
    /// Who travelled on the last trip the article told: whose trip "is to be followed by a visit to".
    var lastTraveller: Int?

    static let presentTense: Set<String> = [
        "meets", "holds", "begins", "opens", "visits", "arrives", "hosts",
        "receives", "resumes", "travels", "flies", "lands", "sets", "heads",
        "leaves", "starts", "makes", "pays", "continues", "signs",
    ]
    static let perfectAuxiliaries: Set<String> = ["has", "have"]
    static let visitVerbsBeforeNoun: Set<String> = [
        "paid", "pay", "pays", "paying", "made", "make", "makes", "began",
        "begin", "begins", "start", "started", "starts", "on", "cancel",
        "cancelled", "canceled", "postponed", "ended", "concluded", "during",
        "beginning", "starting", "making", "paying",
        "for", "undertook", "wrapped", "continue", "continued", "continues",
        // "called off a planned trip", "put off", "scrapped", "shelved", "delayed".
        "off", "scrapped", "shelved", "delayed",
    ]

    mutating func meetings(in context: SentenceContext) -> [MeetingCandidate] {
        var found: [MeetingCandidate] = []
        let (triggers, yielding) = triggers(in: context)
        var previous: (subject: [Int], objectEnd: Int)?
        for (trigger, triggerRange) in triggers {
            let times = timesBelonging(to: triggerRange, triggers: triggers, yielding: yielding, context)
            let others = triggers.map(\.1).filter { $0 != triggerRange }
            // "X will hold talks with Y and meet Z": the second verb shares the first one's subject.
            let inherited = previous.flatMap { previous in
                subjectInherited(by: trigger, at: triggerRange, from: previous, context)
            }
            // "begins a state visit on Tuesday ... will hold talks during the visit": the trip's day, for later.
            // Only a day the sentence names: "During the visit, ..." guesses none.
            if trigger.form == .travel, !context.times.isEmpty,
                let date = date(
                    near: triggerRange, status: status(around: triggerRange, otherTriggers: others, context),
                    times: times, context)
            {
                tripDate = date
            }
            if var result = meetings(
                trigger, at: triggerRange, inheritedSubject: inherited, times: times,
                otherTriggers: others, yielding: yielding, context)
            {
                // "will hold talks with X and meet Y": the second verb shares the first one's plan.
                if inherited != nil, let status = found.last?.status, status != .occurred {
                    // The plan's day lies ahead: "will hold talks with X and meet Y on Friday".
                    let planned = date(near: triggerRange, status: status, times: times, context)
                    for index in result.meetings.indices where result.meetings[index].status == .occurred {
                        result.meetings[index].status = status
                        result.meetings[index].date = planned ?? result.meetings[index].date
                    }
                }
                if trigger.form == .travel, let traveller = result.subject.first { lastTraveller = traveller }
                found += result.meetings
                found += repeats(of: result.meetings, after: triggerRange, context)
                if let gapped = gappedVisit(of: result.meetings, after: triggerRange, context) { found.append(gapped) }
                if !result.subject.isEmpty {
                    let objectEnd = objectEnd(of: result.meetings, after: triggerRange, triggers: triggers, context)
                    previous = (result.subject, objectEnd)
                }
            } else if trigger.form != .noun,
                let subject = inherited
                    ?? verbSubject(before: triggerRange.lowerBound, context)
                    .map({ [context.mentions[$0].entity] })
            {
                // "attended the summit in Lima and paid a visit to Chile": the subject carries on.
                previous = (subject, triggerRange.upperBound)
            }
        }
        joinLateComers(&found, context)
        callOffPlans(&found, context)
        let summits = summitsHosting(found, triggers: triggers, yielding: yielding, context)
        dateBySummit(&found, summits)
        return travelsToSummits(found, triggers: triggers, yielding: yielding, context) + summits
    }

    /// The people and states a sentence named, for the sentences after it. Only the last few people can be
    /// "the two".
    mutating func remember(_ context: SentenceContext) {
        for mention in context.mentions {
            let entity = entities[mention.entity]
            if mention.canAct, entity.kind == .person {
                recentPeople.removeAll { $0 == mention.entity }
                recentPeople.append(mention.entity)
                if recentPeople.count > 4 { recentPeople.removeFirst() }
            } else if entity.kind == .country {
                recentCountries.removeAll { $0 == mention.entity }
                recentCountries.append(mention.entity)
                if recentCountries.count > 4 { recentCountries.removeFirst() }
            }
        }
    }

    /// The sentence's meeting words, and those of them that report a meeting of their own. A time expression
    /// belongs to the nearest trigger that reports a meeting ("a meeting between X and Y on the sidelines of
    /// the summit in November" dates the meeting); a status cue to the nearest trigger of any kind.
    private func triggers(in context: SentenceContext) -> (
        triggers: [(MeetingTrigger, Range<Int>)], yielding: [Range<Int>]
    ) {
        var triggers = context.phrases(of: context.knowledge.meetingTriggers).map { ($0.value, $0.range) }
        let yielding = triggers.filter { trigger, range in
            meetings(
                trigger, at: range, inheritedSubject: nil, times: [], otherTriggers: [], yielding: [], context) != nil
        }.map(\.1)
        // "told reporters", "addressed the issue": a verb of address before no assembly is no meeting word at all.
        triggers.removeAll { trigger, range in trigger.form == .address && !yielding.contains(range) }
        return (triggers, yielding)
    }

    /// The meetings on a summit's sidelines happen while it meets.
    private func dateBySummit(_ found: inout [MeetingCandidate], _ summits: [MeetingCandidate]) {
        if let day = summits.first?.date {
            for index in found.indices where found[index].date == nil && found[index].kind != .visit {
                found[index].date = day
            }
        }
    }

    /// The sentence's times that date this trigger, not another meeting word nearer to them.
    private func timesBelonging(
        to triggerRange: Range<Int>, triggers: [(MeetingTrigger, Range<Int>)], yielding: [Range<Int>],
        _ context: SentenceContext
    ) -> [TimeExpression] {
        context.times.filter { time in
            let own = distance(time.range, triggerRange)
            // "a meeting on Tuesday of a working group", "talks with her yesterday": a time right after
            // a meeting word is that meeting's, whether or not its participants can be named.
            // "arrived on Tuesday for a visit to Chile": an arrival that names no meeting of its own begins the
            // journey it is for, and passes its day on.
            let heldByOther = triggers.contains { _, other in
                other != triggerRange && other.upperBound <= time.range.lowerBound
                    && follows(time.range, other, context) && distance(time.range, other) < own
                    && (yielding.contains(other)
                        || context.knowledge.arrivalVerbs.contains(context.tokens[other.lowerBound].lower)
                            && !(time.range.upperBound..<max(time.range.upperBound, triggerRange.lowerBound)).contains {
                                context.tokens[$0].lower == "for"
                            })
            }
            // A meeting word past ", and" tells another clause's encounter ("met Kim at Panmunjom last
            // month, and is due to visit Washington").
            return !heldByOther
                && !yielding.contains { distance(time.range, $0) < own && !clausesApart(time.range, $0, context) }
        }
    }

    /// The subject of the verb before (`previous`, whose clause runs to `objectEnd`) when this trigger
    /// continues its clause; nil when the trigger has a subject of its own or none.
    private func subjectInherited(
        by trigger: MeetingTrigger, at triggerRange: Range<Int>, from previous: (subject: [Int], objectEnd: Int),
        _ context: SentenceContext
    ) -> [Int]? {
        let range = context.sentence.range
        guard triggerRange.lowerBound > range.lowerBound, previous.objectEnd <= triggerRange.lowerBound else {
            return nil
        }
        if ["and", "to"].contains(context.tokens[triggerRange.lowerBound - 1].lower) {
            return previous.subject
        }
        // "and is expected to hold separate talks with": the verb's "and" or "to" a few words back.
        let near = max(previous.objectEnd, triggerRange.lowerBound - 3)..<triggerRange.lowerBound
        // No one else is named since the first verb's object ("caused Blinken to cancel a trip").
        if near.contains(where: { ["and", "to"].contains(context.tokens[$0].lower) }),
            !context.mentions.contains(where: {
                $0.range.lowerBound >= previous.objectEnd && $0.range.lowerBound < triggerRange.lowerBound
            })
        {
            return previous.subject
        }
        // "leave for Europe on Friday for visits to Germany and Britain", "travel to Washington later
        // this month for a meeting with X": the journey's purpose.
        // "fly to Moscow on Monday for three days of talks with X": a measure may come between.
        let isNoun = trigger.form == .noun || context.tokens[triggerRange.lowerBound].lower == "meeting"
        let purpose = (max(previous.objectEnd, triggerRange.lowerBound - 5)..<triggerRange.lowerBound).last {
            context.tokens[$0].lower == "for"
        }
        if trigger.form == .travel || isNoun, let purpose,
            ((purpose + 1)..<triggerRange.lowerBound).allSatisfy({ position in
                !context.tokens[position].isCapitalized
                    && !context.mentions.contains { $0.range.contains(position) }
            }),
            context.sameClause(previous.objectEnd..<triggerRange.lowerBound)
        {
            return previous.subject
        }
        // "talks with Greek leaders, including a meeting with Pappas": a part of the same plan.
        let lead = max(range.lowerBound, triggerRange.lowerBound - 3)..<triggerRange.lowerBound
        if lead.contains(where: { context.tokens[$0].lower == "including" }) {
            return previous.subject
        }
        // "attended the summit ... and paid a two-day visit to China": "and" with a verb of travelling.
        let gap = Array((previous.objectEnd..<triggerRange.lowerBound).suffix(10))
        if let and = gap.last(where: { context.tokens[$0].lower == "and" }), and + 1 < triggerRange.lowerBound,
            Self.visitVerbsBeforeNoun.contains(context.tokens[and + 1].lower),
            !context.mentions.contains(where: {
                $0.range.lowerBound > and && $0.range.upperBound <= triggerRange.lowerBound
            })
        {
            return previous.subject
        }
        return nil
    }

    /// The first verb's clause runs to its last counterpart ("will meet Nakasone on Thursday").
    private func objectEnd(
        of meetings: [MeetingCandidate], after triggerRange: Range<Int>, triggers: [(MeetingTrigger, Range<Int>)],
        _ context: SentenceContext
    ) -> Int {
        let counterparts = Set(meetings.flatMap(\.participants))
        let nextTrigger =
            triggers.map(\.1.lowerBound).filter { $0 >= triggerRange.upperBound }.min()
            ?? context.sentence.range.upperBound
        return context.mentions.filter {
            $0.range.lowerBound >= triggerRange.upperBound && $0.range.upperBound <= nextTrigger
                && counterparts.contains($0.entity)
        }.map(\.range.upperBound).max() ?? triggerRange.upperBound
    }

    /// "met with Gore, and the president joined the talks": whoever joins takes part in the meeting just told.
    private func joinLateComers(_ found: inout [MeetingCandidate], _ context: SentenceContext) {
        guard !found.isEmpty else { return }
        let tokens = context.tokens
        for index in context.sentence.range where tokens[index].lower == "joined" {
            let next = index + 2 < context.sentence.range.upperBound ? index + 2 : nil
            guard let next, tokens[index + 1].lower == "the",
                context.knowledge.meetingTriggers.match(tokens, at: next, end: next + 1)?.value.form == .noun,
                let joiner = context.mentionBefore(index, maxGap: 0),
                entities[context.mentions[joiner].entity].kind == .person
            else { continue }
            let person = context.mentions[joiner].entity
            if !found[found.count - 1].participants.contains(person) {
                found[found.count - 1].participants.append(person)
            }
        }
    }

    /// The entities of mentions.
    func entitiesOf(_ mentions: [Int], _ context: SentenceContext) -> [Int] {
        mentions.map { context.mentions[$0].entity }
    }

    func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
