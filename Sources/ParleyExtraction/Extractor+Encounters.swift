import ParleyModel

/// One meeting per encounter: the meetings of an article merged, folded into one another, or dropped for
/// the meeting that tells the same encounter.
extension Extractor {
    /// One meeting per encounter: the same participants again add detail, not a meeting.
    func merge(
        _ meeting: MeetingCandidate, into meetings: inout [MeetingCandidate],
        byParticipants: inout [[Int]: [Int]]
    ) {
        let key = Array(Set(meeting.participants)).sorted()
        // The same participants meeting again on another day, or a plan beside a past meeting, is another encounter.
        func compatible(_ other: MeetingCandidate) -> Bool {
            // "said at a news conference with Mr. Modi" dated only by the dateline is no other day.
            let differentDays =
                other.date != nil && meeting.date != nil && other.date != meeting.date && !other.dateIsInferred
                && !meeting.dateIsInferred
            // "talks with Chirac on the sidelines of a summit": the summit is an encounter of its own.
            let summitAndSidelines =
                other.kind != meeting.kind && (other.kind == .summit || meeting.kind == .summit)
                && other.evidence == meeting.evidence
            let differentEncounter =
                other.kind != meeting.kind && other.status != meeting.status || summitAndSidelines
            return !differentDays && !differentEncounter
        }
        // "has met twice": the second encounter is one of its own, unless the article already has two.
        let told = byParticipants[key] ?? []
        let candidates = meeting.occurrence > told.count ? [] : told
        if let index = candidates.first(where: { meeting.isReference || compatible(meetings[$0]) }) {
            if meetings[index].date == nil
                || meetings[index].dateIsInferred && meeting.date != nil && !meeting.dateIsInferred
            {
                meetings[index].date = meeting.date
                meetings[index].dateIsInferred = meeting.dateIsInferred
            }
            if meetings[index].location == nil { meetings[index].location = meeting.location }
            return
        }
        byParticipants[key, default: []].append(meetings.count)
        meetings.append(meeting)
    }
    /// Drops a visit when the article also reports the visitor meeting a person of the host country
    /// (or a person of unknown country in the visit's own sentence) on that day: the meeting is the encounter.
    func withoutVisitsMetByHosts(_ meetings: [MeetingCandidate], _ entities: EntityTable) -> [MeetingCandidate] {
        var byVisitor: [Int: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() where meeting.kind != .visit {
            for participant in meeting.participants { byVisitor[participant, default: []].append(index) }
        }
        var result = meetings
        var dropped = Set<Int>()
        for (visitIndex, visit) in meetings.enumerated() {
            guard visit.kind == .visit, let visitor = visit.visitor, let host = visit.hostCountry else { continue }
            // Against the meetings as earlier visits have completed them: a plan absorbs one journey.
            guard
                let meeting = meetingMadeOn(
                    visit, visitor: visitor, host: host, among: byVisitor[visitor] ?? [], result, entities)
            else { continue }
            dropped.insert(visitIndex)
            // "will travel to Moscow on Sunday for talks with Primakov": the journey dates the talks, and a
            // journey put off puts them off.
            if visit.evidence == meetings[meeting].evidence || result[meeting].date == nil {
                if result[meeting].date == nil { result[meeting].date = visit.date }
                if result[meeting].location == nil { result[meeting].location = visit.location }
            }
            if visit.status == .postponed || visit.status == .cancelled, result[meeting].status == .planned {
                result[meeting].status = visit.status
            }
        }
        return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// The index of the meeting the visitor's journey was for, among the meetings the visitor takes part in.
    private func meetingMadeOn(
        _ visit: MeetingCandidate, visitor: Int, host: String, among candidates: [Int],
        _ meetings: [MeetingCandidate], _ entities: EntityTable
    ) -> Int? {
        // The visit's own sentence first: "will travel to Washington for talks with Bush".
        // Then a meeting with a person of the host country ("to meet Mr. Trump"), or of the same status,
        // before one with a person of unknown country.
        func rank(_ index: Int) -> (Int, Int, Int) {
            let meetsHost = meetings[index].participants.contains {
                $0 != visitor && entities[$0].kind == .person && entities[$0].country == host
            }
            let sameStatus = meetings[index].status == visit.status
            return (meetings[index].evidence == visit.evidence ? 0 : 1, meetsHost || sameStatus ? 0 : 1, index)
        }
        return candidates.filter { index in
            isMeeting(meetings[index], madeOn: visit, visitor: visitor, host: host, entities)
        }.min { rank($0) < rank($1) }
    }

    /// Whether a meeting is one the visit was made for: told with it or on its day, with a person of the
    /// host country.
    private func isMeeting(
        _ other: MeetingCandidate, madeOn visit: MeetingCandidate, visitor: Int, host: String,
        _ entities: EntityTable
    ) -> Bool {
        let sameSentence = other.evidence == visit.evidence
        // The same day, or the same month when the two are told apart ("will visit Japan ...
        // to meet with Ikeda on April 14").
        let sameDay =
            visit.date == nil || other.date == visit.date
            || other.date.map {
                ($0.date.year, $0.date.month) == (visit.date!.date.year, visit.date!.date.month)
            }
                ?? false
        // "put off a trip to Oman set for Friday ... was to have talks with Sultan
        // Qais": an undated plan with the host belongs to the visit that was planned.
        let putOffPlan =
            (visit.status == .postponed || visit.status == .cancelled) && other.status != .occurred
            && other.date == nil
        guard sameSentence && !toldMonthsApart(visit, other) || sameDay && other.status == visit.status || putOffPlan
        else {
            return false
        }
        // "arrived in Cairo for talks with Egyptian officials": the host state itself, in the same sentence.
        if sameSentence, let hostIndex = entities.countryIndex(host), other.participants.contains(hostIndex),
            other.kind != .visit
        {
            return true
        }
        // A country only guessed from the dateline ("senior leader Deng Xiaoping" in a TOKYO story) tells
        // as little as none.
        return other.participants.contains { person in
            person != visitor && entities[person].kind == .person
                && (entities[person].country == host
                    || sameSentence && (entities[person].country == nil || entities[person].countryIsGuess))
        }
    }

    /// "visited Hanoi in April 2002, and the two met again in Bali last October": told together,
    /// months apart.
    private func toldMonthsApart(_ visit: MeetingCandidate, _ other: MeetingCandidate) -> Bool {
        !visit.dateIsInferred && !other.dateIsInferred
            && visit.date.flatMap { visitDate in
                other.date.map { otherDate in
                    // "in 2002" and "April 2002" may be the same month; "in 2002" and "last October" not.
                    let byYear = visitDate.precision == .year || otherDate.precision == .year
                    return byYear
                        ? otherDate.date.year != visitDate.date.year
                        : (otherDate.date.year, otherDate.date.month)
                            != (visitDate.date.year, visitDate.date.month)
                }
            } == true
    }

    /// Drops "talks with Turkish leaders" when the same sentence names whom of them the person met
    /// ("including a meeting with Prime Minister Erbakan"): the named meeting is the encounter.
    func withoutCountriesMetInPerson(_ meetings: [MeetingCandidate], _ entities: EntityTable)
        -> [MeetingCandidate]
    {
        // Meetings by sentence: each looks only at its own sentence's.
        var bySentence: [Int: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() { bySentence[meeting.evidence.start, default: []].append(index) }
        return meetings.filter { meeting in
            guard meeting.participants.count == 2, meeting.kind != .visit,
                let country = meeting.participants.first(where: { entities[$0].kind == .country }),
                let person = meeting.participants.first(where: { entities[$0].kind == .person })
            else { return true }
            return !(bySentence[meeting.evidence.start] ?? []).contains { other in
                meetings[other].participants.contains(person)
                    && meetings[other].participants.contains {
                        $0 != person && entities[$0].kind == .person
                            && entities[$0].country == entities[country].country
                    }
            }
        }
    }

    /// Folds a meeting into a larger one the article tells of the same kind and status on a compatible day
    /// ("a meeting between Clinton and the Dalai Lama" and "the Dalai Lama met Gore, and the president
    /// joined the talks"): the same encounter, told once in part.
    func foldingPartsIntoWholeMeetings(_ meetings: [MeetingCandidate]) -> [MeetingCandidate] {
        // Larger meetings by participant, kind and status; a part probes its rarest participant's list.
        struct Key: Hashable {
            let participant: Int
            let kind: MeetingKind
            let status: MeetingStatus
        }
        var byParticipant: [Key: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() where meeting.participants.count >= 3 {
            for participant in meeting.participants {
                byParticipant[Key(participant: participant, kind: meeting.kind, status: meeting.status), default: []]
                    .append(index)
            }
        }
        var result = meetings
        var folded = Set<Int>()
        for (index, part) in meetings.enumerated() {
            let lists = part.participants.map {
                byParticipant[Key(participant: $0, kind: part.kind, status: part.status)] ?? []
            }
            guard let rarest = lists.min(by: { $0.count < $1.count }) else { continue }
            let whole = rarest.first { other in
                let candidate = meetings[other]
                let compatibleDays = part.date == nil || candidate.date == nil || part.date == candidate.date
                return other != index && candidate.participants.count > part.participants.count
                    && part.participants.allSatisfy(candidate.participants.contains) && candidate.kind == part.kind
                    && candidate.status == part.status && compatibleDays
            }
            guard let whole else { continue }
            if result[whole].date == nil { result[whole].date = part.date }
            if result[whole].location == nil { result[whole].location = part.location }
            folded.insert(index)
        }
        return result.enumerated().filter { !folded.contains($0.offset) }.map(\.element)
    }

    /// Folds a meeting between states into the meeting of their people the article reports ("the finance
    /// chiefs of Chile and Bolivia met" and "Rojas saw Quiroga on Monday"): one encounter,
    /// told once by country and once by name. Its date and place fill in what the people's meeting lacks.
    func foldingCountryMeetingsIntoPeople(_ meetings: [MeetingCandidate], _ entities: EntityTable)
        -> [MeetingCandidate]
    {
        // Meetings of people only, by the set of their countries.
        var byCountries: [Set<String>: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() where meeting.kind != .visit {
            let people = meeting.participants.filter { entities[$0].kind == .person }
            let countries = Set(people.compactMap { entities[$0].country })
            guard people.count == meeting.participants.count, countries.count == people.count else { continue }
            byCountries[countries, default: []].append(index)
        }
        var result = meetings
        var folded = Set<Int>()
        for (index, meeting) in meetings.enumerated() {
            let countries = Set(
                meeting.participants.compactMap { entities[$0].kind == .country ? entities[$0].country : nil })
            guard countries.count >= 2, countries.count == meeting.participants.count else { continue }
            let target = (byCountries[countries] ?? []).first { other in
                let sameDay = meeting.date == nil || meetings[other].date == nil || meeting.date == meetings[other].date
                return sameDay && meetings[other].status == meeting.status
            }
            guard let target else { continue }
            if result[target].date == nil { result[target].date = meeting.date }
            if result[target].location == nil { result[target].location = meeting.location }
            folded.insert(index)
        }
        return result.enumerated().filter { !folded.contains($0.offset) }.map(\.element)
    }
}
