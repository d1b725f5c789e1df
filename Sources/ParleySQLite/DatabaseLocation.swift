/// Where a database lives; `.memory` and `.temporary` make tests trivial.
public enum DatabaseLocation: Sendable, Hashable {
    case path(String)
    /// A private in-memory database, gone when closed.
    case memory
    /// A private on-disk database in a temporary file, deleted when closed.
    case temporary
}
