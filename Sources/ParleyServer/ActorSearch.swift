import ParleyModel
import ParleyStore

/// A page of the actors whose name or alias contains some text.
enum ActorSearch {
    /// The store lists actors from the first on, so a page is cut from the front of a longer list:
    /// actor rows are small, and people page through the most mentioned few hundred at most.
    static func page(_ text: String?, kind: ActorKind?, _ paging: Paging, in store: ParleyStore) throws
        -> Page<ActorSummary>
    {
        let actors = try store.actors(matching: text, kind: kind, limit: paging.offset + paging.fetchLimit)
        return Page(Array(actors.dropFirst(paging.offset)), paging)
    }
}
