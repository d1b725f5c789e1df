import ParleyModel
import ParleyStore

/// How records read in tables and listings.
enum Formatting {
    static func date(_ date: EventDate?) -> String {
        guard let date else { return "" }
        let text = date.date.description
        switch date.precision {
        case .day: return text
        case .month: return String(text.prefix(7))
        case .year: return String(text.prefix(4))
        }
    }

    static func actor(_ actor: ActorSummary) -> String {
        actor.name
    }

    static func participants(_ meeting: MeetingRecord) -> String {
        meeting.participants.map(actor).joined(separator: ", ")
    }

    static func actorID(_ actor: ActorSummary) -> String {
        let prefix =
            switch actor.kind {
            case .person: "p"
            case .country: "c"
            case .organization: "o"
            case .group: "g"
            }
        return prefix + String(actor.id)
    }
}
