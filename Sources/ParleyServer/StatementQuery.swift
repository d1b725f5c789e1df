import ParleyModel
import ParleyStore

/// The filters of `/statements` and `/api/statements`, as the command line's `statements` takes them.
struct StatementQuery: Sendable {
    let actor: String?
    let target: String?
    let act: StatementAct?
    let from: CalendarDate?
    let to: CalendarDate?

    init(_ parameters: QueryParameters) throws(RequestError) {
        actor = parameters.text("actor")
        target = parameters.text("target")
        act = try parameters.choice("act", StatementAct.self)
        (from, to) = try parameters.dateRange()
    }

    func filter(in store: ParleyStore, paging: Paging) throws -> StatementFilter {
        var filter = StatementFilter(act: act, from: from, to: to, limit: paging.fetchLimit)
        filter.offset = paging.offset
        filter.speaker = try actor.map { try ActorParameter.resolve($0, in: store).id }
        filter.target = try target.map { try ActorParameter.resolve($0, in: store).id }
        return filter
    }
}
