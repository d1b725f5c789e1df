import ParleyStore

/// The server's one read-only connection, used by one request at a time.
///
/// One connection behind an actor rather than one per request: `ParleyStore` is not `Sendable` and keeps
/// its compiled statements per connection; a page runs a few indexed queries that take milliseconds, so
/// queuing requests costs less than opening, checking and warming a connection for each, and an actor
/// suspends a waiting request where a lock would hold a thread. WAL lets an ingest write beside it.
actor StoreReader {
    private let store: ParleyStore

    /// Takes the store over and makes its connection refuse every write (`PRAGMA query_only`).
    init(_ store: sending ParleyStore) throws {
        try store.database.execute("PRAGMA query_only = ON")
        self.store = store
    }

    func read<T: Sendable>(_ body: @Sendable (ParleyStore) throws -> T) throws -> T {
        try body(store)
    }
}
