import ParleyModel

/// A body's summit as one encounter, however many sentences report it.
extension Extractor {
    /// "The SAARC summit opened on Saturday", "Aziz spoke at the SAARC summit", "Nepal's king attended the
    /// summit of SAARC": the summits of one body on one occasion are one encounter of everyone named at any
    /// of them. A gathering no one else was named at is dropped.
    func consolidatingGatherings(_ meetings: [MeetingCandidate], _ entities: EntityTable) -> [MeetingCandidate] {
        var result: [MeetingCandidate] = []
        var byBody: [Int: [Int]] = [:]
        // "Leaders arrived to join the two-day summit": a summit of no body named is the article's one body's.
        let bodies = Set(
            meetings.compactMap { meeting in
                meeting.kind == .summit ? meeting.participants.first { entities[$0].kind == .organization } : nil
            })
        for meeting in meetings {
            guard meeting.kind == .summit,
                let body = meeting.participants.first(where: { entities[$0].kind == .organization })
                    ?? (bodies.count == 1 ? bodies.first : nil)
            else {
                result.append(meeting)
                continue
            }
            guard let index = byBody[body]?.first(where: { sameOccasion(result[$0], meeting) }) else {
                byBody[body, default: []].append(result.count)
                result.append(meeting)
                continue
            }
            for participant in meeting.participants where !result[index].participants.contains(participant) {
                result[index].participants.append(participant)
            }
            if result[index].date == nil || result[index].dateIsInferred && !meeting.dateIsInferred {
                result[index].date = meeting.date ?? result[index].date
                result[index].dateIsInferred = meeting.dateIsInferred
            }
            if result[index].location == nil { result[index].location = meeting.location }
            result[index].isGathering = result[index].participants.count < 2
        }
        return result.filter { !$0.isGathering }
    }

    /// Two reports of a body's summit tell one occasion unless both are dated, on different days; a summit
    /// that opens is the one its guests arrived for days before.
    private func sameOccasion(_ one: MeetingCandidate, _ other: MeetingCandidate) -> Bool {
        guard let first = one.date, let second = other.date, !one.dateIsInferred, !other.dateIsInferred else {
            return one.status == other.status || one.isGathering || other.isGathering
        }
        guard one.isGathering || other.isGathering, first.precision == .day, second.precision == .day else {
            return first == second
        }
        return abs(first.date.dayNumber - second.date.dayNumber) <= 3
    }
}
