import ParleyModel
import ParleyStore

/// The filters of `/meetings`, `/graph` and their API twins, as the command line's `meetings` takes them.
struct MeetingQuery: Sendable {
    let actor: String?
    let counterpart: String?
    let from: CalendarDate?
    let to: CalendarDate?
    let status: MeetingStatus?
    let kind: MeetingKind?

    init(_ parameters: QueryParameters) throws(RequestError) {
        actor = parameters.text("actor")
        counterpart = parameters.text("with")
        (from, to) = try parameters.dateRange()
        status = try parameters.choice("status", MeetingStatus.self)
        kind = try parameters.choice("kind", MeetingKind.self)
    }

    /// The store's filter, names resolved to actors.
    func filter(in store: ParleyStore, paging: Paging? = nil) throws -> MeetingFilter {
        var filter = MeetingFilter(from: from, to: to, status: status, kind: kind, limit: paging?.fetchLimit)
        filter.offset = paging?.offset ?? 0
        filter.actor = try actor.map { try ActorParameter.resolve($0, in: store).id }
        filter.counterpart = try counterpart.map { try ActorParameter.resolve($0, in: store).id }
        return filter
    }
}
