import ParleyModel

/// Encounters the sentence leaves partly unsaid: a count ("met twice"), a verb left out ("and King Khaled
/// in 1981"), a trip that continues another, "here" for the dateline's city, a plan called off in a later
/// clause, a person told during a visit.
extension MeetingFinder {
    /// "had been expected to travel to Kyiv on Friday for talks with Zelensky, but ... the trip had been
    /// called off": a later clause that calls off "the trip" calls off the plans the sentence told.
    func callOffPlans(_ found: inout [MeetingCandidate], _ context: SentenceContext) {
        guard found.contains(where: { $0.status == .planned }) else { return }
        let tokens = context.tokens
        let range = context.sentence.range
        for index in range {
            guard let cue = context.knowledge.statusCues.match(tokens, at: index, end: range.upperBound),
                cue.value == .cancelled || cue.value == .postponed
            else { continue }
            let lead = (max(range.lowerBound, index - 5)..<index)
            let namesThePlan = lead.contains { position in
                position + 1 < index && ["the", "this", "that"].contains(tokens[position].lower)
                    && Self.planNouns.contains(tokens[position + 1].lower)
            }
            guard namesThePlan else { continue }
            for position in found.indices where found[position].status == .planned {
                found[position].status = cue.value
            }
            return
        }
    }

    static let planNouns: Set<String> = ["trip", "visit", "talks", "meeting", "summit", "tour", "journey"]

    static let repeatCounts: [String: Int] = ["twice": 2, "three times": 3, "four times": 4]

    /// "has met twice with the Israeli leader": one encounter more for each time the sentence counts,
    /// undated, as the sentence dates at most one of them.
    func repeats(of meetings: [MeetingCandidate], after trigger: Range<Int>, _ context: SentenceContext)
        -> [MeetingCandidate]
    {
        let end = context.sentence.range.upperBound
        guard trigger.upperBound < end, meetings.count == 1 else { return [] }
        let next = context.tokens[trigger.upperBound].lower
        let phrase = trigger.upperBound + 1 < end ? next + " " + context.tokens[trigger.upperBound + 1].lower : next
        guard let count = Self.repeatCounts[next] ?? Self.repeatCounts[phrase] else { return [] }
        return (2...count).map { occurrence in
            var again = meetings[0]
            again.date = nil
            again.dateIsInferred = false
            again.occurrence = occurrence
            return again
        }
    }

    /// "King Rama came in 1960 and King Chai in 1981": a second visitor and time, the verb left out.
    func gappedVisit(of meetings: [MeetingCandidate], after trigger: Range<Int>, _ context: SentenceContext)
        -> MeetingCandidate?
    {
        let tokens = context.tokens
        let end = context.sentence.range.upperBound
        guard meetings.count == 1, let visit = meetings.first, visit.kind == .visit, let visitor = visit.visitor,
            let firstTime = context.times.first(where: {
                $0.range.lowerBound >= trigger.upperBound && $0.range.lowerBound <= trigger.upperBound + 4
            }),
            firstTime.range.upperBound + 1 < end, tokens[firstTime.range.upperBound].lower == "and",
            let second = context.mentionAfter(firstTime.range.upperBound + 1, maxGap: 0)
        else { return nil }
        let person = context.mentions[second].entity
        let after = context.mentions[second].range.upperBound
        guard entities[person].kind == .person, person != visitor,
            let time = context.times.first(where: {
                $0.range.lowerBound == after
                    || $0.range.lowerBound == after + 1 && ["in", "on"].contains(tokens[after].lower)
            }),
            time.range.upperBound == end || [",", ".", ";"].contains(tokens[time.range.upperBound].text)
        else { return nil }
        var again = visit
        again.participants = visit.participants.map { $0 == visitor ? person : $0 }
        again.visitor = person
        again.date = time.resolve(published: context.published, forward: visit.status != .occurred)
        again.dateIsInferred = false
        return again
    }

    /// "followed by a visit", "to be followed on Friday by a visit": a trip that continues another.
    func continuesATrip(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        let lower = context.sentence.range.lowerBound
        var cursor = trigger.lowerBound - 1
        if cursor >= lower, ["a", "an"].contains(tokens[cursor].lower) { cursor -= 1 }
        guard cursor >= lower, tokens[cursor].lower == "by" else { return false }
        return (max(lower, cursor - 4)..<cursor).contains { tokens[$0].lower == "followed" }
    }

    /// "here on a visit", "arrived here": the trip ends in the dateline's city.
    /// "Officials here said" is no trip: "here" sets off the traveller (", here on a") or follows the verb.
    func isHere(around trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        let range = context.sentence.range
        let tokens = context.tokens
        let from = max(range.lowerBound + 1, trigger.lowerBound - 7)
        let apposition = (from..<max(from, trigger.lowerBound)).contains { index in
            tokens[index].lower == "here" && tokens[index - 1].text == "," && index + 1 < trigger.lowerBound
                && tokens[index + 1].lower == "on" && context.sameClause(index..<trigger.lowerBound)
        }
        return apposition || tokens[trigger].contains { $0.lower == "here" }
            || trigger.upperBound < range.upperBound && tokens[trigger.upperBound].lower == "here"
    }

    /// "visited in 1967", "visited last year.": the verb ends its clause or only a time follows.
    func visitsWithoutObject(_ trigger: Range<Int>, _ context: SentenceContext) -> Bool {
        guard context.tokens[trigger].last?.lower.hasPrefix("visit") == true else { return false }
        let end = context.sentence.range.upperBound
        var cursor = trigger.upperBound
        if let time = context.times.first(where: { $0.range.lowerBound == cursor || $0.range.lowerBound == cursor + 1 }
        ),
            cursor == time.range.lowerBound || ["in", "on", "at"].contains(context.tokens[cursor].lower)
        {
            cursor = time.range.upperBound
        }
        guard cursor > trigger.upperBound || cursor == end || !context.tokens[cursor].isWordLike else { return false }
        return cursor == end || [",", ".", "and", ";"].contains(context.tokens[cursor].lower)
    }

    static let tellingVerbs: Set<String> = ["told", "informed", "briefed", "assured", "handed", "gave"]

    /// "Velayati, here on an official visit, informed Cuban foreign ministry officials": the visitor
    /// told the one named right after the apposition, and met them to do so.
    func toldAfterApposition(_ trigger: Range<Int>, _ context: SentenceContext) -> Int? {
        let end = min(context.sentence.range.upperBound, trigger.upperBound + 6)
        guard let comma = (trigger.upperBound..<end).first(where: { context.tokens[$0].text == "," }),
            comma + 1 < context.sentence.range.upperBound,
            Self.tellingVerbs.contains(context.tokens[comma + 1].lower),
            let told = context.mentionAfter(comma + 2, maxGap: 1)
        else { return nil }
        let kind = entities[context.mentions[told].entity].kind
        return kind == .person || kind == .organization ? context.mentions[told].entity : nil
    }
}
