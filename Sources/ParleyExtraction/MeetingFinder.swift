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
}

/// Reads meetings from a sentence: each trigger word, with the actors its form attaches.
///
/// | form   | pattern                                                      |
/// |--------|--------------------------------------------------------------|
/// | verb   | X met (with) Y · X and Y met · X held talks with Y           |
/// | noun   | X's meeting with Y · a meeting between X and Y · the X-Y meeting |
/// | travel | X visited Y · X's trip to Beijing · X will travel to Y      |
/// | host   | X received / hosted Y                                        |
struct MeetingFinder {
    let entities: EntityTable
    /// The participants of the meeting reported last: who "the two ministers" are.
    var previousParticipants: [Int] = []
    /// The day of the last trip the article dated: when "during the visit" happens.
    var tripDate: EventDate?
    /// The people named in earlier sentences, the most recent last: who "the two" are without a meeting.
    var recentPeople: [Int] = []
    /// Who travelled on the last trip the article told: whose trip "is to be followed by a visit to".
    var lastTraveller: Int?

    static let presentTense: Set<String> = [
        "meets", "holds", "begins", "opens", "visits", "arrives", "hosts",
        "receives", "resumes", "travels", "flies", "lands", "sets", "heads",
        "leaves", "starts", "makes", "pays", "continues",
    ]
    static let perfectAuxiliaries: Set<String> = ["has", "have"]
    static let nounLinks: Set<String> = ["with", "between", "among", "from"]

    mutating func meetings(in context: SentenceContext) -> [MeetingCandidate] {
        var found: [MeetingCandidate] = []
        let range = context.sentence.range
        let triggers = context.phrases(of: context.knowledge.meetingTriggers).map { ($0.value, $0.range) }
        // A time expression belongs to the nearest trigger that reports a meeting ("a meeting between
        // X and Y on the sidelines of the summit in November" dates the meeting); a status cue to the
        // nearest trigger of any kind.
        let yielding = triggers.filter { trigger, range in
            meetings(
                trigger, at: range, inheritedSubject: nil, times: [], otherTriggers: [], yielding: [], context) != nil
        }.map(\.1)
        var previous: (subject: [Int], objectEnd: Int)?
        for (trigger, triggerRange) in triggers {
            let times = context.times.filter { time in
                let own = distance(time.range, triggerRange)
                // "a meeting on Tuesday of a working group", "talks with her yesterday": a time right after
                // a meeting word is that meeting's, whether or not its participants can be named.
                let heldByOther = triggers.contains { _, other in
                    other != triggerRange && other.upperBound <= time.range.lowerBound
                        && follows(time.range, other, context) && distance(time.range, other) < own
                }
                // A meeting word past ", and" tells another clause's encounter ("met Kim at Panmunjom last
                // month, and is due to visit Washington").
                return !heldByOther
                    && !yielding.contains { distance(time.range, $0) < own && !clausesApart(time.range, $0, context) }
            }
            let others = triggers.map(\.1).filter { $0 != triggerRange }
            // "X will hold talks with Y and meet Z": the second verb shares the first one's subject.
            let inherited = previous.flatMap { previous -> [Int]? in
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
                    for index in result.meetings.indices where result.meetings[index].status == .occurred {
                        result.meetings[index].status = status
                    }
                }
                if trigger.form == .travel, let traveller = result.subject.first { lastTraveller = traveller }
                found += result.meetings
                found += repeats(of: result.meetings, after: triggerRange, context)
                if let gapped = gappedVisit(of: result.meetings, after: triggerRange, context) { found.append(gapped) }
                if !result.subject.isEmpty {
                    // The first verb's clause runs to its last counterpart ("will meet Nakasone on Thursday").
                    let counterparts = Set(result.meetings.flatMap(\.participants))
                    let nextTrigger =
                        triggers.map(\.1.lowerBound).filter { $0 >= triggerRange.upperBound }.min() ?? range.upperBound
                    let objectEnd =
                        context.mentions.filter {
                            $0.range.lowerBound >= triggerRange.upperBound && $0.range.upperBound <= nextTrigger
                                && counterparts.contains($0.entity)
                        }.map(\.range.upperBound).max() ?? triggerRange.upperBound
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
        // The meetings on a summit's sidelines happen while it meets.
        if let day = summits.first?.date {
            for index in found.indices where found[index].date == nil && found[index].kind != .visit {
                found[index].date = day
            }
        }
        return found + summits
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

    /// "talks with Chirac on the sidelines of a summit in Bamako", "to meet Putin during a summit of the
    /// CIS": the summit is an encounter of its own, of the same people and of the body that holds it.
    private func summitsHosting(
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
            // "the G-20 summit", "the NATO summit": the body that meets.
            if let body = context.mentionBefore(range.lowerBound, maxGap: 0),
                entities[context.mentions[body].entity].kind == .organization
            {
                participants.insert(context.mentions[body].entity, at: 0)
            }
            if range.upperBound < context.sentence.range.upperBound, tokens[range.upperBound].lower == "of",
                let body = context.mentionAfter(range.upperBound + 1, maxGap: 1),
                entities[context.mentions[body].entity].kind == .organization
            {
                participants.insert(context.mentions[body].entity, at: 0)
            }
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

    static let determiners: Set<String> = [
        "a", "an", "the", "his", "her", "its", "their", "'s", "this", "that", "first",
        "official", "state", "brief", "surprise", "planned", "scheduled", "working",
        "private", "upcoming", "recent", "weekend", "two", "three", "four", "five",
    ]
    static let visitVerbsBeforeNoun: Set<String> = [
        "paid", "pay", "pays", "paying", "made", "make", "makes", "began",
        "begin", "begins", "start", "started", "starts", "on", "cancel",
        "cancelled", "canceled", "postponed", "ended", "concluded", "during",
        "beginning", "starting", "making", "paying",
        "for", "undertook", "wrapped", "continue", "continued", "continues",
        // "called off a planned trip", "put off", "scrapped", "shelved", "delayed".
        "off", "scrapped", "shelved", "delayed",
    ]
    /// Words before "visit" that make it a verb: "to visit", "will visit", "he visits".
    static let verbMarkers: Set<String> = [
        "to", "will", "would", "could", "should", "may", "might", "must", "can",
        "also", "not", "and", "he", "she", "they", "we", "i", "who", "then", "later",
    ]
    static let objectPrepositions: Set<String> = [
        "with", "of", "at", "in", "on", "during", "after", "before", "for", "about", "over", "to", "from",
        // "had met since Tokyo tightened export controls": a clause of its own.
        "since", "until", "because", "when", "while",
    ]
    static let seeingVerbs: Set<String> = ["see", "sees", "saw"]
    static let speakingVerbs: Set<String> = ["spoke", "speaks", "spoken", "speak", "speaking", "talked"]
    /// "talks on the stalled negotiations": words that make a following meeting noun a topic.
    static let topicPrepositions: Set<String> = ["on", "about", "over", "regarding"]
    static let wishVerbs: Set<String> = ["wanted", "wants", "sought", "seeks", "requested", "hoped", "desired"]
    static let invitationWords: Set<String> = ["invitation", "invitations", "invite"]
    static let generalQuantifiers: Set<String> = [
        "past", "previous", "such", "many", "several", "regular", "frequent", "most", "some", "all", "few",
    ]
    static let genericPlurals: Set<String> = ["meetings", "summits", "visits", "calls", "encounters"]

    static let noPlans: [[String]] = [["no", "plans", "to"], ["no", "plan", "to"], ["no", "intention", "to"]]

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
        guard readsAsNoun else { return false }
        if ["any", "such"].contains(previousWord) { return true }
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

    /// The meetings one trigger yields (several when a subject meets a list of people one by one),
    /// and the subject, for a verb coordinated after it.
    /// `yielding`: the sentence's meeting words that report a meeting of their own (none in the pre-pass
    /// that finds them).
    private func meetings(
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
                || (first == "visit" || first == "visits") && !Self.verbMarkers.contains(previousWord))
        // "told visiting Ukraine officials", "held talks with visiting U.S. Treasury Secretary X": an adjective
        // for the ones travelling, whom another verb meets; who told the officials met them.
        if first == "visiting", let right = context.mentionAfter(triggerRange.upperBound, maxGap: 0) {
            guard let last = context.mentions[right].range.last,
                context.knowledge.collectiveWords.match(tokens, at: last, end: last + 1) != nil,
                triggerRange.lowerBound - 1 > context.sentence.range.lowerBound,
                Self.tellingVerbs.contains(previousWord) || ["met", "received", "hosted"].contains(previousWord),
                let teller = verbSubject(before: triggerRange.lowerBound - 1, context),
                context.mentions[teller].entity != context.mentions[right].entity
            else { return nil }
            let told = context.mentions[right].entity
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
                participants: [context.mentions[teller].entity, told], evidence: context.evidence)
            return ([meeting], [context.mentions[teller].entity])
        }
        // "denied reports that he had met Suu Kyi": a denied encounter is not reported as one.
        if (max(context.sentence.range.lowerBound, triggerRange.lowerBound - 12)..<triggerRange.lowerBound).contains(
            where: {
                context.knowledge.reportingCues.match(tokens, at: $0, end: triggerRange.lowerBound)?.value.act == .deny
            })
        {
            return nil
        }
        // "urged Pretoria not to receive the Libyan leader": a meeting asked not to happen is none.
        if triggerRange.lowerBound - 2 >= context.sentence.range.lowerBound,
            tokens[triggerRange.lowerBound - 1].lower == "to", tokens[triggerRange.lowerBound - 2].lower == "not"
        {
            return nil
        }
        // "held talks with Arafat on the stalled negotiations with Israel": the other talks are the topic.
        if form == .noun, otherTriggers.contains(where: { $0.upperBound <= triggerRange.lowerBound }) {
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
            if cursor > context.sentence.range.lowerBound,
                Self.topicPrepositions.contains(tokens[cursor].lower),
                context.mentions.contains(where: { $0.range.upperBound == cursor })
            {
                return nil
            }
        }
        if Self.genericPlurals.contains(first) {
            let next =
                triggerRange.upperBound < context.sentence.range.upperBound ? tokens[triggerRange.upperBound].lower : ""
            // "for visits to Germany and Britain": one visit to each; "past meetings between X and Y" are
            // meetings in general.
            guard next == "between" || first == "visits" && next == "to",
                !Self.generalQuantifiers.contains(previousWord)
            else { return nil }
        }
        if isImagined(
            triggerRange, readsAsNoun: trigger.form == .noun || first == "meeting", previousWord: previousWord, context)
        {
            return nil
        }
        // "after meeting his counterpart", "before meeting with X": a participle after a clause opener, which the
        // tagger tells from the noun; elsewhere "meeting" is the noun unless a form of "be" makes it a verb.
        let participle =
            context.knowledge.clauseOpeners.contains(previousWord) && context.tags[triggerRange.lowerBound] == .gerund
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
        let subject = base.subject
        // "X met A, B and C", "X visited A and B", "X and Y are to meet Z": the article reports one
        // encounter of each side with each counterpart.
        let pairs = subject.count * base.objects.count
        // "X and Y were joined by Z": the one who joins meets them together.
        let joins = tokens[triggerRange].contains { $0.lower == "joined" }
        // "Iran resumed talks with France, Germany and the United Kingdom": one negotiation of all the states.
        let negotiation =
            base.meeting.kind == .talks && base.objects.count >= 2
            && (subject + base.objects).allSatisfy { entities[$0].kind == .country }
        if !joins, !negotiation, (form == .verb || form == .host || form == .travel || form == .link), pairs >= 2,
            pairs <= 8
        {
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
            return (split, subject)
        }
        return ([base.meeting], subject)
    }

    private func meeting(
        _ trigger: MeetingTrigger, form: MeetingTrigger.Form, isTripNoun: Bool, at triggerRange: Range<Int>,
        inheritedSubject: [Int]?, times: [TimeExpression], otherTriggers: [Range<Int>], yielding: [Range<Int>],
        _ context: SentenceContext
    )
        -> (meeting: MeetingCandidate, subject: [Int], objects: [Int])?
    {
        var participants: [Int] = []
        var subject: [Int] = []
        var objects: [Int] = []
        var location: String?
        var visitor: Int?
        var hostCountry: String?
        var kind = trigger.kind
        /// Someone the visitor dealt with during the visit, when the sentence names one.
        var counterpart: Int?
        let tokens = context.tokens

        func entitiesOf(_ indices: [Int]) -> [Int] { indices.map { context.mentions[$0].entity } }

        switch form {
        case .link:
            subject =
                inheritedSubject ?? verbSubject(before: triggerRange.lowerBound, context).map {
                    entitiesOf(context.coordinated(from: $0, leftward: true))
                } ?? []
            var cursor = triggerRange.upperBound
            while cursor < context.sentence.range.upperBound, cursor - triggerRange.upperBound < 12,
                !context.isClauseBreak(cursor),
                !otherTriggers.contains(where: { $0.contains(cursor) })
            {
                if ["with", "by"].contains(tokens[cursor].lower),
                    let right = context.mentionAfter(cursor + 1, maxGap: 2)
                {
                    objects = entitiesOf(context.coordinated(from: right, leftward: false))
                    break
                }
                cursor += 1
            }
            guard !objects.isEmpty else { return nil }
            participants = subject + objects
        case .verb where attendedBy(triggerRange, context):
            // "The meeting was attended by Mitterrand, Chirac and Kohl": everyone named after "by" took part.
            participants = attendees(after: triggerRange.upperBound, context)
            if let noun = otherTriggers.last(where: { $0.upperBound <= triggerRange.lowerBound }),
                let match = context.knowledge.meetingTriggers.match(tokens, at: noun.lowerBound, end: noun.upperBound),
                match.value.form == .noun
            {
                kind = match.value.kind
            }
        case .verb, .host:
            if let inheritedSubject {
                subject = inheritedSubject
            } else if let noun = pairReference(before: triggerRange.lowerBound, context),
                let pair = thePair(named: noun, before: triggerRange.lowerBound, context)
            {
                subject = pair
            } else if tokens[triggerRange].last?.lower == "other",
                triggerRange.lowerBound > context.sentence.range.lowerBound,
                tokens[triggerRange.lowerBound - 1].lower == "they",
                let pair = thePair(named: "leaders", before: triggerRange.lowerBound, context)
            {
                // "when they see each other": the two people the sentence is about.
                subject = pair
            } else if let left = verbSubject(before: triggerRange.lowerBound, context) {
                subject = entitiesOf(context.coordinated(from: left, leftward: true))
            } else if let unsaid = unsaidSubject(of: triggerRange, context) {
                subject = [context.mentions[unsaid].entity]
            }
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
                }).map({ tokens[$0].lower == "with" || form == .host && tokens[$0].lower == "for" }) ?? true,
                form != .host
                    || !(triggerRange.upperBound..<context.mentions[right].range.lowerBound).contains(where: {
                        tokens[$0].lower == "and"
                    })
            {
                objectGroup = context.coordinated(from: right, leftward: false)
                objects = entitiesOf(objectGroup)
                // "met with Ana Ruiz, deputy minister of trade for ..., and with the Export
                // Council": a second "with" past a long appositive.
                if let last = objectGroup.last,
                    let more = secondWith(after: context.mentions[last].range.upperBound, otherTriggers, context)
                {
                    objects += entitiesOf(context.coordinated(from: more, leftward: false))
                }
            }
            // "met on the sidelines of the General Assembly in New York with President Kabeya": "with" further on.
            if objects.isEmpty, form == .verb, subject.count < 2,
                let far = farWith(after: triggerRange, otherTriggers, context)
            {
                objects = entitiesOf(context.coordinated(from: far, leftward: false))
            }
            // "Abe, with whom he will hold talks on Friday": whom the relative clause hangs on.
            if objects.isEmpty, let antecedent = relativeCounterpart(before: triggerRange.lowerBound, context),
                !subject.contains(context.mentions[antecedent].entity)
            {
                objects = [context.mentions[antecedent].entity]
            }
            if objects.isEmpty, let leader = delegationCounterpart(after: triggerRange, context) {
                objects = [leader]
            }
            // "conferred with several envoys in Geneva, including the delegate of Chile":
            // the list after "including" names whom.
            if objects.isEmpty || objects.allSatisfy({ [.organization, .group].contains(entities[$0].kind) }),
                let included = includedCounterparts(after: triggerRange, otherTriggers: otherTriggers, context)
            {
                objects = included
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
            // "X and Y signed an agreement": two signatories meeting, not a state and a treaty.
            if tokens[triggerRange.lowerBound].lower == "signed" {
                objects = []
                guard subject.count >= 2, subject.allSatisfy({ entities[$0].kind == .person }) else { return nil }
            }
            participants = subject + objects
            // "meet Queen Elizabeth and Prince Philip" is one audience; "meet X and Y" two meetings.
            if subject.count == 1, objects.count >= 2,
                objects.allSatisfy({ object in
                    entities[object].roles.contains { context.knowledge.royalTitles.contains($0.title) }
                })
            {
                objects = []
            }
        case .noun:
            // "Taking part in the talks were China's ambassador, Li Luye, and ... Abraham Tamir".
            if let listStart = takingPart(in: triggerRange, context) {
                participants = attendees(after: listStart, context)
                break
            }
            // "a meeting Zelenskiy wanted with Trump": sought, not held or planned.
            if let right = context.mentionAfter(triggerRange.upperBound, maxGap: 0),
                context.mentions[right].range.upperBound < context.sentence.range.upperBound,
                Self.wishVerbs.contains(tokens[context.mentions[right].range.upperBound].lower)
            {
                return nil
            }
            // "a meeting between X and Y", "talks with Y".
            var linked = false
            // "meeting with" read as a noun keeps its "with".
            var cursor = triggerRange.lowerBound + 1
            // "talks last month in Washington with Clinton": a few words may come between.
            // "between" binds from further away ("the talks ... will be in Washington next Wednesday between X and Y").
            while cursor < context.sentence.range.upperBound,
                cursor - triggerRange.upperBound < 6
                    || cursor - triggerRange.upperBound < 14
                        && (cursor..<min(context.sentence.range.upperBound, triggerRange.upperBound + 14))
                            .contains(where: { tokens[$0].lower == "between" }),
                !context.isClauseBreak(cursor), context.tokens[cursor].text != ",",
                // "the talks could pave the way for a summit between X and Y": the summit's counterparts.
                !otherTriggers.contains(where: { $0.lowerBound == cursor })
            {
                if MeetingFinder.nounLinks.contains(tokens[cursor].lower) {
                    // "a phone call between the two men last week": the pair just named.
                    if tokens[cursor].lower == "between", cursor + 2 < context.sentence.range.upperBound,
                        tokens[cursor + 1].lower == "the", tokens[cursor + 2].lower == "two"
                    {
                        let noun = cursor + 3 < context.sentence.range.upperBound ? tokens[cursor + 3].lower : ""
                        if let pair = thePair(
                            named: Self.pairNouns.contains(noun) ? noun : "two", before: cursor, context)
                        {
                            participants += pair
                            linked = true
                        }
                        break
                    }
                    if let right = context.mentionAfter(cursor + 1, maxGap: 2) {
                        participants += entitiesOf(context.coordinated(from: right, leftward: false))
                        linked = tokens[cursor].lower != "with" && tokens[cursor].lower != "from"
                        let ownerWord =
                            triggerRange.lowerBound > context.sentence.range.lowerBound
                            ? tokens[triggerRange.lowerBound - 1].lower : ""
                        if !linked, ownerWord == "his" || ownerWord == "her",
                            let first = ownerOfPronoun(before: triggerRange.lowerBound - 1, context)
                                ?? sentenceSubject(before: triggerRange.lowerBound, context)
                        {
                            // "Sultan Qais was expected to brief Levi on his talks with Weiss".
                            subject = [context.mentions[first].entity]
                            participants = subject + participants
                            linked = true
                        } else if !linked, let inheritedSubject {
                            // "talks with Greek leaders, including a meeting with Pappas".
                            subject = inheritedSubject
                            participants = subject + participants
                            linked = true
                        } else if !linked,
                            let left = subjectBefore(triggerRange.lowerBound, context)
                                ?? openingPerson(before: triggerRange.lowerBound, context)
                                ?? unsaidSubject(of: triggerRange, context)
                        {
                            subject = entitiesOf(context.coordinated(from: left, leftward: true))
                            participants = subject + participants
                            linked = true
                        }
                    }
                    break
                }
                cursor += 1
            }
            // "she and Ryzhkov had set targets for trade during talks today": the people who talked are
            // the clause's coordinated subject.
            if !linked, participants.isEmpty, let pair = coordinatedPeople(before: triggerRange.lowerBound, context) {
                participants = pair
                linked = true
            }
            if !linked {
                // "the Burns-Qin meeting", "Qin's meeting with ...", "a U.S.-China meeting".
                if let left = context.mentionBefore(triggerRange.lowerBound, maxGap: 3) {
                    let mention = context.mentions[left]
                    if left > 0, context.mentions[left - 1].canAct || context.mentions[left - 1].form == .demonym,
                        context.mentions[left - 1].range.upperBound + 1 == mention.range.lowerBound,
                        tokens[mention.range.lowerBound - 1].text == "-"
                    {
                        participants = [context.mentions[left - 1].entity, mention.entity]
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
                        participants = [mention.entity] + participants
                    }
                }
            }
        case .travel:
            // "the visit by Nakasone to Washington", "the visit of President Putin to Jordan": the traveller
            // follows "by" or, a person, "of"; the destination after them.
            var destinationFrom = triggerRange.upperBound
            let linkWord =
                triggerRange.upperBound + 1 < context.sentence.range.upperBound
                ? tokens[triggerRange.upperBound].lower : ""
            let travellerAfter =
                isTripNoun && ["by", "of"].contains(linkWord)
                ? context.mentionAfter(triggerRange.upperBound + 1, maxGap: 0).flatMap { index in
                    linkWord == "by" || entities[context.mentions[index].entity].kind == .person ? index : nil
                } : nil
            // "a planned visit to Hanoi by Chinese Premier Li Peng": the traveller after the destination.
            let travellerAfterDestination =
                isTripNoun && travellerAfter == nil
                ? (triggerRange.upperBound..<min(context.sentence.range.upperBound, triggerRange.upperBound + 8))
                    .first(where: { tokens[$0].lower == "by" && tokens[$0 - 1].lower != "followed" })
                    .flatMap { context.mentionAfter($0 + 1, maxGap: 0) } : nil
            if let travellerAfter, entities[context.mentions[travellerAfter].entity].kind != .country {
                subject = [context.mentions[travellerAfter].entity]
                destinationFrom = context.mentions[travellerAfter].range.upperBound
            } else if let traveller = travellerAfterDestination,
                entities[context.mentions[traveller].entity].kind == .person
            {
                subject = [context.mentions[traveller].entity]
            } else if let inheritedSubject {
                subject = inheritedSubject
            } else if isTripNoun, let lastTraveller, continuesATrip(triggerRange, context) {
                // "the minister's tour, to be followed on Friday by a visit to Bolivia": the same traveller.
                subject = [lastTraveller]
            } else if let relative = relativeSubject(before: triggerRange.lowerBound, context) {
                subject = [context.mentions[relative].entity]
            } else if let left = context.mentionBefore(triggerRange.lowerBound, maxGap: 7) {
                let mention = context.mentions[left]
                let gap = (mention.range.upperBound..<triggerRange.lowerBound).map { tokens[$0].lower }
                let lead =
                    (max(context.sentence.range.lowerBound, mention.range.lowerBound - 2)..<mention.range.lowerBound)
                    .map { tokens[$0].lower }
                // "an invitation by Netanyahu to visit Israel", "Netanyahu's invitation to visit": the one who
                // invites does not travel, and the guest is not named here.
                if gap.contains(where: Self.invitationWords.contains)
                    || lead.count == 2 && Self.invitationWords.contains(lead[0]) && ["by", "from"].contains(lead[1])
                {
                    return nil
                }
                // A trip noun needs its traveller: "Blinken's trip", "X paid a visit", "X, on a visit";
                // "told Y during a visit" and "his visit" travel with the sentence's subject.
                if isTripNoun, gap.contains("latter") {
                    // "Abdullah hosted Olmert during the latter's visit": the last person named.
                    subject = [mention.entity]
                } else if isTripNoun, gap.contains("during") || gap.last == "his" || gap.last == "her",
                    !gap.contains("'s"), let first = sentenceSubject(before: triggerRange.lowerBound, context)
                {
                    subject = [context.mentions[first].entity]
                    // "Gingrich told President Jiang during a visit to China": the person told is met there.
                    // A meeting word between them ("will meet Queen X during the visit") already tells the encounter.
                    let saidFrom = context.mentions[first].range.upperBound
                    let told = saidFrom..<max(saidFrom, mention.range.lowerBound)
                    if gap.contains("during"), left != first, entities[mention.entity].kind == .person,
                        mention.entity != subject[0], !mention.isPossessive,
                        !otherTriggers.contains(where: { told.contains($0.lowerBound) })
                    {
                        counterpart = mention.entity
                    }
                } else if !isTripNoun || mention.isPossessive || gap.contains(where: Self.visitVerbsBeforeNoun.contains)
                {
                    subject = entitiesOf(context.coordinated(from: left, leftward: true))
                }
            }
            participants += subject
            visitor = subject.first
            // The destination: a place or country after the trigger ("to Beijing", "visited China").
            let windowEnd = min(context.sentence.range.upperBound, destinationFrom + 4)
            if isHere(around: triggerRange, context), let dateline = context.dateline,
                let country = context.datelineCountry
            {
                // "Soto, here on a three-day visit": here is the dateline's city.
                location = dateline
                hostCountry = country
                if isTripNoun, counterpart == nil { counterpart = toldAfterApposition(triggerRange, context) }
            } else if let place = context.places.first(where: {
                $0.range.lowerBound >= destinationFrom
                    && $0.range.lowerBound < windowEnd
                    && context.sameClause(destinationFrom..<$0.range.lowerBound)
            }) {
                location = place.name
                hostCountry = place.country
                // "visits to Germany and Britain": one visit to each.
                if let named = context.mentions.firstIndex(where: {
                    $0.range == place.range && entities[$0.entity].kind == .country
                }) {
                    objects = countriesListed(from: named, context)
                }
            } else if let right = context.mentionAfter(destinationFrom, maxGap: 3, actorsOnly: false),
                context.mentions[right].form != .demonym
            {
                // "visit Russian gas giant Gazprom" goes to a company, not to Russia.
                let entity = entities[context.mentions[right].entity]
                // "visited Japan and South Korea": one visit to each; "visited the White House": its state.
                if entity.kind == .country {
                    hostCountry = entity.country
                    location = entity.name
                    objects = countriesListed(from: right, context)
                } else if entity.kind == .organization, let country = entity.country {
                    hostCountry = country
                }
            }
            if hostCountry == nil, !isTripNoun, visitsWithoutObject(triggerRange, context) {
                // "King Faisal visited in 1967" in a London story: the country the story is told from.
                hostCountry = context.datelineCountry
            }
            // The person is one of the hosts, or at least not one of the visitor's own people.
            if let person = counterpart, let visitor,
                entities[person].country == hostCountry || entities[person].country == nil
                    || entities[person].country != entities[visitor].country
            {
                participants = [visitor, person]
                kind = .meeting
                location = location ?? hostCountry.flatMap { context.knowledge.countries[$0]?.name }
            } else if let hostCountry, let index = entities.countryIndex(hostCountry) {
                participants.append(index)
            }
        }

        participants = unique(participants)
        // A person's own country beside the person adds nothing; two sides are needed. A visitor is no
        // citizen of the country visited, whatever the dateline suggested.
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
        guard sides.count >= 2 else { return nil }

        // A cue goes to the nearest meeting word that reports a meeting, not to "the APEC leaders' meeting".
        var status = self.status(around: triggerRange, otherTriggers: otherTriggers.filter(yielding.contains), context)
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
        // What a dateline story reports for its own day happened in the dateline's city.
        // A sentence that names a place of its own ("who is beginning a visit to Chile") may be elsewhere.
        if location == nil, status == .occurred, let dateline = context.dateline, let date, date.precision == .day,
            date.date == context.published,
            !context.places.contains(where: {
                $0.range.lowerBound > context.sentence.range.lowerBound
                    && MentionFinder.placePrepositions.contains(tokens[$0.range.lowerBound - 1].lower)
            })
        {
            location = dateline
        }
        // "met here late Wednesday": here is the dateline's city.
        if location == nil, let dateline = context.dateline,
            (triggerRange.upperBound..<min(context.sentence.range.upperBound, triggerRange.upperBound + 3)).contains(
                where: { tokens[$0].lower == "here" })
        {
            location = dateline
        }
        if status == .occurred, let date, let published = context.published, date.precision == .day,
            date.date > published
        {
            status = .planned
        }
        // "was expected to brief Levi on his talks last week": a past date outweighs a word of expectation.
        if status == .planned, let date, let published = context.published, date.date < published,
            date.isBefore(published)
        {
            status = .occurred
        }
        // "spoke with Putin by telephone": a conversation by phone is a call ("about the phone-hacking
        // scandal" is not).
        if kind == .meeting, form == .verb, Self.speakingVerbs.contains(tokens[triggerRange.lowerBound].lower),
            byTelephone(after: triggerRange, context)
        {
            kind = .call
        }
        var meeting = MeetingCandidate(
            kind: kind, status: status, date: date, location: location,
            participants: participants, evidence: context.evidence,
            visitor: form == .travel && kind == .visit ? visitor : nil, hostCountry: hostCountry)
        let before =
            triggerRange.lowerBound > context.sentence.range.lowerBound ? tokens[triggerRange.lowerBound - 1].lower : ""
        meeting.isReference = form == .noun && ["the", "this", "that", "'s"].contains(before)
        meeting.dateIsInferred = dateIsInferred
        return (meeting, subject, objects)
    }

    /// "by telephone", "on the phone", "over the phone" within the clause after a verb of speaking.
    private func byTelephone(after trigger: Range<Int>, _ context: SentenceContext) -> Bool {
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

    /// "visited Japan and South Korea", "visits to Germany and Britain": the countries listed from a mention
    /// on, when there are two or more (none otherwise).
    private func countriesListed(from mention: Int, _ context: SentenceContext) -> [Int] {
        let more = context.coordinated(from: mention, leftward: false).dropFirst()
            .filter { entities[context.mentions[$0].entity].kind == .country }
        guard !more.isEmpty else { return [] }
        return [context.mentions[mention].entity] + more.map { context.mentions[$0].entity }
    }

    func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
